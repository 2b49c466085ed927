import type { SentenceMatch } from "../../analysis/analysis";
import { defineRule } from "../../engine/types";
import type { FaqEntry } from "../../model/types";

/** An FAQ question that weighs the product against something else. */
const COMPARING = /\b(?:instead of|rather than|different|differ|differs|compare|compared|comparison|vs\.?|versus|why not|alternatives?|competitors?|existing)\b/i;
const NOT_A_QUALIFIER = new Set(["the", "first", "only", "world's", "industry's", "a", "an", "of", "for", "to", "that", "with", "and", "no", "other"]);

/** "pure java" in "the first pure-Java implementation": what narrows the claim, and what a comparison must speak to. */
function qualifiersOf(claim: SentenceMatch): string[] {
  const words = claim.match.text.toLowerCase().replace(/[-‐‑]/g, " ").split(/\s+/);
  // The last word is the kind of product ("implementation"); what comes between says which kind.
  return words.slice(0, -1).filter((w) => w.length > 2 && !NOT_A_QUALIFIER.has(w));
}

/**
 * True when an FAQ question compares the product with others on the very
 * point the claim makes ("Why pure Java instead of wrapping a C library?"
 * beside "the first pure-Java implementation"): the search is shown.
 */
function isArgued(claim: SentenceMatch, entries: FaqEntry[]): boolean {
  const qualifiers = qualifiersOf(claim);
  if (!qualifiers.length) return false;
  return entries.some((e) => {
    const question = e.questionText.toLowerCase().replace(/[-‐‑]/g, " ");
    return COMPARING.test(question) && qualifiers.every((q) => question.includes(q));
  });
}

/**
 * "The first conforming implementation of the Corundum protocol", when
 * Corundum is the document's own: first within something the project
 * itself defines is true by construction and compares with nothing outside.
 */
function firstOfItsOwn(claim: SentenceMatch, productName: string | null): boolean {
  if (!productName) return false;
  const after = claim.sentence.text.slice(claim.match.end);
  const of = /^\s+(?:of|for)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*)/u.exec(after)?.[1];
  return !!of && productName.toLowerCase().split(/\s+/).includes(of.toLowerCase());
}

export default defineRule({
  meta: {
    id: "unsupported-novelty",
    category: "differentiation",
    severity: "warning",
    description: "A claim to be the first, the only, or a new category of product, which is a comparison with everything that exists, made without the search behind it.",
    question: "Which existing products did you compare against, and what is the closest thing customers use today?",
    rationale:
      "\"The first platform built for…\" says nothing is like it. A reviewer's first move is to name the thing that is: a " +
      "competitor, an open-source project, a feature of a tool the customer already has. The claim helps only when the " +
      "document shows the search (what was checked, and why each falls short); otherwise it invites the one counterexample that sinks it.",
    examples: {
      flagged: ["Lantern is the first social platform built around cultural taste.", "Our board uniquely combines anonymous cards and voting."],
      passes: ["The first version supports only PDF invoices.", "Nurses finished handover on time for the first time in months."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    // A question ("What is the first metric, and is there a baseline?") asks; it claims nothing.
    const claims = analysis
      .matches("novelty-claims", analysis.proseBlocks)
      .filter((c) => !c.sentence.text.slice(c.match.end).includes("?") && !isArgued(c, analysis.faqEntries) && !firstOfItsOwn(c, ctx.doc.productName));
    if (!claims.length) return;
    const [first] = claims;
    const more = new Set(claims.map((c) => c.sentence.span.start.offset)).size - 1;
    ctx.report({
      message:
        `"${first.match.text}" claims that nothing else does this, without saying what was compared` +
        (more > 0 ? ` (and ${more} more such claim${more > 1 ? "s" : ""})` : "") +
        ": name the closest products customers use today and where each falls short.",
      at: analysis.within(first.sentence, first.match.start, first.match.end),
    });
  },
});
