import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./predetermined-decision";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "approval that is still to come", text: prfaq({ internalFaq: [["Who approves the budget?", "The transport board decides in March, after this review."]] }) },
  ],
  invalid: [
    {
      name: "approved last quarter, described as built",
      text: prfaq({ solution: "The roadmap was approved last quarter and this document describes the product as it has been built." }),
      errors: [{ at: "The roadmap was approved", message: "roadmap was approved", severity: "error" }],
    },
    {
      name: "the launch is committed and the budget spent",
      text: prfaq({ internalFaq: [["Should we delay the launch?", "No, the launch is committed and the budget has been spent."]] }),
      errors: [{ at: "A: No, the launch", message: "launch is committed" }],
    },
  ],
});
