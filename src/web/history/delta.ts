import type { Finding } from "../../core";

export interface CritiquedText {
  text: string;
  findings: Finding[];
}

export interface CritiqueDelta {
  /** Findings of the older revision that the newer one no longer has. */
  fixed: Finding[];
  /** Findings the newer revision has that the older one didn't. */
  introduced: Finding[];
  /** How many findings both revisions share. */
  unchanged: number;
}

/**
 * A finding is "the same" in two revisions when the same rule flags the same
 * words, wherever they moved to. Zero-width findings (a missing section) have
 * no words, so their message stands in.
 */
function identity(finding: Finding, text: string): string {
  const flagged = text.slice(finding.offset, finding.endOffset).replace(/\s+/g, " ").trim().slice(0, 300);
  return `${finding.ruleId}\u0000${flagged || finding.message}`;
}

export function critiqueDelta(before: CritiquedText, after: CritiquedText): CritiqueDelta {
  const remaining = new Map<string, Finding[]>();
  for (const f of before.findings) {
    const key = identity(f, before.text);
    remaining.set(key, [...(remaining.get(key) ?? []), f]);
  }
  const introduced: Finding[] = [];
  let unchanged = 0;
  for (const f of after.findings) {
    const same = remaining.get(identity(f, after.text));
    if (same && same.length) {
      same.shift();
      unchanged++;
    } else {
      introduced.push(f);
    }
  }
  const fixed = [...remaining.values()].flat().sort((a, b) => a.offset - b.offset);
  return { fixed, introduced, unchanged };
}
