import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./famous-quote";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "the announcer's own people", text: prfaq({ summary: "SEATTLE — Amazon today launched a returns kiosk.", spokesperson: '"Returns should take a minute," said Dana Park, a director at Amazon.' }) },
  ],
  invalid: [
    { name: "a celebrity", text: prfaq({ spokesperson: '"This changes everything for the planet," said Al Gore.' }), errors: [{ at: "said Al Gore", message: "Al Gore", severity: "warning" }] },
    {
      name: "someone at a famous company: asked, as advice",
      text: prfaq({ customerQuote: '"We would buy it tomorrow," said Rebecca Black, chief data analyst at Microsoft.' }),
      errors: [{ at: "said Rebecca Black", message: "Microsoft", severity: "info" }],
    },
  ],
});
