import { hasQuantity } from "../../analysis/quantities";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "no-hypothesis",
    category: "applicability",
    severity: "warning",
    description: "There is no customer or problem hypothesis yet, only a wish to explore: do customer research first.",
    question: "Which customers will you interview or observe first, and what would you need to see before a press release is worth writing?",
    rationale:
      "Working Backwards tests a hypothesis about a customer and a problem. Without one, a press release invents both. " +
      "Interviews and observation come first; write the PR/FAQ when you can name the customer and the problem.",
    examples: {
      flagged: ["We think remote workers might be lonely, or maybe distracted; we are not sure. We haven't decided who the customer is."],
      passes: ["Owners of independent restaurants in Austin wait a median of 127 days for permits."],
    },
  },
  check(ctx) {
    const pr = ctx.analysis.pressReleaseBlocks;
    const inPr = ctx.analysis.matches("exploration", pr);
    if (!inPr.length) return;
    const identityAnswers = ctx.analysis.faqEntries.filter((e) => /\b(who|what) is (the|our) (customer|problem)\b|\bwho (is it|are they) for\b/i.test(e.questionText)).flatMap((e) => e.answer);
    const inFaq = ctx.analysis.matches("exploration", identityAnswers);
    const signals = new Set([...inPr, ...inFaq].map((m) => m.sentence.span.start.offset)).size;
    const problemText = ctx.analysis.textOf(ctx.analysis.part("problem")) || ctx.analysis.pressReleaseText;
    if (signals >= 2 && !hasQuantity(problemText)) {
      ctx.report({
        message: "The document is still looking for its customer and problem: do customer research first; a PR/FAQ tests a hypothesis, and there isn't one yet.",
        at: { sentence: inPr[0].sentence },
      });
    }
  },
});
