import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./jargon";

testRule(rule, {
  valid: [
    {
      name: "a field's precise term in its literal sense",
      text: prfaq({ solution: "The depot feed is read with the Rust async ecosystem's usual tools and the growing ecosystem of GTFS-compatible libraries." }),
    },
    prfaq(),
    { name: "a name written in capitals says what something is called", text: prfaq({ solution: "Each developer gets an AI Leverage Score after every session." }) },
    { name: "a name in a short question is not a title-case line", text: prfaq({ customerFaq: [["What is the Care Synergy Index?", "A weekly score of how many handovers a ward finished on time."]] }) },
    { name: "end-to-end as a technical measure", text: prfaq({ solution: "The text reaches the parent 40 seconds after the bus is late, end-to-end latency included." }) },
    { name: "a technology-first phrase is not double-counted", text: prfaq({ solution: "BusBell leverages large language models to text parents." }) },
    {
      name: "plain if formal words a reviewer would not object to",
      text: prfaq({ solution: "Clinics utilizing the NPI registry streamline intake.", internalFaq: [["What is the north-star metric?", "Weekly bookings per clinic, 40 by June."]] }),
    },
  ],
  invalid: [
    {
      name: "the same words in their figurative business sense",
      text: prfaq({ solution: "Depots join a thriving partner ecosystem.", internalFaq: [["Who builds it?", "We will build an ecosystem of partners around the feed."]] }),
      errors: [
        { at: "Depots join", message: "partner ecosystem", severity: "info" },
        { at: "We will build an", message: "ecosystem of partners", severity: "info" },
      ],
    },
    {
      name: "a lone buzzword is advice; a document leaning on buzzwords gets a warning",
      text: prfaq({
        headline: "BusBell Is a Revolutionary, Cutting-Edge Alert for Parents",
        solution: "Depots join a thriving partner ecosystem and get an innovative, world-class map.",
      }),
      errors: [{ at: "Depots join", message: "partner ecosystem", severity: "warning" }],
    },
    { name: "a formal word made into a stock phrase", text: prfaq({ solution: "Advisors get a streamlined solution for degree audits." }), errors: [{ at: "Advisors get", message: "streamlined solution" }] },
    { name: "a stock cliché in a quote", text: prfaq({ spokesperson: '"Ledgerly is a quantum leap for bookkeepers," said Ana Ruiz, CEO of Ledgerly.' }), errors: [{ at: '"Ledgerly is a', message: "quantum leap" }] },
    { name: "buzzwords", text: prfaq({ solution: "We leverage synergies to deliver an end-to-end experience." }), errors: [{ at: "We leverage", message: "leverage" }, { at: "We leverage", message: "synergies" }, { at: "We leverage", message: "end-to-end" }] },
    {
      name: "the same buzzword again is said once: later uses are advice",
      text: prfaq({ headline: "BusBell Is a Revolutionary, Innovative, Cutting-Edge, World-Class Alert for Parents", solution: "Depot staff leverage the map at the gate.", spokesperson: '"Drivers will leverage the same map on the road," said Mia Korhonen, head of transport at Tampere Regional Transport.' }),

      errors: [
        { at: "Depot staff leverage", message: "leverage", severity: "warning" },
        { at: "Drivers will leverage", message: "leverage", severity: "info" },
      ],
    },
    {
      name: "a buzzword in the internal FAQ, the team's own notes, is advice",
      text: prfaq({ internalFaq: [["How do we reach depots?", "We leverage the transport office's mailing list of 61 depots."]] }),
      errors: [{ at: "We leverage the transport", message: "leverage", severity: "info" }],
    },
    { name: "a buzzword in a title-case headline still counts", text: prfaq({ headline: "BusBell Helps Schools Leverage Their Bus Data" }), errors: [{ line: 1, message: "Leverage" }] },
    { name: "company jargon from .prfaq.yml", text: prfaq({ solution: "BusBell is a Tier-2 bet for the depot team." }), config: "lexicons:\n  jargon: [tier-2 bet]\n", errors: [{ at: "BusBell is a Tier-2", message: "Tier-2 bet" }] },
  ],
});
