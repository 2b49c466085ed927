import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unsupported-claim";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a claim with its source", text: prfaq({ problem: "In our survey, parents want one text per morning; 31 of 40 said so." }) },
    { name: "a condition, not a claim", text: prfaq({ customerFaq: [["Can I add a second stop?", "If parents want a second stop, they add it on the same page."]] }) },
    { name: "need to describes a step", text: prfaq({ gettingStarted: "Parents need to enter their child's pupil number once." }) },
  ],
  invalid: [
    { name: "customers want", text: prfaq({ solution: "Parents want a single text, and BusBell sends one." }), errors: [{ at: "Parents want a single", message: "Parents want" }] },
    { name: "huge demand", text: prfaq({ problem: "There is huge demand for bus alerts across Finland." }), errors: [{ at: "There is huge demand", message: "huge demand" }] },
  ],
});
