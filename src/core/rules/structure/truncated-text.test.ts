import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./truncated-text";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a last line that ends in a list marker or a colon", text: prfaq({ extra: "## Next steps\n\nWe will decide on these dates:" }) },
    { name: "a last paragraph ending on a noun with no full stop", text: prfaq({ extra: "## Owner\n\nLiisa Korhonen, head of school transport" }) },
  ],
  invalid: [
    {
      name: "a sentence cut after an article",
      text: prfaq({ killCriteria: "We stop BusBell if fewer than 25% of parents have signed up by the end of October 2027, or if the" }),
      errors: [{ at: "We stop BusBell", message: "stops mid-sentence" }],
    },
    {
      name: "a paragraph cut on a comma",
      text: prfaq({ extra: "## Open questions\n\nThe depot system stores every position, the operator has agreed to share it for two years," }),
      errors: [{ at: "The depot system stores", message: "two years," }],
    },
  ],
});
