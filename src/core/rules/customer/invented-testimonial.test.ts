import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./invented-testimonial";

const wall = (signatures: string[]) =>
  prfaq({
    extra: ["## What beta users say", ...signatures.map((s, i) => `*"Quote number ${i + 1} about how much easier my week got."* — ${s}`)].join("\n\n"),
  });

testRule(rule, {
  valid: [
    prfaq(),
    { name: "full names with where they work", text: wall(["Dana Reyes, designer at Fernhill Studio", "Tomas Berg, bookkeeper in Malmö", "Ifeoma Obi, owner of Obi Catering"]) },
    { name: "two first-name signatures are not yet a pattern", text: wall(["Alex M., Engineer", "Sarah K., Designer"]) },
    {
      name: "a quote with no dash signature",
      text: md`
        # Ledgerly
        ## Invoices that chase themselves
        "I stopped chasing invoices," said Dana Reyes, a freelance designer in Leeds who piloted Ledgerly in May.
      `,
    },
  ],
  invalid: [
    {
      name: "a wall of first names and job titles",
      text: wall(["Alex M., Software Engineer", "Sarah K., Privacy Advocate", "James T., System Administrator"]),
      errors: [{ at: "Quote number 1", message: "3 quotes are signed with a first name" }],
    },
    {
      name: "bare first names in alphabetical order",
      text: wall(["Anna", "Ben", "Chloe", "Dev"]),
      errors: [{ at: "Quote number 1", message: "in alphabetical order" }],
    },
    {
      name: "a quote marked hypothetical is advice, not an objection",
      text: prfaq({ customerQuote: '"Eero leaves when the text arrives, not twenty minutes early." — Hypothetical parent, Hervanta route' }),
      errors: [{ at: "Eero leaves when", message: "marked as made up", severity: "info" }],
    },
  ],
});
