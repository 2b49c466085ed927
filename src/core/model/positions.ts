import type { Point, Span } from "./types";

/** Offsets at which each line starts; "\r\n", "\r" and "\n" all end a line. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function pointAt(lineStarts: number[], offset: number): Point {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
}

export function spanAt(lineStarts: number[], start: number, end: number): Span {
  return { start: pointAt(lineStarts, start), end: pointAt(lineStarts, Math.max(start, end)) };
}

export function joinSpans(first: Span, last: Span): Span {
  return { start: first.start, end: last.end };
}

/**
 * Maps indices of a plain-text string back to offsets in the source it was
 * extracted from. Stored as runs: within a run, both advance together.
 */
export class OffsetMap {
  private plainStarts: number[] = [];
  private sourceStarts: number[] = [];
  private plainLength = 0;
  private lastSource = -2;
  /** Added to every source offset: lets a cached map serve a chunk that moved. */
  private delta = 0;

  /** The same map with every source offset moved by `by`; shares storage, so never push to it. */
  shifted(by: number): OffsetMap {
    const copy = new OffsetMap();
    copy.plainStarts = this.plainStarts;
    copy.sourceStarts = this.sourceStarts;
    copy.plainLength = this.plainLength;
    copy.lastSource = this.lastSource;
    copy.delta = this.delta + by;
    return copy;
  }

  /** A map for an empty text: its one index, the end, is at `sourceOffset`. */
  static empty(sourceOffset: number): OffsetMap {
    return new OffsetMap().shifted(sourceOffset);
  }

  /** Records that plain index `plainIndex` came from `sourceOffset`. */
  push(plainIndex: number, sourceOffset: number): void {
    const runs = this.plainStarts.length;
    const expected = runs ? this.sourceStarts[runs - 1] + (plainIndex - this.plainStarts[runs - 1]) : -1;
    if (!runs || sourceOffset !== expected || plainIndex !== this.plainLength) {
      this.plainStarts.push(plainIndex);
      this.sourceStarts.push(sourceOffset);
    }
    this.plainLength = plainIndex + 1;
    this.lastSource = sourceOffset;
  }

  /** Records a contiguous run of `length` characters. */
  pushRun(plainIndex: number, sourceOffset: number, length: number): void {
    if (length <= 0) return;
    this.push(plainIndex, sourceOffset);
    this.plainLength = plainIndex + length;
    this.lastSource = sourceOffset + length - 1;
  }

  get length(): number {
    return this.plainLength;
  }

  /** The source offset for a plain index; the end of the text maps just past the last character. */
  toSource(index: number): number {
    const runs = this.plainStarts;
    if (!runs.length) return this.delta;
    if (index >= this.plainLength) return this.delta + this.lastSource + 1 + (index - this.plainLength);
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return this.delta + this.sourceStarts[lo] + (index - runs[lo]);
  }

  /** A map for `text.slice(from, to)`, shifted by `delta` source offsets. */
  slice(from: number, to: number, delta = 0): OffsetMap {
    const out = new OffsetMap();
    for (let i = 0; i < this.plainStarts.length; i++) {
      const runStart = this.plainStarts[i];
      const runEnd = i + 1 < this.plainStarts.length ? this.plainStarts[i + 1] : this.plainLength;
      const a = Math.max(runStart, from);
      const b = Math.min(runEnd, to);
      if (a < b) out.pushRun(a - from, this.sourceStarts[i] + (a - runStart) + delta + this.delta, b - a);
    }
    if (out.plainLength < to - from) out.plainLength = to - from;
    return out;
  }
}
