import { WORDING_POINT_INSTANCES } from "../../engine/restraint";
import { defineRule } from "../../engine/types";

/** "0 is perfect, 1 is maximally wrong": a point on a defined scale, not praise. */
/** "the same skill gets reinvented": a passive past form describes what happens to something, and praises nothing. */
const PASSIVE_BEFORE = /\b(?:gets?|got|gotten|getting|keeps? getting|is|are|was|were|been|being)\s+(?:\w+ly\s+)?$/i;
/** "our ultimate goal", "the ultimate product vision": ultimate as eventual, which claims nothing about quality. */
const EVENTUAL_AFTER = /^\s+(?:\w+\s+)?(?:goal|goals|aim|aims|vision|objective|objectives|purpose|destination|end state|plan|intent|outcome)\b/i;
/** "Neither is strictly superior", "never seamless today": a negated adjective claims nothing ("not only powerful" still does). */
const NEGATED_BEFORE = /\b(?:not|never|no|neither|nor|hardly|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|without)\s+(?!only\b|just\b|merely\b)(?:[\w'’-]+\s+){0,2}$/i;
/** "…, however it", "…, but": the clause before the turn is conceded, not claimed. */
const TURN_AFTER = /^[^.;:!?]*?(?:,\s*|\s+)(?:however|but|yet|although|though)\b/i;
/** "While Jira is powerful, …": the clause after the opening is conceded. */
const CONCESSIVE_BEFORE = /\b(?:while|although|though|whereas)\s+([^,;:]*)$/i;
/** Words that open a clause about the product itself, or about nothing named. */
const NOT_ANOTHER_NAME = /^(?:it|its|this|that|these|those|the|a|an|our|we|us|they|their|there|each|every|all|one)$/i;

/**
 * Praise conceded to something else before the document turns to its own
 * case ("Matplotlib provides unmatched flexibility, however it…"): the
 * adjective credits the alternative and claims nothing for the product.
 */
function concededToAnother(text: string, start: number, end: number, productName: string | null): boolean {
  const opening = CONCESSIVE_BEFORE.exec(text.slice(0, start));
  const clause = opening ? opening[1] : TURN_AFTER.test(text.slice(end)) ? (/[^,;:.!?]*$/.exec(text.slice(0, start))?.[0] ?? "") : null;
  if (clause === null) return false;
  const subject = /^[\s*_"“(]*([\p{Lu}][\p{L}\p{N}.+-]*)/u.exec(clause)?.[1];
  if (!subject || NOT_ANOTHER_NAME.test(subject)) return false;
  return !productName || !productName.toLowerCase().split(/\s+/).includes(subject.toLowerCase());
}

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
      if (NEGATED_BEFORE.test(before) || concededToAnother(sentence.text, match.start, match.end, ctx.doc.productName)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" is an adjective where evidence should be.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
