import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./decision-without-reason";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a decision tied to the criteria", text: prfaq({ extra: "## Decision\n\nOutcome: kill\nReason: the pilot missed the kill criteria: 18% of parents signed up against a 25% threshold." }) },
    { name: "in the front matter, with a reason that cites the criteria", text: prfaq({ frontMatter: "decision:\n  outcome: proceed\n  reason: 64% of parents signed up, above the kill criteria threshold of 25%" }) },
  ],
  invalid: [
    { name: "an outcome with no reason", text: prfaq({ frontMatter: "decision: proceed" }), errors: [{ line: 1, message: "without a reason", severity: "error" }] },
    {
      name: "a reason that ignores the criteria",
      text: prfaq({ extra: "## Decision\n\nOutcome: proceed\nReason: the team is excited and the board likes it." }),
      errors: [{ at: "## Decision", message: "doesn't refer to the kill criteria", severity: "warning" }],
    },
  ],
});
