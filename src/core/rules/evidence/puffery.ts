import { WORDING_POINT_INSTANCES } from "../../engine/restraint";
import { defineRule } from "../../engine/types";

/** "0 is perfect, 1 is maximally wrong": a point on a defined scale, not praise. */
/** "the same skill gets reinvented": a passive past form describes what happens to something, and praises nothing. */
const PASSIVE_BEFORE = /\b(?:gets?|got|gotten|getting|keeps? getting|is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/i;
/** "our ultimate goal", "the ultimate product vision": ultimate as eventual, which claims nothing about quality. */
const EVENTUAL_AFTER = /^\s+(?:\w+\s+)?(?:goal|goals|aim|aims|vision|objective|objectives|purpose|destination|end state|plan|intent|outcome)\b/i;
const SCALE_POINT = /(?:^|[\s(])[-+]?\d+(?:\.\d+)?%?\s*(?:is|=|means|:)\s*$/i;

export default defineRule({
  meta: {
    id: "puffery",
    category: "evidence",
    severity: "warning",
    repeats: "advise",
    instances: WORDING_POINT_INSTANCES,
    wording: "where-customers-read",
    description: "Superlatives and adjectives (\"revolutionary\", \"seamless\", \"world-class\") stand where data should.",
    question: "What number or observation would show this, instead of the adjective?",
    rationale:
      "Amazon's writing guidance says to replace adjectives with data. \"Blazingly fast\" invites an argument; \"search returns in " +
      "80 ms on 10,000 notes\" settles one.",
    examples: { flagged: ["Helix Pro is beautifully designed, blazingly fast and incredibly intuitive."], passes: ["Search returns in under 100 ms across 10,000 notes."] },
  },
  check(ctx) {
    const seen = new Set<number>();
    for (const { sentence, match } of ctx.analysis.matches("superlatives")) {
      if (seen.has(sentence.span.start.offset) || ctx.analysis.isInName(sentence, match.start, match.end)) continue;
      const before = sentence.text.slice(Math.max(0, match.start - 24), match.start);
      if (SCALE_POINT.test(before) || (/ed$/i.test(match.text) && PASSIVE_BEFORE.test(before))) continue;
      if (/^ultimate$/i.test(match.text) && EVENTUAL_AFTER.test(sentence.text.slice(match.end, match.end + 40))) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" is an adjective where evidence should be.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
