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
    {
      name: "a quote's second paragraph, right after the paragraph that names its speaker",
      text: prfaq({ customerQuote: '"I stopped re-keying the orders," said Marta Kowalski, night dispatcher at Dairygold.\n\n"It is now so easy to hand over a shift. The morning team sees what I saw."' }),
    },
  ],
  invalid: [
    {
      name: "a role in brackets is an attribution that names nobody, not a missing one",
      text: prfaq({ customerQuote: '"We cut over on a Saturday in four hours." — [Lead Database Engineer, mid-size SaaS]' }),
      errors: [{ at: "We cut over", message: 'attributed to "[Lead Database Engineer, mid-size SaaS]", which names nobody' }],
    },
    {
      name: "a bare quotation after a paragraph of prose still has nobody behind it",
      text: prfaq({ customerQuote: 'Marta Kowalski runs the night shift at Dairygold.\n\n"It is now so easy to hand over a shift. The morning team sees what I saw."' }),
      errors: [{ at: "It is now so easy", message: "no attribution", severity: "warning" }],
    },
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
