import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

export default defineRule({
  meta: {
    id: "technology-as-goal",
    category: "tech-first",
    severity: "warning",
    repeats: "advise",
    description: "A technology is the goal (\"implement blockchain\", \"our AI strategy\") instead of a customer outcome.",
    question: "Which customer problem does this technology solve, and would they notice if you solved it another way?",
    rationale:
      "\"We want to implement Amazon Bedrock\" is a technology looking for a problem. Working Backwards starts from the " +
      "customer; the technology is a choice the team makes later, in the internal FAQ or the design.",
    examples: {
      flagged: ['"We want to implement blockchain so that Prairie Co-op is seen as an innovator."', "The co-op has no blockchain strategy."],
      passes: ["Farmers see the grade and price of every load before the truck leaves the elevator."],
    },
  },
  check(ctx) {
    const where = new Set<Block>();
    for (const kind of ["headline", "subheading", "summary", "problem", "solution", "quote"] as const) for (const p of ctx.analysis.parts(kind)) p.blocks.forEach((b) => where.add(b));
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("technology-goals", [...where])) {
      if (seen.has(sentence.span.start.offset)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" makes the technology the point, not the customer.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
