import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./press-release-length";

const padding = Array.from({ length: 60 }, () => "Parents in Hervanta told us the same thing every week.").join(" ");

testRule(rule, {
  valid: [prfaq(), { name: "long FAQs don't count", text: prfaq({ customerFaq: [["Tell me more?", padding]] }) }],
  invalid: [{ name: "a press release over a page", text: prfaq({ gettingStarted: padding }), errors: [{ line: 1, message: "one page is about 500" }] }],
});
