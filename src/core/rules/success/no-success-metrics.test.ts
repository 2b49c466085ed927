import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-success-metrics";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "metrics in an FAQ answer",
      text: prfaq({ successMetrics: null, internalFaq: [["How will we know it worked?", "Calls to the office fall from 4,100 to under 2,000 in the 2027–28 school year."]] }),
    },
    { name: "a Goals section with a measured target", text: prfaq({ successMetrics: null, extra: "## Goals\n\nAt least 60% of parents sign up by December 2027." }) },
  ],
  invalid: [
    { name: "no metrics anywhere", text: prfaq({ successMetrics: null }), errors: [{ line: 1, message: "no success metrics" }] },
    { name: "an empty section", text: prfaq({ successMetrics: "" }), errors: [{ at: "## Success metrics", message: "empty" }] },
  ],
});
