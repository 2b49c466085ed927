/**
 * Flesch-Kincaid grade level, with a syllable count by vowel groups. It is a
 * rough measure, so rules use it on whole paragraphs, never on one sentence.
 */
import { tokenize } from "../parse/text";

export function syllables(word: string): number {
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
