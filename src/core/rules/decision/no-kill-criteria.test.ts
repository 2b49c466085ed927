import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-kill-criteria";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "in an FAQ answer", text: prfaq({ killCriteria: null, internalFaq: [["What would make us stop?", "Fewer than 25% of parents signed up by October 2027."]] }) },
    { name: "asked with an inflected verb", text: prfaq({ killCriteria: null, internalFaq: [["What kills this project?", "Fewer than 25% of parents signed up by October 2027."]] }) },
    { name: "a trigger with its consequence", text: prfaq({ killCriteria: null, successMetrics: "Zero missed pickups is an invariant: one violation turns the alerts off until we know why." }) },
    {
      name: "a trigger whose consequence has a hyphenated name",
      text: prfaq({ killCriteria: null, successMetrics: "Refund disputes above 3% in any week: any one of these in production triggers a feature-flag rollback within a day." }),
    },
    { name: "the condition first, then the stop", text: prfaq({ killCriteria: null, successMetrics: "If fewer than three in ten schools sign up by May 2027, we stop and revisit the idea." }) },
    { name: "in passing, in the metrics", text: prfaq({ killCriteria: null, successMetrics: "60% of parents sign up by December 2027; we stop the project if fewer than 25% have by October." }) },
  ],
  invalid: [
    {
      name: "a process killed, or a customer who stops using it, is not a kill criterion",
      text: prfaq({
        killCriteria: null,
        internalFaq: [["How do we kill agents that hang?", "A watchdog ends any agent idle for 60 seconds."]],
        customerFaq: [["What happens if we stop using BusBell?", "Your texts stop the same day and we delete your number within 30 days."]],
      }),
      errors: [{ line: 1, message: "no kill criteria" }],
    },
    { name: "none anywhere", text: prfaq({ killCriteria: null }), errors: [{ line: 1, message: "no kill criteria" }] },
    { name: "an empty section", text: prfaq({ killCriteria: "" }), errors: [{ at: "## Kill criteria", message: "empty" }] },
  ],
});
