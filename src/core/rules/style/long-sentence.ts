import { defineRule } from "../../engine/types";

const DEFAULT_MAX = 30;

export default defineRule({
  meta: {
    id: "long-sentence",
    category: "style",
    severity: "warning",
    description: "Sentences stay under about 30 words.",
    question: "Can this be two sentences, each making one point?",
    rationale: "Reviewers read the document once, silently. Long sentences hide the claim a reviewer should question.",
  },
  check(ctx) {
    const max = typeof ctx.options.max === "number" ? ctx.options.max : DEFAULT_MAX;
    for (const block of ctx.analysis.proseBlocks) {
      if (block.kind === "table-row" || block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        const words = ctx.analysis.wordCount(sentence.text);
        if (words > max) ctx.report({ message: `This sentence has ${words} words.`, at: { sentence }, severity: words > max * 1.5 ? "warning" : "info" });
      }
    }
  },
});
