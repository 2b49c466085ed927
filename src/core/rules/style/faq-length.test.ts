import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./faq-length";

const answer = Array.from({ length: 30 }, () => "The depot feed updates every thirty seconds, so the warning can be late.").join(" ");

testRule(rule, {
  valid: [prfaq()],
  invalid: [
    {
      name: "more than five pages of FAQ",
      text: prfaq({ customerFaq: Array.from({ length: 8 }, (_, i): [string, string] => [`Question ${i + 1}?`, answer]) }),
      errors: [{ at: "## Customer FAQ", message: "five pages is about 2,750" }],
    },
  ],
});
