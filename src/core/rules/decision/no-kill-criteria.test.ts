import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./no-kill-criteria";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "a committed budget beside a stop with a threshold",
      text: prfaq({ killCriteria: "We stop if fewer than 20% of wards use the handover sheet by March 2027, even though the budget is committed for the year." }),
    },
    {
      name: "results published regardless, and a real criterion",
      text: prfaq({ killCriteria: "Regardless of the results, we publish the pilot data. If fewer than 30 of the 120 branches adopt it by June, we withdraw it." }),
    },
    {
      name: "a budgeted project that still names its stop",
      text: prfaq({ killCriteria: "Not applicable to year one, which is budgeted; after it, we stop if fewer than 500 riders use the app each week." }),
    },
    { name: "none of the stops has fired yet", text: prfaq({ killCriteria: "None of these has happened in the pilot. We stop if fewer than 200 tenants book a repair through the app by June 2028." }) },
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
      name: "a ministry whose budget is committed",
      text: prfaq({ killCriteria: "None. The ministry's budget is committed for the 2027 financial year." }),
      errors: [{ at: "The ministry's budget", message: /cannot fire: "budget is committed"/ }],
    },
    {
      name: "an FAQ answer that says the decision has been made",
      text: prfaq({ killCriteria: null, internalFaq: [["What would make us stop?", "Nothing would: the decision has been made by the hospital board."]] }),
      errors: [{ at: "Nothing would", message: "decision has been made" }],
    },
    {
      name: "a platform team that ships regardless of beta feedback",
      text: prfaq({ killCriteria: "The platform team will ship the v2 scheduler regardless of what beta users report, because three services depend on it." }),
      errors: [{ at: "The platform team will ship", message: "regardless" }],
    },
    {
      name: "a process killed, or a customer who stops using it, is not a kill criterion",
      text: prfaq({
        killCriteria: null,
        internalFaq: [["How do we kill agents that hang?", "A watchdog ends any agent idle for 60 seconds."]],
        customerFaq: [["What happens if we stop using BusBell?", "Your texts stop the same day and we delete your number within 30 days."]],
      }),
      errors: [{ line: 1, message: "no kill criteria" }],
    },
    {
      name: "a section saying there are none, the money committed in the active voice",
      text: prfaq({ killCriteria: "There are no kill criteria: the trust has committed this year's outpatient budget to the project." }),
      errors: [{ at: "There are no kill criteria", message: /cannot fire/ }],
    },
    {
      name: "not applicable, budgeted and kept running regardless",
      text: prfaq({ killCriteria: "Not applicable: the agency has already budgeted the helpline for two years and will keep it open regardless." }),
      errors: [{ at: "Not applicable", message: /cannot fire/ }],
    },
    { name: "none anywhere", text: prfaq({ killCriteria: null }), errors: [{ line: 1, message: "no kill criteria" }] },
    { name: "a section that only says none", text: prfaq({ killCriteria: "None." }), errors: [{ at: "None.", message: /says "None."/ }] },
    { name: "a section that only says N/A, in another wording", text: prfaq({ killCriteria: "N/A" }), errors: [{ at: "N/A", message: "no kill criteria" }] },
    { name: "an empty section", text: prfaq({ killCriteria: "" }), errors: [{ at: "## Kill criteria", message: "empty" }] },
  ],
});
