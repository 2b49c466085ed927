import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-kill-criteria";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "in an FAQ answer", text: prfaq({ killCriteria: null, internalFaq: [["What would make us stop?", "Fewer than 25% of parents signed up by October 2027."]] }) },
    { name: "in passing, in the metrics", text: prfaq({ killCriteria: null, successMetrics: "60% of parents sign up by December 2027; we stop the project if fewer than 25% have by October." }) },
  ],
  invalid: [
    { name: "none anywhere", text: prfaq({ killCriteria: null }), errors: [{ line: 1, message: "no kill criteria" }] },
    { name: "an empty section", text: prfaq({ killCriteria: "" }), errors: [{ at: "## Kill criteria", message: "empty" }] },
  ],
});
