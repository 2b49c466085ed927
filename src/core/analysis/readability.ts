/**
 * Flesch-Kincaid grade level, with a syllable count by vowel groups. It is a
 * rough measure, so rules use it on whole paragraphs, never on one sentence.
 */
import { forEachWord, tokenize } from "../parse/text";

const code = (ch: string) => ch.charCodeAt(0);
const [A, Z, E, D, L, S, Y] = ["a", "z", "e", "d", "l", "s", "y"].map(code);
const VOWEL = new Uint8Array(Z + 1);
for (const ch of "aeiouy") VOWEL[code(ch)] = 1;
// Readability counts every word of every paragraph: the letters go in one reused buffer, not a new string per word.
let letters = new Uint8Array(64);

/** Syllables by vowel groups (at most two vowels to a group), without a silent final e, es or ed. */
export function syllables(word: string): number {
  const lower = word.toLowerCase();
  if (letters.length < lower.length) letters = new Uint8Array(lower.length * 2);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= A && c <= Z) letters[n++] = c;
  }
  if (!n) return 0;
  if (n <= 3) return 1;
  let end = n;
  const silentBefore = (suffix: number) => {
    const c = letters[end - suffix - 1];
    return end - suffix - 1 >= 0 && c !== L && !VOWEL[c];
  };
  const last = letters[end - 1];
  if (letters[end - 2] === E && (last === S || last === D) && silentBefore(2)) end -= 2;
  else if (last === E && silentBefore(1)) end -= 1;
  let start = letters[0] === Y ? 1 : 0;
  let groups = 0;
  while (start < end) {
    if (VOWEL[letters[start]]) {
      groups++;
      start += start + 1 < end && VOWEL[letters[start + 1]] ? 2 : 1;
    } else start++;
  }
  return Math.max(1, groups);
}

/** The same count by regular expressions; kept to hold the fast version to it in tests. */
export function syllablesByPattern(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Readability {
  words: number;
  sentences: number;
  grade: number;
}

const LETTER = /\p{L}/u;

/** True when text[start, end) holds a letter, not only digits and joining marks. */
function hasLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return LETTER.test(text.slice(start, end));
  }
  return false;
}

/** True for "API", "2024", "B2B": capitals and digits only, at least two of them, read as one unit. */
function isAcronymOrNumber(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export function readabilityOf(sentences: readonly string[]): Readability {
  let words = 0;
  let syllableCount = 0;
  let counted = 0;
  for (const sentence of sentences) {
    let sentenceWords = 0;
    forEachWord(sentence, (start, end) => {
      if (!hasLetter(sentence, start, end)) return;
      sentenceWords++;
      syllableCount += isAcronymOrNumber(sentence, start, end) ? 1 : syllables(sentence.slice(start, end));
    });
    if (!sentenceWords) continue;
    counted++;
    words += sentenceWords;
  }
  return gradeOf(words, counted, syllableCount);
}

function gradeOf(words: number, sentences: number, syllableCount: number): Readability {
  if (!words || !sentences) return { words, sentences, grade: 0 };
  const grade = 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences, grade: Math.round(grade * 10) / 10 };
}

/** The same measure by the word pattern and regular expressions; kept to hold the fast version to it in tests. */
export function readabilityByPattern(sentences: readonly string[]): Readability {
  let words = 0;
  let syllableCount = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const tokens = tokenize(sentence).filter((t) => /\p{L}/u.test(t.text));
    if (!tokens.length) continue;
    counted++;
    words += tokens.length;
    for (const t of tokens) syllableCount += /^[A-Z0-9]{2,}$/.test(t.text) ? 1 : syllablesByPattern(t.text);
  }
  return gradeOf(words, counted, syllableCount);
}
