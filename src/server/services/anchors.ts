/**
 * Comment anchors that survive edits. A comment remembers the text it was
 * written on (the quote) and a little of what surrounded it. On another
 * revision the quote is searched for again: the occurrence whose
 * surroundings match best wins, then the one nearest the old position. When
 * the quote no longer occurs, the comment is outdated.
 */

export const CONTEXT_CHARS = 32;

export interface TextAnchor {
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export function anchorIn(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where `anchor` (taken from a text of length `fromLength`) lies in `text`,
 * or null when its quote is gone.
 */
export function reanchor(anchor: TextAnchor, fromLength: number, text: string): { start: number; end: number } | null {
  if (!anchor.quote) return null;
  const expected = fromLength > 0 ? (anchor.start / fromLength) * text.length : 0;
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(anchor.quote); at !== -1; at = text.indexOf(anchor.quote, at + 1)) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length);
    const score = commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
    const distance = Math.abs(at - expected);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + anchor.quote.length } : null;
}
