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
    {
      name: "quotes attributed in prose to full names with where they work",
      text: prfaq({
        extra: [
          '"The van found me before I found the form," said Priya Shah, a cleaner at Northgate Primary.',
          '"Collections run on time now," said Owen Price, caretaker at St Mark\'s Church.',
          '"We print fewer notices," said Lena Vogel, office manager at Hartley Flats.',
        ].join("\n\n"),
      }),
    },
    {
      name: "first-name quotes under a note that they are illustrative",
      text: prfaq({
        extra: [
          "Customer quotes below are illustrative: the pilot starts in May.",
          '"The van came the same week," said Fatima, a parent.',
          '"I finally know when my bins go," said Gareth, a tenant.',
          '"It took a minute to sign up," says Hiro, community organiser.',
        ].join("\n\n"),
      }),
    },
    {
      name: "a wall of signatures headed as hypothetical testimonials",
      text: prfaq({ extra: ["## Hypothetical testimonials", "", '> "Heating fixed in a day." — Ruth, tenant', '> "I could see the engineer coming." — Sanjay, tenant', '> "No more hold music." — Tariq, tenant'].join("\n") }),
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
      name: "first names attributed in prose, each in its own paragraph",
      text: prfaq({
        extra: [
          '"The van came the same week," said Fatima, a parent.',
          '"I finally know when my bins go," said Gareth, a tenant.',
          '"It took a minute to sign up," says Hiro, community organiser.',
        ].join("\n\n"),
      }),
      errors: [{ at: "Fatima", message: "3 quotes are signed with a first name" }],
    },
    {
      name: "a blockquote holding a wall of signed quotes, one to a line",
      text: prfaq({
        extra: ["What tenants told us:", "", '> "Heating fixed in a day." — Ruth, tenant', '> "I could see the engineer coming." — Sanjay, tenant', '> "No more hold music." — Tariq, tenant'].join("\n"),
      }),
      errors: [{ at: "Ruth, tenant", message: "in alphabetical order" }],
    },
    {
      name: "a quote marked hypothetical is advice, not an objection",
      text: prfaq({ customerQuote: '"Eero leaves when the text arrives, not twenty minutes early." — Hypothetical parent, Hervanta route' }),
      errors: [{ at: "Eero leaves when", message: "marked as made up", severity: "info" }],
    },
    {
      name: "prose quotes openly marked as hypothetical are advice, not a wall",
      text: prfaq({
        extra: [
          '"I booked a slot from the bus," said Rosa, a hypothetical patient.',
          '"The reminder came the night before," said Ken, an illustrative carer.',
          '"No more phoning at eight," said Luis, a sample customer.',
        ].join("\n\n"),
      }),
      errors: [
        { at: "Rosa, a hypothetical", message: "marked as made up", severity: "info" },
        { at: "Ken, an illustrative", message: "marked as made up", severity: "info" },
        { at: "Luis, a sample", message: "marked as made up", severity: "info" },
      ],
    },
  ],
});
