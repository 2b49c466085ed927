import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-hypothesis";

testRule(rule, {
  valid: [prfaq(), { name: "a hedge in a strong document", text: prfaq({ solution: "BusBell texts parents; we think some will want two stops, and the pilot will tell us how many." }) }],
  invalid: [
    {
      name: "still looking for a customer and a problem",
      text: md`
        # An Idea About Remote Workers
        ## Draft: we don't know yet
        We think remote workers might be lonely, or maybe distracted; we are not sure. We haven't decided who the customer is.

        We want to explore the space and see what opportunities come up.
      `,
      errors: [{ at: "We think remote workers", message: "do customer research first" }],
    },
  ],
});
