import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "vanity-metric",
    category: "success",
    severity: "warning",
    description: "Success is a feeling (\"customers are happy\", \"they love it\", \"great feedback\") rather than a measure.",
    question: "What would a happy customer do differently that you could count, and how much of it do you expect by when?",
    rationale:
      "\"Customers are happy\" can't be missed, so it can't be met either. A success measure names something the customer " +
      "does or stops enduring, with a number and a date.",
    examples: {
      flagged: ["Success means customers love it and the feedback is great."],
      passes: ["At least 60% of parents of bus riders sign up by December 2027."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const blocks = analysis.blocksOf("success-metrics");
    for (const entry of analysis.faqEntries) {
      if (/\b(?:success|succeed\w*|metrics?|kpis?|how (?:will|do) we know)\b/i.test(entry.questionText)) blocks.push(...entry.answer);
    }
    const seen = new Set<number>();
    for (const { sentence, match } of analysis.matches("vanity-metrics", blocks)) {
      if (seen.has(sentence.block) || analysis.measures(sentence).length) continue;
      seen.add(sentence.block);
      ctx.report({ message: `"${match.text}" is a feeling, not a measure.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
