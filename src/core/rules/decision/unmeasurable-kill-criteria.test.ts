import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unmeasurable-kill-criteria";

testRule(rule, {
  valid: [prfaq(), { name: "no kill criteria is another rule's finding", text: prfaq({ killCriteria: null }) },
    { name: "a proportion in words", text: prfaq({ killCriteria: "We stop if fewer than three in ten schools renew after the first term." }) },
  ],
  invalid: [
    { name: "a feeling", text: prfaq({ killCriteria: "We stop if parents don't like it." }), errors: [{ at: "We stop if parents", message: "no threshold" }] },
    { name: "a number with no unit", text: prfaq({ killCriteria: "We stop if adoption is below 20." }), errors: [{ at: "We stop if adoption", message: "below 20 of what" }] },
  ],
});
