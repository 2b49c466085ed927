import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unsupported-novelty";

testRule(rule, {
  valid: [
    {
      name: "the first implementation of the project's own protocol",
      text: prfaq({ solution: "The first conforming implementation of the BusBell protocol lets any depot publish its bus positions." }),
    },
    prfaq(),
    { name: "the first of a sequence", text: prfaq({ solution: "The first version reads only PDF invoices; the first step is to connect a mailbox." }) },
    { name: "a first experience, not a first product", text: prfaq({ customerQuote: "\"I left work on time for the first time in months,\" said Dana Kim, a charge nurse at St Mary's." }) },
    { name: "the first of a list, possessive", text: prfaq({ internalFaq: [["What will we learn first?", "Whether the first metric's baseline exists, and who owns it."]] }) },
    { name: "a question that asks about firsts", text: prfaq({ internalFaq: [["What is the first metric we will watch, and is there a baseline?", "Weekly active parents; the baseline is zero."]] }) },
    {
      name: "a first whose FAQ weighs the alternatives on the same point",
      text: prfaq({
        summary: "OSLO — May 2, 2027 — Kryptkit today released the first pure-Rust implementation of the OPAQUE password protocol.",
        internalFaq: [["Why pure Rust instead of wrapping the C library?", "The C library needs a build toolchain on every server; teams told us that is what blocked adoption."]],
      }),
    },
  ],
  invalid: [
    {
      name: "the first implementation of someone else's standard is a claim",
      text: prfaq({ solution: "BusBell is the first implementation of the GTFS-Realtime standard for school buses." }),
      errors: [{ at: "BusBell is the first", message: "first implementation" }],
    },
    {
      name: "the first platform, in a summary",
      text: prfaq({ summary: "LONDON — June 8, 2027 — Lantern today opened as the first social platform built around what you watch and read." }),
      errors: [{ at: "the first social platform", message: /"the first social platform" claims that nothing else does this/, severity: "warning" }],
    },
    {
      name: "the only tool, in another domain and wording",
      text: prfaq({ solution: "GrainGuard is the only moisture sensor that texts a farmer before a silo spoils." }),
      errors: [{ at: "the only moisture sensor that", message: /name the closest products/ }],
    },
    {
      name: "a new category and a unique combination, counted once with the rest",
      text: prfaq({
        summary: "BERLIN — March 3, 2027 — Ledgerly today announced a new category of software for reconciling shop tills.",
        customerFaq: [["What is special about it?", "It uniquely combines till counts, card settlements and bank lines in one view."]],
      }),
      errors: [{ at: "a new category", message: /\(and 1 more such claim\)/ }],
    },
    {
      name: "a first whose FAQ compares on something else",
      text: prfaq({
        summary: "AUSTIN — May 2, 2027 — Tallyho today launched the first governed approval layer for refund agents.",
        internalFaq: [["How is this different from Zapier?", "Zapier runs workflows you already know how to write down."]],
      }),
      errors: [{ at: "the first governed approval layer", message: /claims that nothing else/ }],
    },
  ],
});
