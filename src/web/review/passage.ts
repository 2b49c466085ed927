/**
 * Where `passage` occurs in `text`: exactly, or else ignoring case and runs
 * of whitespace (a passage typed from memory, or copied across a line break).
 */
export function findPassage(text: string, passage: string): { start: number; end: number } | null {
  const wanted = passage.trim();
  if (!wanted) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  const escaped = wanted.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const loose = new RegExp(escaped.join("\\s+"), "i").exec(text);
  return loose ? { start: loose.index, end: loose.index + loose[0].length } : null;
}
