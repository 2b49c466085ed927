import { WORDING_POINT_INSTANCES } from "../../engine/restraint";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "jargon",
    category: "style",
    severity: "warning",
    repeats: "advise",
    instances: WORDING_POINT_INSTANCES,
    wording: "where-customers-read",
    description: "Buzzwords and company jargon (\"leverage\", \"synergy\", \"end-to-end\") that a customer would not say.",
    question: "How would the customer say this, in their own words?",
    rationale:
      "Jargon sounds like meaning and carries little. It also hides where the team hasn't decided what the product does. " +
      "Teams add their in-house jargon to the `jargon` lexicon in `.prfaq.yml`.",
    examples: {
      flagged: ["We leverage synergies to deliver an end-to-end solution."],
      passes: ["Owners see every permit for their address on one page."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const techGoals = analysis.matches("technology-goals");
    const seen = new Set<string>();
    for (const { sentence, match } of analysis.matches("jargon")) {
      // "leverages large language models" is already a technology-first finding.
      if (techGoals.some((t) => t.sentence === sentence && t.match.start < match.end && match.start < t.match.end)) continue;
      if (analysis.isInName(sentence, match.start, match.end)) continue;
      const key = `${sentence.block}:${match.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({ message: `"${match.text}" is jargon.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
