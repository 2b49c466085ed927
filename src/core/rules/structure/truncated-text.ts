import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/**
 * Words that cannot end an English sentence: articles, prepositions,
 * conjunctions, possessives. A paragraph that stops on one stopped mid-thought.
 */
const DANGLING = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "with", "by", "from", "in", "on", "at", "into", "onto", "than",
  "that", "which", "who", "whose", "whom", "because", "although", "while", "whereas", "if", "unless", "our", "their", "its",
  "his", "her", "my", "your", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "as", "so",
  "such", "very", "more", "most", "including", "like", "about", "between", "through", "without", "via", "per", "when", "where",
]);

/** Ends of text that close a thought in any language, or at least close the line deliberately. */
const CLOSED = /[.!?…:;)\]}"'”’»。！？」』）`*_|>-]\s*$|\p{Extended_Pictographic}\s*$/u;

/** The last paragraphs worth reading: a truncated document stops in its last paragraph of prose. */
function lastProse(blocks: Block[]): Block | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === "paragraph" && b.text.trim()) return b;
    if (b.kind === "heading" || b.kind === "table-row") return undefined;
  }
  return undefined;
}

/** Paragraphs long enough to show how a writer ends one. */
const SENTENCE_LENGTH = 8;
/** How many such paragraphs show a habit, and how long an unclosed last paragraph must be to read as a cut sentence. */
const HABIT = 5;
const CUT_SENTENCE_LENGTH = 12;

/** A quote signed after a dash ends its line by design: `"…" — Colin, grower`. */
const SIGNED_QUOTE = /["”]\s*[*_]*\s*[—–-]{1,2}\s*[^\n"”]{1,80}$/u;

/**
 * A writer who closes nearly every other paragraph with a full stop and leaves a long last one open was cut off
 * mid-sentence, even when the last word could end one ("…more than one in five alerts in April"). A short last line, an
 * address, a list item, or a writer who often leaves paragraphs open (notes, fragments) says nothing.
 */
function endsOffHabit(blocks: Block[], last: Block, text: string, wordCount: (text: string) => number): boolean {
  if (last.listDepth > 0 || SIGNED_QUOTE.test(text) || !/\p{Ll}$/u.test(text) || /\S*[@/]\S*$|\.\p{L}+$/u.test(text) || wordCount(text) < CUT_SENTENCE_LENGTH) return false;
  const others = blocks.filter((b) => b !== last && b.kind === "paragraph" && b.listDepth === 0 && wordCount(b.text) >= SENTENCE_LENGTH);
  const open = others.filter((b) => !CLOSED.test(b.text.trimEnd()) && !SIGNED_QUOTE.test(b.text.trimEnd()));
  return others.length >= HABIT && open.length <= Math.floor(others.length / 10);
}

export default defineRule({
  meta: {
    id: "truncated-text",
    category: "structure",
    severity: "warning",
    description: "The document stops mid-sentence: its last paragraph ends on a word like \"the\", \"and\" or \"with\", or on a comma, or is a long sentence left open where every other paragraph ends with a full stop.",
    question: "Is the rest of this document missing, and where does this sentence end?",
    rationale:
      "A document that stops mid-sentence was pasted short, cut by a tool's output limit, or abandoned. A reviewer who " +
      "notices it wonders what else is missing, and reviews a draft the author has not finished.",
    examples: {
      flagged: ["…and the pilot will run in Leeds with the"],
      passes: ["…and the pilot will run in Leeds in May."],
    },
  },
  check(ctx) {
    const block = lastProse(ctx.analysis.proseBlocks);
    if (!block) return;
    const text = block.text.trimEnd();
    if (CLOSED.test(text)) return;
    const lastWord = /([\p{L}']+)$/u.exec(text)?.[1]?.toLowerCase();
    const onComma = /[,，、]$/.test(text);
    const onDanglingWord = ctx.analysis.isEnglish && lastWord !== undefined && DANGLING.has(lastWord) && ctx.analysis.wordCount(text) >= 6;
    if (!onComma && !onDanglingWord && !(ctx.analysis.isEnglish && endsOffHabit(ctx.analysis.proseBlocks, block, text, (t) => ctx.analysis.wordCount(t)))) return;
    const tail = text.slice(Math.max(0, text.length - 40));
    ctx.report({
      message: `The document stops mid-sentence: "…${tail.trimStart()}".`,
      at: { block, start: Math.max(0, text.length - 40), end: text.length },
    });
  },
});
