import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "famous-quote",
    category: "evidence",
    severity: "warning",
    description: "A quote is attributed to a famous person or a well-known company, which may be illustrative or invented.",
    question: "Did this person actually say this, and have they agreed to be quoted? If it's illustrative, who is a real customer who would say it?",
    rationale:
      "Drafts sometimes borrow a famous name to make a quote sound weighty. Reviewers will ask whether it is real; a PR/FAQ " +
      "should quote the representative customer, not a celebrity. The critic asks rather than accuses: the quote may be genuine.",
    examples: {
      flagged: ['"This changes everything for the planet," said Al Gore.', '"We would buy it tomorrow," said Rebecca Black, chief data analyst at Microsoft.'],
      passes: ['"I booked on the spot," said Sanjay Mistry, who owns a spaniel in Leeds.'],
    },
  },
  check(ctx) {
    const people = ctx.lexicons.matcher("famous-people");
    const companies = ctx.lexicons.matcher("famous-companies");
    const announcer = `${ctx.doc.productName ?? ""} ${ctx.analysis.textOf(ctx.analysis.part("summary")).slice(0, 200)}`;
    for (const quote of ctx.analysis.parts("quote")) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      const last = quote.blocks[quote.blocks.length - 1];
      const at = last ? { block: last } : { span: quote.span };
      const person = people.find(speaker.attribution)[0];
      if (person) {
        ctx.report({ message: `This quote is attributed to ${person.text}. Is it real, and cleared for use?`, at });
        continue;
      }
      const company = companies.find(speaker.description ?? speaker.attribution)[0];
      // The announcing company quoting its own people is normal.
      if (company && !companies.find(announcer).some((c) => c.text.toLowerCase() === company.text.toLowerCase())) {
        ctx.report({
          message: `This quote is attributed to someone at ${company.text}. Has ${company.text} agreed to be quoted?`,
          at,
          severity: "info",
        });
      }
    }
  },
});
