import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unsupported-multiplier";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "two measurements behind it", text: prfaq({ solution: "Approval takes 4 hours instead of 3.5 days, about 20 times faster." }) },
    { name: "a measured decimal result", text: prfaq({ solution: "In our test the smaller clip fetched 1.13× fewer bytes." }) },
    { name: "how often, not how much better", text: prfaq({ problem: "Aino phones the office three times a week, and 4,100 calls came in last year." }) },
    {
      name: "the team's own trial, stated in the sentence before",
      text: prfaq({ internalFaq: [["Why not one model for everything?", "We tried. A single fine-tuned model needed labelled data per customer, and its inference cost was 5–10× the three-layer design."]] }),
    },
    {
      name: "the team's own benchmark, in another domain",
      text: prfaq({ internalFaq: [["Why Rust for the parser?", "In our benchmarks on the 2024 tax forms the Rust parser was 3x faster than the Python one."]] }),
    },
  ],
  invalid: [
    {
      name: "a range is quoted whole",
      text: prfaq({ solution: "Ledgerly closes the books 5–10x faster for every bookkeeper." }),
      errors: [{ at: "Ledgerly closes", message: "\"5–10x faster\"" }],
    },
    {
      name: "a trial someone else might run is no basis",
      text: prfaq({ solution: "Try it: clinics that switch see 4x fewer no-shows." }),
      errors: [{ at: "Try it", message: "4x fewer" }],
    },
    { name: "10x more productive", text: prfaq({ solution: "Nimbus makes teams 10x more productive." }), errors: [{ at: "Nimbus makes", message: "10x more" }] },
    {
      name: "one multiplier repeated later is one point, the repeat is advice",
      text: prfaq({ solution: "Nimbus makes teams 10x more productive.", gettingStarted: "Teams that sign up today become 10x more productive within a week." }),
      errors: [{ at: "Nimbus makes", message: "10x more", severity: "warning" }, { at: "Teams that sign up", message: "10x more", severity: "info" }],
    },
    {
      name: "50 times faster and 30 times more accurate",
      text: prfaq({ headline: "AuditNow Audits Degrees 50 Times Faster and 30 Times More Accurately" }),
      errors: [{ line: 1, message: "50 Times Faster" }],
    },
    { name: "twice as fast", text: prfaq({ solution: "Parents get ready twice as fast." }), errors: [{ at: "Parents get ready", message: "twice as fast" }] },
  ],
});
