import type { Finding } from "./types";
import { weightOf } from "./rank";

/**
 * A reviewer marks a passage once and makes a point about wording with a few
 * examples, not with every instance. Word-level rules (those declared
 * `repeats: "advise"`) each speak for their own word, so left alone they pile
 * up: "innovative" as puffery and "innovative solution" as jargon in one
 * sentence, or a sixth adjective after five. Judged on real documents, those
 * extra findings were the noise a reviewer would not say.
 */
export const WORDING_POINT_INSTANCES = 3;

/** A sentence ends at a stop followed by a space, or at a blank line. */
const SENTENCE_BREAK = /[.!?]["”’)]*\s|\n\s*\n/;

function inOneSentence(text: string, a: Finding, b: Finding): boolean {
  const [first, second] = a.offset <= b.offset ? [a, b] : [b, a];
  if (second.offset <= first.endOffset) return true;
  return !SENTENCE_BREAK.test(text.slice(first.endOffset, second.offset));
}

/**
 * Turns surplus word-level warnings into advice, in place: in a sentence that
 * already carries a heavier word-level warning, and beyond the first
 * `instances` warnings of a wording rule. Errors are never touched; editors
 * still mark every place, as info.
 */
export function adviseSurplusWordFindings(text: string, findings: Finding[], wordLevel: ReadonlySet<string>, instancesOf: ReadonlyMap<string, number> = new Map()): void {
  const candidates = findings.filter((f) => f.severity === "warning" && wordLevel.has(f.ruleId));
  if (candidates.length < 2) return;
  const kept: Finding[] = [];
  const heaviestFirst = [...candidates].sort((a, b) => weightOf(b) - weightOf(a) || a.offset - b.offset);
  for (const f of heaviestFirst) {
    if (kept.some((k) => inOneSentence(text, k, f))) f.severity = "info";
    else kept.push(f);
  }
  const examples = new Map<string, number>();
  for (const f of candidates) {
    if (f.severity !== "warning") continue;
    const limit = instancesOf.get(f.ruleId);
    if (limit === undefined) continue;
    const seen = examples.get(f.ruleId) ?? 0;
    if (seen >= limit) f.severity = "info";
    else examples.set(f.ruleId, seen + 1);
  }
}
