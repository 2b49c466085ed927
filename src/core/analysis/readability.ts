/**
 * Flesch-Kincaid grade level, with a syllable count by vowel groups. It is a
 * rough measure, so rules use it on whole paragraphs, never on one sentence.
 */
import { tokenize } from "../parse/text";

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

export function readabilityOf(sentences: readonly string[]): Readability {
  let words = 0;
  let syllableCount = 0;
  let counted = 0;
  for (const sentence of sentences) {
    const tokens = tokenize(sentence).filter((t) => /\p{L}/u.test(t.text));
    if (!tokens.length) continue;
    counted++;
    words += tokens.length;
    // Numbers and acronyms are read as one unit each.
    for (const t of tokens) syllableCount += /^[A-Z0-9]{2,}$/.test(t.text) ? 1 : syllables(t.text);
  }
  if (!words || !counted) return { words, sentences: counted, grade: 0 };
  const grade = 0.39 * (words / counted) + 11.8 * (syllableCount / words) - 15.59;
  return { words, sentences: counted, grade: Math.round(grade * 10) / 10 };
}
