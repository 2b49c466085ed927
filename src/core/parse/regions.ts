import { joinSpans } from "../model/positions";
import type { Block, SectionKind, Span } from "../model/types";
import { hasEntryId, hasQuestionPrefix } from "./labels";

/** A stretch of the document under one heading or label. */
export interface Region {
  kind: SectionKind | null;
  label: Block | null;
  level: number;
  blocks: Block[];
  /** Kinds of the enclosing regions, outermost first. */
  within: (SectionKind | null)[];
}

/** Label lines and bold run-in labels sit below every heading level. */
const LABEL_LEVEL = 7;
export const FAQ_KINDS = new Set<SectionKind>(["faq", "customer-faq", "internal-faq"]);
/** Sections that end the press release when they start. */
export const AFTER_PRESS_RELEASE = new Set<SectionKind>([
  "faq", "customer-faq", "internal-faq", "success-metrics", "kill-criteria", "decision", "appendix",
]);
const ANYWHERE = new Set<SectionKind>([...AFTER_PRESS_RELEASE]);
export const PRESS_RELEASE_PARTS = new Set<SectionKind>([
  "headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "quotes",
  "getting-started",
]);

function isQuestionLike(block: Block): boolean {
  const text = block.text.trim();
  if (block.kind === "heading") return /\?\s*$/.test(text);
  if (block.kind !== "paragraph") return false;
  if (hasQuestionPrefix(text)) return true;
  return !!block.leadEmphasis && /\?\s*$/.test(block.leadEmphasis) && (block.emphasised || block.leadEmphasis.length >= text.length - 2);
}

/** True when another question of the same form follows soon, before any named section. */
function questionFollows(blocks: Block[], index: number): boolean {
  const first = blocks[index];
  for (let i = index + 1; i < Math.min(blocks.length, index + 16); i++) {
    const b = blocks[i];
    if (b.names) return false;
    if (first.kind === "heading" && b.kind === "heading" && b.depth < first.depth) return false;
    if (isQuestionLike(b) && (b.kind === "heading") === (first.kind === "heading")) return true;
  }
  return false;
}

const hasQuestionId = (block: Block) => hasQuestionPrefix(block.text) || hasEntryId(block.text);

/**
 * "**Q17. Success metrics**" among "**Q16. Repo layout**" and "**Q18. Out of
 * scope**" is the FAQ's next question, not a section that ends it: a label
 * numbered like the questions before it carries on their run.
 */
function continuesNumberedQuestions(faqBlocks: Block[], block: Block): boolean {
  if (!hasQuestionId(block)) return false;
  return faqBlocks.some((b) => b.kind === block.kind && b.depth === block.depth && b.listDepth === block.listDepth && hasQuestionId(b));
}

const QUOTE_KINDS = new Set<SectionKind>(["customer-quote", "spokesperson-quote", "quotes"]);

/** "**Key Benefits:**" on a line of its own: a short bold label, whatever it names. */
function isBareLabel(block: Block): boolean {
  const text = block.text.trim();
  return block.kind === "paragraph" && block.emphasised && /[:：]$/.test(text) && !/["“„«「]/.test(text) && text.split(/\s+/).length <= 6;
}

export function buildRegions(blocks: Block[]): Region[] {
  const regions: Region[] = [];
  const stack: { kind: SectionKind | null; level: number }[] = [];
  let current: Region = { kind: null, label: null, level: 0, blocks: [], within: [] };
  regions.push(current);
  const inFaqDeeperThan = (level: number) => stack.some((s) => s.kind && FAQ_KINDS.has(s.kind) && s.level < level);
  const inPressReleaseDeeperThan = (level: number) =>
    stack.some((s) => s.kind && (s.kind === "press-release" || PRESS_RELEASE_PARTS.has(s.kind)) && s.level < level);
  const open = (kind: SectionKind | null, level: number, label: Block) => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    current = { kind, label, level, blocks: [], within: stack.map((s) => s.kind) };
    stack.push({ kind, level });
    regions.push(current);
  };
  blocks.forEach((block, index) => {
    const isHeading = block.kind === "heading";
    // A bare "###" is a rule drawn between questions, not a section.
    if (isHeading && !block.text.trim()) return;
    const names = block.names;
    if (!names && isQuestionLike(block) && !inFaqDeeperThan(LABEL_LEVEL + 1) && questionFollows(blocks, index)) {
      // Questions and answers with no FAQ heading: an FAQ all the same.
      const level = isHeading ? block.depth - 0.5 : LABEL_LEVEL;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      current = { kind: "faq", label: null, level, blocks: [block], within: stack.map((s) => s.kind) };
      stack.push({ kind: "faq", level });
      regions.push(current);
      return;
    }
    // "**Customer Quote:** “…”" then "**Key Benefits:**": a bold label of another kind ends the quotes, even one that names no part.
    if (!isHeading && !names && current.kind && QUOTE_KINDS.has(current.kind) && current.level === LABEL_LEVEL && isBareLabel(block)) {
      open(null, LABEL_LEVEL, block);
      return;
    }
    if (!isHeading && !names) {
      current.blocks.push(block);
      return;
    }
    const level = isHeading ? block.depth : LABEL_LEVEL;
    if (names && inFaqDeeperThan(level) && continuesNumberedQuestions(current.blocks, block)) {
      current.blocks.push(block);
      return;
    }
    if (names) {
      const faqContext = inFaqDeeperThan(level);
      // "**Open questions for the team.**" after the answers ends the FAQ: those questions have no answers yet by design.
      const endsFaq = names === "other-known" && /^\W*open questions\b/i.test(block.text);
      if (faqContext && !ANYWHERE.has(names) && !endsFaq) {
        current.blocks.push(block);
        return;
      }
      if (!block.labelOnly && !isHeading && !PRESS_RELEASE_PARTS.has(names) && !ANYWHERE.has(names) && !endsFaq) {
        current.blocks.push(block);
        return;
      }
      open(names, level, block);
      if (!block.labelOnly) current.blocks.push(block);
      // "**Subhead:** Controllers at…" names its own line only: the paragraphs after it are the press release's again.
      if (!block.labelOnly && !isHeading && (names === "headline" || names === "subheading")) {
        stack.pop();
        current = { kind: null, label: null, level, blocks: [], within: stack.map((s) => s.kind) };
        regions.push(current);
      }
      return;
    }
    if (inFaqDeeperThan(level) || inPressReleaseDeeperThan(level)) {
      current.blocks.push(block);
      return;
    }
    open(null, level, block);
  });
  return regions.filter((r) => r.label || r.blocks.length);
}

export const isProse = (b: Block): boolean => (b.kind === "paragraph" || b.kind === "table-row") && b.text.trim() !== "" && !b.labelOnly;

export function spanOf(blocks: Block[], label: Block | null): Span {
  const all = label ? [label, ...blocks] : blocks;
  return joinSpans(all[0].span, all[all.length - 1].span);
}
