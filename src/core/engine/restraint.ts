import { PRESS_RELEASE_KINDS, type PrfaqDocument } from "../model/types";
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

/** A sentence ends at a stop followed by a space, at a blank line, or where the next list item starts. */
const SENTENCE_BREAK = /[.!?]["”’)]*\s|\n\s*\n|\n[ \t]*(?:[-*+•]|\d+[.)])\s/;

function inOneSentence(text: string, a: Finding, b: Finding): boolean {
  const [first, second] = a.offset <= b.offset ? [a, b] : [b, a];
  if (second.offset <= first.endOffset) return true;
  return !SENTENCE_BREAK.test(text.slice(first.endOffset, second.offset));
}

/** The words a message quotes, reduced to their stems: "Seamless" and "seamlessly" are one word said twice. */
function quotedStems(message: string): string | null {
  const quoted = /["“]([^"”]+)["”]/.exec(message)?.[1];
  if (!quoted) return null;
  const words = quoted.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.map((w) => (w.length > 5 ? w.replace(/(?:ly|ing|ed|es|e|(?<!s)s)$/, "") : w)).join(" ");
}

/**
 * Turns surplus word-level warnings into advice, in place: the same word
 * again in another form ("seamless", then "seamlessly"), in a sentence that
 * already carries a heavier word-level warning, and beyond the first
 * `instances` warnings of a wording rule. Errors are never touched; editors
 * still mark every place, as info.
 */
export function adviseSurplusWordFindings(text: string, findings: Finding[], wordLevel: ReadonlySet<string>, instancesOf: ReadonlyMap<string, number> = new Map()): void {
  const candidates = findings.filter((f) => f.severity === "warning" && wordLevel.has(f.ruleId));
  if (candidates.length < 2) return;
  const inDocumentOrder = [...candidates].sort((a, b) => a.offset - b.offset);
  const said = new Set<string>();
  for (const f of inDocumentOrder) {
    const stems = quotedStems(f.message);
    if (stems === null) continue;
    const key = `${f.ruleId}\u0000${stems}`;
    if (said.has(key)) f.severity = "info";
    else said.add(key);
  }
  const kept: Finding[] = [];
  const heaviestFirst = candidates.filter((f) => f.severity === "warning").sort((a, b) => weightOf(b) - weightOf(a) || a.offset - b.offset);
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

type Range = readonly [start: number, end: number];

/** Where customers read: the press release and the FAQ answers that are not for the team alone. */
function customerReadRanges(doc: PrfaqDocument): Range[] {
  const ranges: Range[] = [];
  for (const part of doc.parts) {
    if (PRESS_RELEASE_KINDS.has(part.kind)) ranges.push([part.span.start.offset, part.span.end.offset]);
    // An FAQ that doesn't say who it is for is read by customers too; only the internal one is the team's own.
    else if (part.kind === "faq") for (const entry of part.entries) if (entry.audience !== "internal") ranges.push([entry.span.start.offset, entry.span.end.offset]);
  }
  return ranges;
}

const within = (f: Finding, [start, end]: Range) => start <= f.offset && f.offset <= end;

/**
 * A quote another rule already flags as a whole (a famous name's words, a
 * testimonial nobody gave): the quote is the point, not the words inside it.
 */
function flaggedQuotes(doc: PrfaqDocument, findings: Finding[], wording: ReadonlySet<string>): Range[] {
  const quotes: Range[] = doc.parts.filter((p) => p.kind === "quote").map((p) => [p.span.start.offset, p.span.end.offset]);
  if (!quotes.length) return [];
  const flags = findings.filter((f) => f.severity !== "info" && !wording.has(f.ruleId));
  return quotes.filter(([start, end]) => flags.some((f) => f.offset < end && start < f.endOffset && f.endOffset - f.offset >= (end - start) / 2));
}

/**
 * Turns warnings about wording into advice, in place, where a reviewer would
 * not raise them: outside the parts customers read, and inside a quote that
 * is already flagged as a whole. Runs before the surplus is counted, so the
 * few examples a point is made with come from where it matters.
 */
export function adviseWordingAwayFromCustomers(doc: PrfaqDocument, findings: Finding[], wording: ReadonlySet<string>): void {
  const candidates = findings.filter((f) => f.severity === "warning" && wording.has(f.ruleId));
  if (!candidates.length) return;
  const read = customerReadRanges(doc);
  const quotes = flaggedQuotes(doc, findings, wording);
  for (const f of candidates) {
    if (!read.some((r) => within(f, r)) || quotes.some((q) => within(f, q))) f.severity = "info";
  }
}

/** The index of the block holding an offset, or -1 between blocks. */
function blockAt(doc: PrfaqDocument, offset: number): number {
  let low = 0;
  let high = doc.blocks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { span } = doc.blocks[mid];
    if (offset < span.start.offset) high = mid - 1;
    else if (offset >= span.end.offset) low = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Turns a wording rule's second example in one paragraph into advice, in
 * place: a paragraph of stacked adjectives is one point, marked once. Runs
 * before the examples are counted, so the next paragraph gets its turn.
 */
export function adviseSecondExampleInParagraph(doc: PrfaqDocument, findings: Finding[], instancesOf: ReadonlyMap<string, number>): void {
  const marked = new Set<string>();
  for (const f of [...findings].sort((a, b) => a.offset - b.offset)) {
    if (f.severity !== "warning" || !instancesOf.has(f.ruleId)) continue;
    const block = blockAt(doc, f.offset);
    if (block < 0) continue;
    const key = `${f.ruleId}\u0000${block}`;
    if (marked.has(key)) f.severity = "info";
    else marked.add(key);
  }
}
