import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unattributed-quote";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "placeholders are the structure rules' to report", text: prfaq({ customerQuote: '"It changed my mornings," said [NAME, TITLE].' }) },
    { name: "a famous name is the famous-quote rule's question", text: prfaq({ spokesperson: '"This matters for the planet," said former Vice President Al Gore.' }) },
    { name: "a named speaker without a description", text: prfaq({ customerQuote: '"I booked on the spot," said Sanjay Mistry.' }) },
    {
      name: "a surname alone after the release named the person in full",
      text: prfaq({ summary: "Today, Jeff Watson released ApplyKit, a pipeline that ranks new job postings overnight.", customerQuote: '"Now I spend ten minutes over coffee," said Watson.' }),
    },
  ],
  invalid: [
    {
      name: "a role in a setting is advice, not a warning",
      text: prfaq({ customerQuote: '"I stopped re-keying the orders," said a night dispatcher at a regional dairy.' }),
      errors: [{ at: "I stopped re-keying", severity: "info", message: "names nobody" }],
    },
    {
      name: "said a happy customer",
      text: prfaq({ customerQuote: '"BusBell is amazing," said a happy customer.' }),
      errors: [{ at: "said a happy customer", message: "a happy customer", severity: "warning" }],
    },
    {
      name: "said the founder",
      text: prfaq({ spokesperson: '"We are reinventing the school run," said the founder.' }),
      errors: [{ at: "said the founder", message: "the founder", severity: "info" }],
    },
    {
      name: "a surname alone that nobody introduced",
      text: prfaq({ customerQuote: '"Now I spend ten minutes over coffee," said Watson.' }),
      errors: [{ at: "said Watson", message: "names nobody", severity: "warning" }],
    },
    {
      name: "one user",
      text: prfaq({ customerQuote: '"I check it every morning now," said one parent who tried it.' }),
      errors: [{ at: "said one parent", severity: "warning" }],
    },
  ],
});
