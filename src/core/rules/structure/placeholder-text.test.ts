import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./placeholder-text";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "brackets in inline code are syntax", text: prfaq({ gettingStarted: "Parents open `/stops/<name>/[route]` on the school's page." }) },
    { name: "a command's argument in angle brackets", text: prfaq({ gettingStarted: "Drivers run busbell follow <route> and get a text when the bus leaves." }) },
    { name: "inline HTML is markup, not a slot", text: prfaq({ solution: "BusBell texts the parent <em>before</em> the bus leaves the depot, <span class=\"note\">on every route</span>." }) },
    { name: "a lowercase bracketed aside", text: prfaq({ solution: "BusBell reads the depot feed [updated every 30 seconds] and texts the parent." }) },
    {
      name: "slots in a sample message the product drafts",
      text: prfaq({ internalFaq: [["What does the reminder say?", 'It sends: "Hello [Parent]. The number 14 bus to [School] is running about [N] minutes late today." Parents can reply STOP.']] }),
    },
    { name: "a sentence about names, in lower case", text: prfaq({ solution: "BusBell works as a product name and as the text keyword parents send. Our company name stays off the alert." }) },
    { name: "a stock name given as an example", text: prfaq({ internalFaq: [["Who can sign up?", "Any district, e.g. Acme Corp's charter schools, with a depot feed."]] }) },
    { name: "an honesty tag marks a known gap", text: prfaq({ problem: "Parents called the transport office 4,100 times last year [NEEDS EVIDENCE] and waited 20 minutes [ASSUMED]." }) },
    { name: "TBD as a whole FAQ answer is the evasive-answer rule's", text: prfaq({ internalFaq: [["What does it cost?", "TBD"]] }) },
    { name: "link text that ends in a slot word is a link", text: prfaq({ gettingStarted: "Parents follow the [sign-up link](https://busbell.example/join) and pick a stop." }) },
    { name: "a headline that asks a question in capitals", text: prfaq({ headline: "WHO Pays for the School Bus? BusBell Answers in Tampere" }) },
    { name: "a release that asks its question and stops", text: prfaq({ solution: "Parents used to ask one thing every morning: WHERE? BusBell answers it before they ask." }).replace("WHERE? BusBell", "WHERE?\n\nBusBell") },
  ],
  invalid: [
    {
      name: "a capital question word left in the headline and the summary where the announcer's name belongs",
      text: prfaq({
        headline: "WHO? Announces BusBell for the Parents of Tampere",
        summary: "TAMPERE, Finland — August 10, 2027 — Today, WHO?, launched BusBell, a text alert for parents whose children ride the school bus.",
      }),
      errors: [
        { at: "# WHO? Announces", message: 'Template text left in: "WHO?"', severity: "error" },
        { at: "Today, WHO?", message: 'Template text left in: "WHO?"', severity: "warning" },
      ],
    },
    {
      name: "a capital WHEN? left for the launch date",
      text: prfaq({ summary: "TAMPERE, Finland — Tampere Regional Transport launches BusBell on WHEN? for the parents of 3,900 pupils." }),
      errors: [{ at: "on WHEN?", severity: "error" }],
    },
    {
      name: "the first slot blocks; later ones and the contact boilerplate do not block again",
      text: prfaq({
        spokesperson: '"Parents stop guessing," said [CEO NAME], chief executive of BusBell.',
        extra: "## Media contact\n\n[MEDIA CONTACT NAME], BusBell Oy\nPhone: +358 40 XXX XXXX",
        customerQuote: '"It texts me when the bus leaves," said [PARENT NAME], a parent in Tampere.',
        gettingStarted: "Parents sign up at [SIGN-UP STEPS].",
      }),
      errors: [
        { at: "[CEO NAME]", message: "fill in the name or detail", severity: "warning" },
        { at: "[PARENT NAME]", severity: "error" },
        { at: "[SIGN-UP STEPS]", severity: "warning" },
        { at: "[MEDIA CONTACT NAME]", message: "contact details", severity: "info" },
        { at: "XXX", message: "contact details", severity: "info" },
        { at: "XXXX", message: "contact details", severity: "info" },
      ],
    },
    {
      name: "a template's slots in angle brackets, which Markdown takes for tags",
      text: prfaq({ customerQuote: '"I stopped phoning the depot every morning," said <name>, parent, <school name>.' }),
      errors: [
        { at: "<name>", message: "Template text left in" },
        { at: "<school name>", message: "Template text left in" },
      ],
    },
    {
      name: "a slot inside a customer's quote is unfilled, not a sample message",
      text: prfaq({ customerQuote: '"I switched from [competitor] because the texts came late, and BusBell just works," said Aino Virtanen, a parent in Tampere.' }),
      errors: [{ at: "[competitor]", message: "Template text left in" }],
    },
    { name: "a slot in capitals", text: prfaq({ customerQuote: '"It changed my week," said [NAME, TITLE].' }), errors: [{ at: "[NAME, TITLE]", message: "[NAME, TITLE]" }] },
    { name: "TODO and XXX", text: prfaq({ gettingStarted: "TODO: pricing. Call XXXX for details." }), errors: [{ at: "TODO: pricing", message: "TODO" }, { at: "TODO: pricing", message: "XXXX" }] },
    { name: "a slot in title case", text: prfaq({ summary: "Product Name today launched a text alert for parents whose children ride the bus." }), errors: [{ at: "Product Name today", message: "Product Name" }] },
    { name: "a slot as a whole quote is not a sample", text: prfaq({ customerQuote: '"[Insert quote]," said a parent.' }), errors: [{ at: "[Insert quote]", message: "[Insert quote]" }] },
    {
      name: "a dateline slot is a detail to finish, reported once per dateline as a warning",
      text: prfaq({ summary: "[Your City], March 3 — BusBell today launched a text alert for parents whose children ride the bus." }),
      errors: [{ at: "[Your City], March", message: "dateline still has template text", severity: "warning" }],
    },
    {
      name: "two dateline slots are one finding",
      text: prfaq({ summary: "[LOCATION] — [DATE] — The county library today opened a van that brings 300 books a week to villages without a branch." }),
      errors: [{ at: "[LOCATION]", message: "[LOCATION]", severity: "warning" }],
    },
    {
      name: "a mixed-case slot ending in a slot word: the spokesperson's name is a detail to fill in",
      text: prfaq({ spokesperson: '"We built it for the depot," said [Co-founder Name], co-founder of BusBell.' }),
      errors: [{ at: "[Co-founder Name]", message: "[Co-founder Name]", severity: "warning" }],
    },
    {
      name: "a link, a licence or a leader's title left as a slot is a detail to finish",
      text: prfaq({
        gettingStarted: "Farmers download the app from [repository URL] under the [LICENSE] terms.",
        spokesperson: '"Growers asked for this," said [Leader, Farm Services].',
      }),
      errors: [
        { at: "[Leader, Farm Services]", severity: "warning" },
        { at: "[repository URL]", severity: "warning" },
        { at: "[LICENSE]", severity: "warning" },
      ],
    },
    {
      name: "a slot for the founder's words is the quote itself, not a detail",
      text: prfaq({ spokesperson: "[Placeholder: Founder quote]" }),
      errors: [{ at: "[Placeholder", severity: "error" }],
    },
    {
      name: "a dateline slot after an abbreviated place",
      text: prfaq({ summary: "Culver City, Calif. — [launch date] — BusBell today launched a text alert for parents whose children ride the bus." }),
      errors: [{ at: "[launch date]", message: "dateline still has template text", severity: "warning" }],
    },
    {
      name: "a slot after the dateline is still an error when it holds part of the case",
      text: prfaq({ summary: "LEEDS — March 3 — BusBell today launched a text alert that saves parents [MINUTES SAVED] every morning." }),
      errors: [{ at: "[MINUTES SAVED]", message: "Template text left in", severity: "error" }],
    },
    { name: "template guidance left in", text: prfaq({ gettingStarted: "Describe how easy it is to get started." }), errors: [{ at: "Describe how easy", message: "Describe how easy" }] },
  ],
});
