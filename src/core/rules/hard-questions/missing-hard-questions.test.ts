import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./missing-hard-questions";

const [whyNot, copy, v1] = strongParts.internalFaq;
const advice = { at: "## Internal FAQ", severity: "info" as const, message: "Not covered yet" };
const all: [string, string][] = [
  ...strongParts.internalFaq,
  ["What does it cost?", "£18,000 to build and £4,000 a year in texts, against 4,100 calls a year."],
  ["What are the risks?", "A bus's position can stop updating; then BusBell says so instead of guessing."],
  ["What does it depend on?", "The depot system's position feed, which the operator has agreed to keep until 2030."],
  ["How many parents have this problem?", "3,900 pupils ride the buses; their parents made 4,100 calls last year."],
  ["Why now?", "The depot system started storing positions in 2026."],
];

testRule(rule, {
  valid: [
    { name: "every hard question, in other words", text: prfaq({ internalFaq: all }) },
    {
      name: "paraphrases count",
      text: prfaq({
        internalFaq: [
          ["If this is so obvious, why has nobody built it?", "Until 2026 the buses reported their position only to the driver's radio."],
          ["What stops the operator from shipping the same alerts?", "Nothing; we'd hand parents over to it, which the operator has ruled out until 2028."],
          ["What are the limitations of the first release?", "Positions update every 30 seconds, so warnings can be a minute late."],
          ["What will we stop doing?", "Answering where-is-my-bus calls, 4,100 a year; the clerks move to route planning."],
          ...all.slice(4),
        ],
      }),
    },
    {
      name: "a question asked but dodged is the answer rules' finding, not a missing one",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ["What does it cannibalize?", "It cannibalizes things."], ...all.slice(4)] }),
    },
    {
      name: "why now faces why nobody has done it",
      text: prfaq({ internalFaq: [["Why is now the right time?", "Until 2026 the buses reported their position only to the driver's radio; the new depot system stores every position."], copy, v1, ...all.slice(3)] }),
    },
    {
      name: "an out-of-scope list for the first version faces what it gets wrong",
      text: prfaq({ internalFaq: [whyNot, copy, ["Out of scope for v1", "Trams, night buses and any route the depot system does not yet track."], ...all.slice(3)] }),
    },
    {
      name: "a known limitation admitted in another answer faces what the first version gets wrong",
      text: prfaq({
        internalFaq: [
          whyNot, copy,
          ["Is the parents' data safe?", "Today BusBell keeps only a phone number and a stop. It has no sign-in yet; that is a known limitation we close before the second term."],
          ...all.slice(3),
        ],
      }),
    },
    {
      name: "a bold run-in label in a section of its own answers a hard question",
      text: prfaq({
        internalFaq: [whyNot, copy, ...all.slice(3)],
        extra: "## Phase 2\n\n**Known constraint:** positions update every 30 seconds, so on short routes the five-minute warning can arrive a minute late.",
      }),
    },
    {
      name: "a shop or a named business that starts selling the same thing is the competitor question, in its own words",
      text: prfaq({ internalFaq: [whyNot, ["What if a phone shop starts selling bag trackers for pupils?", "Parents who want a tracker can buy one; BusBell tells them about the bus, not the bag."], ...all.slice(2)] }),
    },
    {
      name: "a named operator that begins offering alerts is the competitor question",
      text: prfaq({ internalFaq: [whyNot, ["What if Stagecoach begins offering arrival alerts?", "We would hand our parents over; the council's aim is the alerts, not the app."], ...all.slice(2)] }),
    },
    {
      name: "the core questions asked in a library's, a migration tool's and a college tool's own words",
      text: prfaq({
        internalFaq: [
          ["Why GDAL rather than a pure-Python raster implementation?", "GDAL already reads the 140 formats our users have; a rewrite would take years to reach half."],
          ["How does this relate to the Postgres roadmap (will it become redundant)?", "Native logical replication covers the copy, not the type checks; if it ever does, we retire the checker."],
          ["What will the advisors like least about the first version?", "It reads one catalogue year at a time, so a student who changed majors needs two runs."],
          ...all.slice(3),
        ],
      }),
    },
    {
      name: "a Risks section outside the FAQ answers the risk question",
      text: prfaq({ internalFaq: all.filter(([q]) => q !== "What are the risks?"), extra: "## Risks\n\nA bus's position can stop updating for minutes at a time; BusBell then says so in the text instead of guessing a time." }),
    },
  ],
  invalid: [
    {
      name: "a copying competitor is advice for an internal tool",
      text: prfaq({
        internalFaq: [whyNot, v1, ...all.slice(3)],
        extra: "## Rollout\n\nThe dispatch team built DepotBoard as an internal tool for the transport office's own planners.",
      }),
      errors: [{ at: "## Internal FAQ", message: "internal tool for the organization's own people", severity: "info" }],
    },
    {
      name: "every engineer in the company as the only users: the competitor question is advice",
      text: prfaq({
        internalFaq: [
          ["Why hasn't platform engineering built this before?", "Until this year every team kept its own runbooks in its own wiki, and nobody owned the search."],
          ["What are the known limitations of v1?", "It indexes Markdown runbooks only; the older PDF ones wait for the second release."],
          ...all.slice(3),
        ],
        extra: "## Availability\n\nRunbook Finder is open to every engineer in the company from Monday.",
      }),
      errors: [{ at: "## Internal FAQ", message: "no market for a competitor", severity: "info" }],
    },
    {
      name: "a customer who starts doing something is not a competitor",
      text: prfaq({ internalFaq: [whyNot, ["What if parents start offering each other lifts?", "Then fewer pupils ride the bus, which is fine."], ...all.slice(2, 5)] }),
      errors: [{ at: "## Internal FAQ", message: "What if a competitor copies it?", severity: "warning" }, advice],
    },
    {
      name: "internal tools the customers use today are not the product",
      text: prfaq({
        internalFaq: [whyNot, v1, ...all.slice(3, 5)],
        extra: "## Today\n\nDispatchers juggle internal tools, spreadsheets and radio calls; Routewise replaces them for any depot that buys it.",
      }),
      errors: [{ at: "## Internal FAQ", message: "What if a competitor copies it?", severity: "warning" }, advice],
    },
    {
      name: "a tool sold to other companies' staff still faces competitors",
      text: prfaq({
        internalFaq: [whyNot, v1, ...all.slice(3, 5)],
        extra: "## Pricing\n\nShiftDesk gives every nurse in your hospital one rota; it costs $4 a seat.",
      }),
      errors: [{ at: "## Internal FAQ", message: "What if a competitor copies it?", severity: "warning" }, advice],
    },
    {
      name: "why now stands in for why nobody has done it, not for what v1 gets wrong",
      text: prfaq({ internalFaq: [["Why now?", "The depot system started storing positions in 2026, so the data exists for the first time."], copy, ...all.slice(3, 4)] }),
      errors: [{ at: "## Internal FAQ", message: "first version", severity: "warning" }, advice],
    },
    { name: "the four core questions but none of the advice", text: prfaq(), errors: [advice] },
    {
      name: "a core question missing, where the company sells something it could cannibalize",
      text: prfaq({ internalFaq: [whyNot, copy, v1, all[4]], extra: "## Pricing\n\nSchools on the existing plans get it at no extra charge." }),
      errors: [{ at: "## Internal FAQ", message: "What does this cannibalize?", severity: "warning" }, advice],
    },
    {
      name: "an FAQ that faces most of the hard questions: the one family it leaves out is advice",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ...all.slice(4)], extra: "## Pricing\n\nSchools on the existing plans get it at no extra charge." }),
      errors: [{ at: "## Internal FAQ", message: /never asks "What does this cannibalize\?" \(advice: it already faces 8 of the 9/, severity: "info" }],
    },
    {
      name: "two core questions left out are still a gap, however much else the FAQ faces",
      text: prfaq({ internalFaq: [whyNot, v1, ...all.slice(4)], extra: "## Pricing\n\nSchools on the existing plans get it at no extra charge." }),
      errors: [
        { at: "## Internal FAQ", message: "What if a competitor copies it?", severity: "warning" },
        { at: "## Internal FAQ", message: "What does this cannibalize?", severity: "warning" },
      ],
    },
    {
      name: "no FAQ at all: the hard questions nothing faces are still a gap of their own, beside the missing FAQ",
      text: prfaq({ customerFaq: [], internalFaq: [] }).replace("## Customer FAQ\n\n", "").replace("## Internal FAQ\n\n", ""),
      errors: [
        { line: 1, severity: "warning", message: "Nothing in the document faces the hard questions" },
        { line: 1, severity: "info", message: "Not covered yet" },
        { line: 1, severity: "info", message: "cannibalize" },
      ],
    },
    {
      name: "cannibalization is advice when nothing else is sold",
      text: prfaq({ internalFaq: [whyNot, copy, v1, ...all.slice(4)] }),
      errors: [{ at: "## Internal FAQ", message: "names nothing else the company sells", severity: "info" }],
    },
    {
      name: "a copying competitor is advice for an open-source project",
      text: prfaq({ internalFaq: [whyNot, v1, ...all.slice(3)], extra: "## Licence\n\nBusBell is open source under the MIT licence." }),
      errors: [{ at: "## Internal FAQ", message: "open-source or one-person project", severity: "info" }],
    },
    {
      name: "a licence named on its own marks an open-source project",
      text: prfaq({ internalFaq: [whyNot, v1, ...all.slice(3)], extra: "## Licence\n\n`rastertools` is MIT; the wheels also carry GDAL's own licence." }),
      errors: [{ at: "## Internal FAQ", message: "open-source or one-person project", severity: "info" }],
    },
    {
      name: "one person building the whole thing themselves: a copy is no threat to a business",
      text: prfaq({ internalFaq: [whyNot, v1, ...all.slice(3)], extra: "## How it was made\n\nI designed and built the booking page myself over four weekends." }),
      errors: [{ at: "## Internal FAQ", message: "open-source or one-person project", severity: "info" }],
    },
    {
      name: "a professor at MIT is not a licence",
      text: prfaq({ internalFaq: [whyNot, v1, ...all.slice(3, 5)], extra: "## Advisers\n\nOur adviser is MIT's Professor Ada Greene, who ran the 2024 transit study." }),
      errors: [{ at: "## Internal FAQ", message: "What if a competitor copies it?", severity: "warning" }, advice],
    },
    {
      name: "too successful is not a risk",
      text: prfaq({ internalFaq: [...all.filter(([q]) => q !== "What are the risks?"), ["Is there a risk this is too successful?", "Yes, parents may love it so much that we need more text credits."]] }),
      errors: [{ ...advice, message: "biggest risks" }],
    },
    {
      name: "a keyword-stuffed question counts as none",
      text: prfaq({
        internalFaq: [
          ["What about competitors, cannibalization, the first version getting things wrong and why nobody has done it?", "We have thought about all of these carefully."],
          // "Why now?" would answer why nobody has done it yet.
          ...all.slice(4).filter(([q]) => q !== "Why now?"),
        ],
      }),
      errors: [
        { at: "## Internal FAQ", message: "Why hasn't anyone" },
        { at: "## Internal FAQ", message: "competitor copies" },
        { at: "## Internal FAQ", message: "first version" },
        { at: "## Internal FAQ", message: "cannibalize" },
        { ...advice, message: "why now" },
      ],
    },
    {
      name: "a required question from .prfaq.yml",
      text: prfaq({ internalFaq: all }),
      config: "hard-questions:\n  - id: data-residency\n    question: Where is customer data stored, and under which law?\n    paraphrases: [data residency, where is (the )?data stored, gdpr]\n",
      errors: [{ at: "## Internal FAQ", message: "Where is customer data stored" }],
    },
    {
      name: "no internal FAQ at all: one finding, not four",
      text: prfaq({ internalFaq: [] }).replace("## Internal FAQ\n\n", ""),
      errors: [
        { line: 1, message: "No internal FAQ faces the hard questions" },
        { line: 1, severity: "info", message: "Not covered yet" },
        { line: 1, severity: "info", message: "cannibalize" },
      ],
    },
  ],
});
