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

export default defineRule({
  meta: {
    id: "truncated-text",
    category: "structure",
    severity: "warning",
    description: "The document stops mid-sentence: its last paragraph ends on a word like \"the\", \"and\" or \"with\", or on a comma.",
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
    if (!onComma && !onDanglingWord) return;
    const tail = text.slice(Math.max(0, text.length - 40));
    ctx.report({
      message: `The document stops mid-sentence: "…${tail.trimStart()}".`,
      at: { block, start: Math.max(0, text.length - 40), end: text.length },
    });
  },
});
