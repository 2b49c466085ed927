import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "better-without-reason",
    category: "differentiation",
    severity: "warning",
    description: "\"Because ours is better\" and its paraphrases, with no measurable difference behind them.",
    question: "Better than what customers use today, by how much, measured how?",
    rationale:
      "A customer switches when the difference from what they use today is worth the cost of switching. \"It's just better\" " +
      "gives a reviewer nothing to check and the team nothing to build towards.",
    examples: { flagged: ["A: It's just a better product, period."], passes: ["Reps log a call in 1 tap instead of the 9 fields Salesforce asks for."] },
  },
  check(ctx) {
    for (const { sentence, match } of ctx.analysis.matches("better-claims")) {
      ctx.report({ message: `"${match.text}" claims superiority without saying what it is measured against.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
