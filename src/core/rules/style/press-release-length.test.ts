import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./press-release-length";

const padding = Array.from({ length: 60 }, () => "Parents in Hervanta told us the same thing every week.").join(" ");
const somePadding = Array.from({ length: 45 }, () => "Drivers in Kaleva radioed the depot twice a shift.").join(" ");

testRule(rule, {
  valid: [prfaq(), { name: "long FAQs don't count", text: prfaq({ customerFaq: [["Tell me more?", padding]] }) }],
  invalid: [
    { name: "a press release well over a page", text: prfaq({ gettingStarted: padding }), errors: [{ line: 1, severity: "warning", message: "one page is about 500" }] },
    { name: "a little over a page is advice", text: prfaq({ gettingStarted: somePadding }), errors: [{ line: 1, severity: "info", message: "one page is about 500" }] },
  ],
});
