import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "use-cases-later",
    category: "tech-first",
    severity: "warning",
    description: "\"Use cases will be identified later\": the platform comes first and the customer is to be found afterwards.",
    question: "Which customer, with which problem, would use this on the day it launches?",
    rationale:
      "A platform whose use cases will be defined after it is built has no customer yet. Working Backwards reverses the " +
      "order: the use case is the starting point, and the platform is whatever it takes to serve it.",
    examples: {
      flagged: ["Use cases will be defined after the platform is live.", "We will identify use cases later."],
      passes: ["Farmers will use it on the first delivery of the 2027 harvest to see their load's grade."],
    },
  },
  check(ctx) {
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("deferred-use-cases")) {
      if (seen.has(sentence.span.start.offset)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}": the customer is left for after the build.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
