import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./predetermined-decision";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "written as if it had shipped, which is the method", text: prfaq({ frontMatter: "status: draft", solution: "This document is written as if the product already shipped, to find it by working backwards." }) },
    { name: "a design choice, not the go-ahead", text: prfaq({ internalFaq: [["Why Postgres?", "We decided to build on Postgres because the council's IT team already runs it."]] }) },
    { name: "customers who signed, which is evidence", text: prfaq({ internalFaq: [["Who has committed?", "Three hospitals have already signed letters of intent for the pilot."]] }) },
    { name: "a launch whose date is set, with a stop", text: prfaq({ internalFaq: [["What if the pilot fails?", "We stop: the pilot decides whether the launch happens at all."]] }) },
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
      name: "a product described as it has been running, funded by a board",
      text: prfaq({ solution: "This release describes TideDesk as it has been running at two marinas since May; the spend was approved by the harbour board last year." }),
      errors: [{ at: "This release describes TideDesk", message: "as it has been running" }],
    },
    {
      name: "a contract signed and the rollout locked in whatever the trial shows",
      text: prfaq({ internalFaq: [["What if the trial disappoints?", "The council has already signed the contract, and the rollout to every library is locked in whatever the trial shows."]] }),
      errors: [{ at: "A: The council has already signed", message: "already signed the contract" }],
    },
    {
      name: "a go-live that is fixed before the results",
      text: prfaq({ internalFaq: [["Can the review still stop it?", "The go-live for all 30 depots is locked in for June, whatever the data shows."]] }),
      errors: [{ at: "A: The go-live", message: "is locked in" }],
    },
    {
      name: "the launch is committed and the budget spent",
      text: prfaq({ internalFaq: [["Should we delay the launch?", "No, the launch is committed and the budget has been spent."]] }),
      errors: [{ at: "A: No, the launch", message: "launch is committed" }],
    },
  ],
});
