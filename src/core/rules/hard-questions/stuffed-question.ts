import { STUFFING_THRESHOLD } from "../../analysis/hard-questions";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "stuffed-question",
    category: "hard-questions",
    severity: "warning",
    description: `One FAQ question strings together the keywords of ${STUFFING_THRESHOLD} or more hard questions, so it counts as none of them.`,
    question: "Which one of these questions does the answer really address, and what would you answer if each of the others were asked on its own?",
    rationale:
      "A question like \"What about risks, competitors, costs and cannibalization?\" looks thorough and answers nothing: no " +
      "single answer can face four hard questions. prfaq counts it as none of them, so a checklist can't be gamed with keywords.",
    examples: {
      flagged: ["Q: What are the risks, competitors, costs, dependencies and cannibalization concerns?"],
      passes: ["Q: What if a competitor copies it?", "Q: What does it cost, and when does it pay back?"],
    },
  },
  check(ctx) {
    for (const asked of ctx.analysis.askedQuestions) {
      if (!asked.stuffedWith.length) continue;
      ctx.report({
        message: `"${asked.entry.questionText}" runs ${asked.stuffedWith.length} hard questions together, so it counts as none of them.`,
        at: { block: asked.entry.question },
      });
    }
  },
});
