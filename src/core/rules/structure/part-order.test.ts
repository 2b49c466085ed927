import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./part-order";

testRule(rule, {
  valid: [prfaq()],
  invalid: [
    {
      name: "internal questions before customer ones",
      text: prfaq().replace("## Customer FAQ", "## Customer FAQ TMP").replace("## Internal FAQ", "## Customer FAQ").replace("## Customer FAQ TMP", "## Internal FAQ"),
      errors: [{ at: "## Internal FAQ", severity: "info", message: "internal FAQ comes before" }],
    },
    {
      name: "kill criteria before the press release",
      text: `## Kill criteria\n\n${strongParts.killCriteria}\n\n${prfaq({ killCriteria: null })}`,
      errors: [{ at: "## Kill criteria", severity: "info", message: "come before the press release" }],
    },
  ],
});
