import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/**
 * "How effectively a developer uses AI" or "nurses who already use ChatGPT" is the customer's use of a technology:
 * what the product measures or who it serves, not a technology the team wants for its own sake.
 */
const PEOPLES_USE =
  /(?:\bhow (?:\w+ly |well |much |often |far |and when |and why )?(?:(?:a|an|the|each|every|their|your|our|his|her|this|that)\s+)?(?:[\p{L}'’-]+\s+){0,2}|\b(?:developers?|engineers?|programmers?|users?|people|persons?|teams?|customers?|clients?|employees?|students?|pupils?|teachers?|doctors?|clinicians?|nurses?|patients?|staff|workers?|writers?|marketers?|analysts?|designers?|lawyers?|researchers?|professionals?|creators?|founders?|freelancers?|organi[sz]ations|companies|businesses|schools|firms|agencies|you|they|he|she|i)\s+(?:who\s+|that\s+)?(?:(?:already|now|still|often|increasingly|actually|also|really|mostly|rarely|never|all|who)\s+)?)$/iu;

/** "AI-powered", "blockchain-based", "powered by AI": the technology as an adjective of the product, not a verb's object. */
const DESCRIBES_THE_PRODUCT = /[- ](?:powered|based|driven)$|^powered by\b/i;
/**
 * What follows says what the product does for someone: "…tool to help job seekers find work", "…that lets farmers
 * prove", "…that changes how clinics book".
 */
const OUTCOME_AFTER =
  /^[^.;:]*?(?:\b(?:to help|helps?|helping|to let|lets|letting|so that|enables?|allows?)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to\s+)?[\p{L}'’-]+|\b(?:that|which)\s+[\p{L}-]+s\s+how\s+[\p{L}'’-]+)/iu;

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
      if (PEOPLES_USE.test(sentence.text.slice(0, match.start))) continue;
      // A headline that calls the tool AI-powered and then says whom it helps do what leads with the outcome;
      // the adjective is decoration, and the puffery of it is another rule's point.
      if (DESCRIBES_THE_PRODUCT.test(match.text) && OUTCOME_AFTER.test(sentence.text.slice(match.end))) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" makes the technology the point, not the customer.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
