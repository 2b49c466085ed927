import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "predetermined-decision",
    category: "decision",
    severity: "error",
    description: "The decision was made before the document: \"already approved\", \"the launch is committed\", sunk costs.",
    question: "If the review finds the customer doesn't have this problem, can the team still stop?",
    rationale:
      "A PR/FAQ is a thinking tool, not a justification. When the launch is already committed, the review can only " +
      "rationalise; sunk costs are not a reason to continue.",
    examples: {
      flagged: ["The roadmap was approved last quarter and this document describes the product as it has been built.", "A: No, the launch is committed."],
      passes: ["If fewer than 40% of applicants sign in within six months, we stop."],
    },
  },
  check(ctx) {
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("predetermined")) {
      if (seen.has(sentence.span.start.offset)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}": the outcome is decided before the review.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
