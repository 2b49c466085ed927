/**
 * Flesch-Kincaid grade level, with a syllable count by vowel groups. It is a
 * rough measure, so rules use it on whole paragraphs, never on one sentence.
 */
import { tokenize } from "../parse/text";

const VOWEL = new Set(["a", "e", "i", "o", "u", "y"]);

/** Syllables by vowel groups (at most two vowels to a group), without a silent final e, es or ed. */
export function syllables(word: string): number {
  let w = "";
  for (const ch of word.toLowerCase()) if (ch >= "a" && ch <= "z") w += ch;
  if (!w) return 0;
  if (w.length <= 3) return 1;
  let end = w.length;
  const beforeSuffix = (n: number) => end - n - 1 >= 0 && !"laeiouy".includes(w[end - n - 1]);
  if ((w.endsWith("es") || w.endsWith("ed")) && beforeSuffix(2)) end -= 2;
  else if (w.endsWith("e") && beforeSuffix(1)) end -= 1;
  let start = w[0] === "y" ? 1 : 0;
  let groups = 0;
  while (start < end) {
    if (VOWEL.has(w[start])) {
      groups++;
      start += start + 1 < end && VOWEL.has(w[start + 1]) ? 2 : 1;
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
