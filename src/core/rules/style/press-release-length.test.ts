import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./press-release-length";

const padding = Array.from({ length: 60 }, () => "Parents in Hervanta told us the same thing every week.").join(" ");
const somePadding = Array.from({ length: 45 }, () => "Drivers in Kaleva radioed the depot twice a shift.").join(" ");

testRule(rule, {
  valid: [
    prfaq(),
    { name: "long FAQs don't count", text: prfaq({ customerFaq: [["Tell me more?", padding]] }) },
    {
      name: "a section beside the press release, at its heading's level, is not the press release",
      text: prfaq()
        .replace(/^# (.*)\n\n## (.*)\n/, "# BusBell PR/FAQ\n\n## Press Release\n\n### $1\n\n### $2\n")
        .replace("## Customer FAQ", `## How the alert times work\n\n${padding}\n\n## Customer FAQ`),
    },
    {
      name: "a problem the FAQ states again, in an answer, is not the press release",
      text: prfaq({ problem: "", customerFaq: [["What problem does this solve?", `Late buses leave children in the cold. ${padding}`]] }),
    },
    {
      name: "a paragraph that holds both the problem and the solution counts once",
      text: prfaq({ problem: `Eero waited 23 mornings in the dark. ${somePadding.slice(0, Math.round(somePadding.length * 0.6))} BusBell solves this: it texts parents when the bus is five minutes away.`, solution: "" }),
    },
  ],
  invalid: [
    { name: "a press release well over a page", text: prfaq({ gettingStarted: padding }), errors: [{ line: 1, severity: "warning", message: "one page is about 500" }] },
    { name: "a little over a page is advice", text: prfaq({ gettingStarted: somePadding }), errors: [{ line: 1, severity: "info", message: "one page is about 500" }] },
  ],
});
