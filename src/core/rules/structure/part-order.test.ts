import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./part-order";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "an install answer in the FAQ is not a misplaced getting-started section",
      text: prfaq({ gettingStarted: "", customerFaq: [["How do I start?", "Sign up today at busbell.example with your child's pupil number, then choose a stop."]] }),
    },
    {
      name: "a 'problems' section in an appendix, when the release already states the problem",
      text: prfaq() + "\n\n## Appendix: interview notes\n\n### Problems we heard\n\nTwo drivers said the app drains their battery on long routes.\n",
    },
  ],
  invalid: [
    {
      name: "the only problem statement comes after the FAQ",
      text: prfaq({ problem: "" }) + "\n\n## The problem\n\nParents wait at the stop for up to twenty minutes in the cold.\n",
      errors: [{ at: "## The problem", message: "problem comes after the FAQ" }],
    },
    {
      name: "a labelled getting-started section after the FAQ",
      text: prfaq({ gettingStarted: "" }) + "\n\n## Getting started\n\nSign up today at busbell.example with your child's pupil number.\n",
      errors: [{ at: "## Getting started", message: "getting started comes after the FAQ" }],
    },
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
