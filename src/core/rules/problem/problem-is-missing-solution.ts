import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

export default defineRule({
  meta: {
    id: "problem-is-missing-solution",
    category: "problem",
    severity: "warning",
    description: "The problem is stated as the absence of our solution (\"there is no app that…\", \"customers lack a platform\").",
    question: "Leaving the missing product aside, what does the customer go through today: what happens, how often, at what cost?",
    rationale:
      "\"There is no app for this\" assumes the answer. It says nothing about what the customer endures, so it can't be " +
      "checked with customers, and any product at all would \"solve\" it.",
    examples: {
      flagged: ["The problem is that there is no single platform for managing permits.", "The co-op has no blockchain strategy."],
      passes: ["Owners call the permit center an average of nine times before they learn which inspection failed."],
    },
  },
  check(ctx) {
    const problems = ctx.analysis.blocksOf("problem");
    const blocks = problems.length ? problems : ctx.analysis.problemFallbackBlocks;
    const seen = new Set<Block>();
    for (const { sentence, match } of ctx.analysis.matches("absent-solution", blocks)) {
      const block = ctx.analysis.blockOf(sentence);
      if (seen.has(block)) continue;
      seen.add(block);
      ctx.report({ message: `"${match.text}" describes the missing product, not the customer's problem.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});


