import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-demand-evidence";

/** A problem stated as the author sees it, with nothing behind it. */
const assertedProblem =
  "Tenants in shared houses argue about the energy bill every quarter. Nobody knows who used what, and the person who pays the bill ends up chasing everyone else.";
const assertedQuote = "\"I used to send four reminders a month; now the split arrives on its own,\" said Maya Osei, who rents a room in a shared house in Leeds.";
const assertedFaq: [string, string][] = [
  ["Why hasn't anyone done this?", "Smart meters only recently started giving half-hourly readings to third parties."],
  ["What if a supplier copies it?", "Suppliers bill one account holder and have no reason to split a bill between tenants."],
];

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "interviews reported in the internal FAQ",
      text: prfaq({
        problem: assertedProblem,
        customerQuote: assertedQuote,
        internalFaq: [...assertedFaq, ["How do you know tenants want this?", "We interviewed 22 tenants in five shared houses in Leeds in March; 17 had argued about a bill that winter."]],
      }),
    },
    {
      name: "a pilot, in another domain",
      text: prfaq({
        problem: "Veterinary nurses re-type every lab result into the practice system by hand, and results go missing between the lab and the vet.",
        customerQuote: assertedQuote,
        internalFaq: [["What have we seen so far?", "In a six-week pilot at two practices, nurses stopped re-typing results and no result went missing."]],
      }),
    },
    {
      name: "a cited study",
      text: prfaq({
        problem: "According to the 2025 Household Energy Survey, one shared house in three disputes its bill every quarter.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    {
      name: "research the team still plans, said plainly",
      text: prfaq({
        problem: assertedProblem,
        customerQuote: assertedQuote,
        internalFaq: [...assertedFaq, ["What don't we know yet?", "Whether tenants will connect their meter. Before we build, we run a waitlist page and 30 discovery calls."]],
      }),
    },
    {
      name: "a measured count from last year's records",
      text: prfaq({
        problem: "The housing office logged 310 complaints about shared energy bills last year, most from houses of four or more tenants.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    {
      name: "a test result stated mid-paragraph",
      text: prfaq({
        problem: assertedProblem,
        customerQuote: assertedQuote,
        internalFaq: [...assertedFaq, ["How accurate is the split?", "It uses the meter's own readings. In testing, the split matched the supplier's bill to the penny in 19 of 20 houses."]],
      }),
    },
    {
      name: "a figure with its source",
      text: prfaq({
        problem: "Four in ten shared houses dispute their energy bill every quarter. Source: Citizens Advice, 2025 tenancy report.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    {
      name: "the team's own records of the problem",
      text: prfaq({
        problem: "Retired API versions break checkouts without warning. In 2027, 640 customers had an outage on retirement day, and support handled 2,100 tickets about it.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    {
      name: "a count the team took in a given year, the year after the count",
      text: prfaq({
        problem: "Allotment holders in Derby wait months for a plot. The council's parks office received 1,240 applications in 2026 and had 90 plots to give.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    {
      name: "a cost the customer paid in a given year, the year first",
      text: prfaq({
        problem: "A corner café in Hull throws away the milk that turns before it is used. In 2026 the café spent £3,100 on milk it poured away.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
    },
    { name: "a note too short to have a press release", text: "# Bill splitter\n\nIdea: split energy bills between tenants.\n" },
  ],
  invalid: [
    {
      name: "a problem asserted and a quote imagined, nothing else",
      text: prfaq({ problem: assertedProblem, customerQuote: assertedQuote, internalFaq: assertedFaq }),
      errors: [{ at: "Tenants in shared houses argue", message: /no interview, survey, pilot/, severity: "warning" }],
    },
    {
      name: "the only pilot is in a launch-day quote",
      text: prfaq({
        problem: "Small plumbing firms lose jobs because nobody answers the phone while the plumber is under a sink.",
        customerQuote: "\"Since the pilot I haven't missed a call,\" said Dev Patel, who runs a two-van plumbing firm in Bristol.",
        internalFaq: assertedFaq,
      }),
      errors: [{ at: "Small plumbing firms lose jobs", message: /rests on the author's view/ }],
    },
    {
      name: "research words used for the product, not about customers",
      text: prfaq({
        problem: "Podcast editors cut every episode of an interview show by hand, and the cuts take longer than the recording.",
        solution: "Clipwise shadows the editor's first cuts, then suggests the rest; randomized previews let the editor compare two versions.",
        customerQuote: assertedQuote,
        internalFaq: assertedFaq,
      }),
      errors: [{ at: "Podcast editors cut every episode", message: /no interview/ }],
    },
    {
      name: "a line that says where the file came from",
      text: `source: acme/bill-split:docs/PRFAQ.md@1a2b3c4d\n\n${prfaq({ problem: assertedProblem, customerQuote: assertedQuote, internalFaq: assertedFaq })}`,
      errors: [{ at: "Tenants in shared houses argue", message: /no interview/ }],
    },
    {
      name: "a target for a coming year is not a count taken",
      text: prfaq({
        problem: "Cyclists in Norwich can't find a free rack at the station after eight, and have to leave their bikes at home.",
        customerQuote: assertedQuote,
        internalFaq: [...assertedFaq, ["What is the goal?", "We plan to fit 400 racks in 2029 and open 2 more stations during 2030."]],
      }),
      errors: [{ at: "Cyclists in Norwich", message: /no interview/ }],
    },
    {
      name: "research admitted as not done",
      text: prfaq({
        problem: "Choir directors spend their Sunday evenings building rehearsal schedules by hand.",
        customerQuote: assertedQuote,
        internalFaq: [...assertedFaq, ["Have we talked to choir directors?", "Not yet: we have not interviewed anyone and there is no pilot so far."]],
      }),
      errors: [{ at: "Choir directors spend", message: /no interview/ }],
    },
  ],
});
