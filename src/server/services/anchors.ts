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

/** How many occurrences of a quote are compared by their surroundings, nearest the old position first. */
export const CANDIDATES_COMPARED = 64;

function contextScore(anchor: TextAnchor, text: string, at: number): number {
  const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
  const after = text.slice(at + anchor.quote.length, at + anchor.quote.length + anchor.suffix.length);
  return commonSuffixLength(before, anchor.prefix) + commonPrefixLength(after, anchor.suffix);
}

/** Occurrences of `needle`, nearest to `from` first: one native scan outwards in each direction, a step at a time. */
function* nearestOccurrences(text: string, needle: string, from: number): Generator<number> {
  let right = text.indexOf(needle, from);
  let left = from > 0 ? text.lastIndexOf(needle, from - 1) : -1;
  while (right !== -1 || left !== -1) {
    if (left === -1 || (right !== -1 && right - from < from - left)) {
      yield right;
      right = text.indexOf(needle, right + 1);
    } else {
      yield left;
      left = left > 0 ? text.lastIndexOf(needle, left - 1) : -1;
    }
  }
}

/**
 * Where `anchor` (taken from a text of length `fromLength`) lies in `text`,
 * or null when its quote is gone.
 *
 * The work is bounded by the text, not by how often the quote occurs (a
 * one-letter quote occurs thousands of times in a long document): the
 * nearest few occurrences are compared by their surroundings, and if none
 * has all of them, one search for quote and surroundings together finds the
 * nearest place where they still stand whole.
 */
export function reanchor(anchor: TextAnchor, fromLength: number, text: string): { start: number; end: number } | null {
  if (!anchor.quote) return null;
  const expected = Math.round(fromLength > 0 ? (anchor.start / fromLength) * text.length : 0);
  const perfect = anchor.prefix.length + anchor.suffix.length;
  let best: { start: number; score: number } | null = null;
  let compared = 0;
  for (const at of nearestOccurrences(text, anchor.quote, expected)) {
    const score = contextScore(anchor, text, at);
    if (!best || score > best.score) best = { start: at, score };
    if (score === perfect || ++compared >= CANDIDATES_COMPARED) break;
  }
  if (best && best.score < perfect && compared >= CANDIDATES_COMPARED) {
    const whole = anchor.prefix + anchor.quote + anchor.suffix;
    const found = nearestOccurrences(text, whole, Math.max(0, expected - anchor.prefix.length)).next();
    if (!found.done) best = { start: found.value + anchor.prefix.length, score: perfect };
  }
  return best ? { start: best.start, end: best.start + anchor.quote.length } : null;
}
