import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "problem-is-our-architecture",
    category: "problem",
    severity: "warning",
    description: "The problem is our own stack (\"our legacy ERP cannot…\", \"we need to migrate\") rather than the customer's friction.",
    question: "Which customer feels this, and what happens to them because of it?",
    rationale:
      "Customers don't experience our architecture; they experience waits, errors and costs. A problem stated as our system's " +
      "limits makes the rebuild the goal, and leaves nobody to ask whether it mattered.",
    examples: {
      flagged: ["Our legacy ERP cannot support Web3 integrations.", "We need to migrate off the monolith."],
      passes: ["Farmers wait an average of three days to learn the grade of a load they delivered."],
    },
  },
  check(ctx) {
    const problems = ctx.analysis.blocksOf("problem");
    const blocks = problems.length ? problems : ctx.analysis.problemFallbackBlocks;
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("internal-systems", blocks)) {
      if (seen.has(sentence.block)) continue;
      seen.add(sentence.block);
      ctx.report({ message: `"${match.text}" is about our systems; the customer's problem is missing.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
