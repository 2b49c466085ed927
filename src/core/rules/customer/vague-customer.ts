import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/** "enterprises that run 40 AWS accounts" names a customer; "enterprises" alone does not. */
const QUALIFIED_AFTER = /^\s*(?:that|who|whose|which|with|in|at|running|using|opening|selling|across|of \d|from \p{Lu}|near|on|under|over|between)\b/iu;
const QUALIFIED_BEFORE = /(?:\d[\d,]*|\bindependent|\blocal|\bregional|\bfamily-run)\s+(?:[\w-]+\s+)?$/i;
/** "Evernote users", "Leeds companies": a proper noun in front narrows the segment. */
const PROPER_NOUN_BEFORE = /(?<=\S\s+)\p{Lu}[\p{L}\d.-]+\s+$/u;
/** Words that make what follows the product's audience: "for businesses", "helps companies", "that enterprises love". */
const AIMED_AT =
  /(?:\b(?:for|helps?|lets|let|allows?|enables?|serves?|targets?|targeting|built for|designed for|made for|aimed at|used by|loved by|trusted by|from)\s+(?:\w+\s+)?|\b(?:to|that|which|among|across|of all|like|and|or)\s+|^[\s"“(]*(?:\w+\s+)?|[,:;—–-]\s*)$/i;
/** "Anyone on the team", "everyone at the practice": a pronoun narrowed to a concrete group. */
const PRONOUN = /^(?:everyone|everybody|anyone|anybody|whoever)$/i;
/** The segment is named as whom the product is for, not only as the subject of a sentence about the world. */
const AUDIENCE_VERB =
  /\b(?:for|helps?|lets|let|allows?|enables?|serves?|targets?|targeting|built for|designed for|made for|aimed at|used by|loved by|trusted by|from)\s+(?:\w+\s+)?$/i;
/** A pronoun names the audience only as what the product is for: "for anyone", "lets everyone", or an answer that opens with it. */
const AUDIENCE_BEFORE = /(?:\b(?:for|helps?|lets|let|allows?|enables?|serves?|targets?|aimed at|used by|loved by|to)\s+(?:\w+\s+)?|^[\s"“(]*)$/i;
const NARROWED = /^\s*(?:on|in|at|from) (?:the|our|your|their|a|this|that|each|every) [\p{L}-]+/iu;
/** FAQ questions whose answer defines the customer. */
const WHO_QUESTION = /\bwho\b|\btarget (?:customers?|audience|market|users?|segment)|\baudience\b|\bfor whom\b|\bwhich (?:customers|users)\b|\bwhat (?:kind|kinds|type|types) of (?:customers?|users?|businesses|companies)\b|\bideal customer\b/i;
/** These name nobody whatever follows them. */
const ALWAYS_VAGUE = /^(?:everyone|everybody|anyone|anybody|all users|all customers|all consumers|businesses of (?:all|every) sizes?|companies of all sizes|organi[sz]ations of all sizes|every industry|all industries|any industry|enterprise customers broadly|users everywhere|customers everywhere|teams everywhere|people everywhere|sales teams everywhere|the general public|the mass market|from startups to)/i;

export default defineRule({
  meta: {
    id: "vague-customer",
    category: "customer",
    severity: "warning",
    repeats: "advise",
    description: "The customer is a broad segment (\"enterprises\", \"SMBs\", \"everyone\") instead of someone specific.",
    question: "Name one representative customer: who, what role, where?",
    rationale:
      "A segment can't be interviewed, and a product for everyone is designed for no one. Working Backwards starts from a " +
      "representative customer with a role and a context, so the team can check whether that person has the problem.",
    examples: {
      flagged: ["SalesSphere is a CRM for businesses of every size and every industry.", "A: Anyone who sells anything."],
      passes: ["Owners opening a restaurant in Austin see every permit on one page.", "for enterprises that run more than 40 AWS accounts"],
    },
  },
  check(ctx) {
    const where = new Set<Block>();
    const whoAnswers = new Set<Block>();
    for (const kind of ["headline", "subheading", "summary", "problem"] as const) for (const p of ctx.analysis.parts(kind)) p.blocks.forEach((b) => where.add(b));
    for (const entry of ctx.analysis.faqEntries) {
      if (WHO_QUESTION.test(entry.questionText)) entry.answer.forEach((b) => (where.add(b), whoAnswers.add(b)));
    }
    // With a customer described by role and situation, "Most organizations adopt a registry for…" sets the scene
    // around that customer; only a segment named as the product's audience still stands for the customer.
    const described = ctx.analysis.describesCustomerByRole || ctx.analysis.representativeCustomers.length > 0;
    const seen = new Set<string>();
    for (const { sentence, match } of ctx.analysis.matches("vague-segments", [...where])) {
      const after = sentence.text.slice(match.end);
      const before = sentence.text.slice(0, match.start);
      // A bare pronoun ("the thing everyone collaborates on") follows the same test as a segment word.
      const pronoun = PRONOUN.test(match.text);
      if (pronoun && (NARROWED.test(after) || !AUDIENCE_BEFORE.test(before))) continue;
      const always = ALWAYS_VAGUE.test(match.text) && !pronoun;
      if (ctx.analysis.isCompound(sentence, match.end)) continue;
      if (!always && (QUALIFIED_AFTER.test(after) || QUALIFIED_BEFORE.test(before) || PROPER_NOUN_BEFORE.test(before))) continue;
      // A segment word as the object of some verb ("authenticate users") isn't naming the customer.
      if (!always && before.trim() && !AIMED_AT.test(before)) continue;
      if (described && !always && !AUDIENCE_VERB.test(before) && !whoAnswers.has(ctx.doc.blocks[sentence.block])) continue;
      // "Working backwards from the users. There are two: …": with the customer described, "the users" are those people.
      if (described && !always && /\bthe\s+$/i.test(before)) continue;
      const key = `${sentence.block}:${match.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({ message: `"${match.text}" is a segment, not a customer.`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
