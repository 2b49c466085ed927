import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./predetermined-decision";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "written as if it had shipped, which is the method", text: prfaq({ frontMatter: "status: draft", solution: "This document is written as if the product already shipped, to find it by working backwards." }) },
    { name: "a design choice, not the go-ahead", text: prfaq({ internalFaq: [["Why Postgres?", "We decided to build on Postgres because the council's IT team already runs it."]] }) },
    { name: "approval that is still to come", text: prfaq({ internalFaq: [["Who approves the budget?", "The transport board decides in March, after this review."]] }) },
  ],
  invalid: [
    {
      name: "a trust that has decided to implement it",
      text: prfaq({ internalFaq: [["Who decided?", "The trust board has decided to implement the discharge planner in all four hospitals."]] }),
      errors: [{ at: "A: The trust board", message: "decided to implement" }],
    },
    {
      name: "a press release rewritten against what shipped",
      text: prfaq({ summary: "OSLO — This version was rewritten against shipped reality after the payments team released the ledger in May." }),
      errors: [{ at: "This version was rewritten", message: "rewritten against shipped reality" }],
    },
    {
      name: "going ahead regardless",
      text: prfaq({ internalFaq: [["What if the pilot shows no demand?", "The agency will proceed regardless, because the minister announced it."]] }),
      errors: [{ at: "The agency will proceed", message: "proceed regardless" }],
    },
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
