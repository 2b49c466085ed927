import { defineRule, numberOption } from "../../engine/types";

const DEFAULT_MAX = 30;
/** Citations and honesty tags ("[OBSERVED: Slate updates, July 2025]") are read past, not read. */
const BRACKETED = /\[[^\]\n]*\]/g;
/** A quotation inside a sentence ("type instructions like \"Give the crew access…\" and…") is read as one unit, as a reader takes it in. */
const QUOTED_INSIDE = /(?<=[\p{L}\p{N},:]\s+)["“][^"”\n]+["”]/gu;
/** Where a list inside a sentence breaks: semicolons, and enumerators after the first ("(b)", "2)"). */
const CLAUSE_BREAK = /;|\s\((?:[b-h]|ii|iii|iv|[2-9])\)\s/;

export default defineRule({
  meta: {
    id: "long-sentence",
    category: "style",
    severity: "warning",
    wording: "where-customers-read",
    description: "Sentences stay under about 30 words.",
    question: "Can this be two sentences, each making one point?",
    rationale:
      "Reviewers read the document once, silently. Long sentences hide the claim a reviewer should question. Option: `max` " +
      "words (default 30); past one and a half times the limit the finding is a warning. Bracketed citations do not count, a " +
      "quotation inside a sentence counts as one word, and a " +
      "sentence that is a list of short clauses split by semicolons or (a), (b), (c) is read as a list. In FAQ answers and " +
      "appendices, the team's working text, a long sentence is only advice.",
    examples: {
      flagged: ["A sentence that starts with the customer, adds the product, the price, the date, the city and three features, and keeps going well past thirty words before it finally reaches its point."],
      passes: ["Owners see every permit on one page. A failed inspection arrives by text the same day."],
    },
  },
  check(ctx) {
    const max = numberOption(ctx, "max", DEFAULT_MAX);
    // The press release is what a reviewer reads as the customer would; an FAQ answer is the team explaining itself,
    // where a long sentence is a matter of taste, not something to raise in the review.
    const answers = new Set(ctx.analysis.faqEntries.flatMap((entry) => entry.answer));
    for (const block of ctx.analysis.proseBlocks) {
      if (block.kind === "table-row" || block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        const text = sentence.text.replace(BRACKETED, " ").replace(QUOTED_INSIDE, "quotation");
        const words = ctx.analysis.wordCount(text);
        // A list of short clauses separated by semicolons reads as a list, however many words it holds.
        const longestClause = Math.max(...text.split(CLAUSE_BREAK).map((c) => ctx.analysis.wordCount(c)));
        if (words > max && longestClause > max) ctx.report({ message: `This sentence has ${words} words.`, at: { sentence }, severity: words > max * 1.5 && !answers.has(block) ? "warning" : "info" });
      }
    }
  },
});
