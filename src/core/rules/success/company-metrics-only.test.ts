import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./company-metrics-only";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "revenue beside a customer outcome", text: prfaq({ successMetrics: "- $2M ARR by the end of 2028.\n- Median wait at the stop falls from 20 to 5 minutes by June 2028." }) },
  ],
  invalid: [
    {
      name: "only revenue and downloads",
      text: prfaq({ successMetrics: "- $2M ARR by the end of 2028.\n- 50,000 downloads in the first year." }),
      errors: [{ at: "- $2M ARR", message: "measures the company" }],
    },
  ],
});
