import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./persona-customer";

const noName = {
  problem: "Busy professionals aged 25-40 with a household income over $80,000 miss 3 appointments a year because reminders get lost.",
  customerQuote: '"It is great," said a user.',
};

testRule(rule, {
  valid: [
    prfaq(),
    { name: "an age in a person's description is not a bucket", text: prfaq({ problem: "Aino Virtanen, 38, drives a delivery van and leaves home at 6:40; her son waited 23 mornings in the dark last winter." }) },
    { name: "ages in a customer FAQ that isn't about who", text: prfaq({ customerFaq: [["Can my children use it?", "Pupils aged 12 to 16 can follow their own stop with a parent's consent."]] }) },
  ],
  invalid: [
    {
      name: "a demographic bucket and no named customer",
      text: prfaq(noName),
      errors: [
        { at: "Busy professionals", message: "Busy professionals", severity: "warning" },
        { at: "Busy professionals", message: "aged 25-40", severity: "warning" },
        { at: "Busy professionals", message: "household income over $8", severity: "warning" },
      ],
    },
    {
      name: "a generation label beside a named customer is only advice",
      text: prfaq({ summary: "TAMPERE, Finland — August 10, 2027 — BusBell today launched a text alert that millennials with children on the 61 school bus routes can use." }),
      errors: [{ at: "millennials", severity: "info" }],
    },
    {
      name: "the answer to a who question",
      text: prfaq({ customerFaq: [["Who is the customer?", "Tech-savvy parents who want to know where the bus is."]] }),
      errors: [{ at: "Tech-savvy", message: "Tech-savvy" }],
    },
  ],
});
