import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "deferred-kill-criteria",
    category: "decision",
    severity: "warning",
    description: "The kill decision is put off until after launch (\"we will decide after launch\", \"criteria to be defined\").",
    question: "What would you decide today, before the results exist, that makes you stop?",
    rationale:
      "Criteria chosen after the results are in get chosen to fit them. Deciding now, while nobody knows the answer, is what " +
      "makes a kill criterion honest.",
    examples: {
      flagged: ["We will decide whether to continue after launch.", "Kill criteria will be defined later."],
      passes: ["We stop if fewer than 25% of parents sign up by October."],
    },
  },
  check(ctx) {
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("deferred-decision")) {
      if (seen.has(sentence.span.start.offset)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}": the decision is put off until the results can bend it.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
