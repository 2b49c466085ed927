import { defineRule } from "../../engine/types";

/** The borrowed company's name as written: a capital somewhere, so "the notion of" or "the windows of" stay prose. */
const NAMED = /\b(?=[a-z]*[A-Z])[A-Za-z.]+(?=(?:-|\s+)(?:of|for|meets)\b)/;

export default defineRule({
  meta: {
    id: "analogy-as-evidence",
    category: "evidence",
    severity: "warning",
    description: "The product is explained as another company's success applied elsewhere (\"the Uber of dog walking\", \"Stripe for payroll\").",
    question: "Without the analogy: what does the customer get, and what shows they want it?",
    rationale:
      "An analogy borrows a famous company's success without its evidence: that Uber worked says nothing about whether dog " +
      "owners will book walkers by phone. It also hides what the product does, since every reader fills in a different part " +
      "of the comparison. Say what the customer does and gets, and show why they want it.",
    examples: {
      flagged: ["PawRoute is the Uber of dog walking.", "Think of Ledgerline as Stripe for church donations."],
      passes: ["We use Stripe for payments and pay walkers every Friday.", "Owners book a vetted walker for the same afternoon from their phone."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const seen = new Set<number>();
    for (const { sentence, match } of analysis.matches("analogies")) {
      // "Isn't this just Uber for dog walking?" is the reviewer's question, asked in the FAQ: it is not a claim.
      if (/\?\s*$/.test(sentence.text) || seen.has(sentence.span.start.offset)) continue;
      if (!NAMED.test(match.text)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text.trim()}" is an analogy, not evidence: it borrows another company's success.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
