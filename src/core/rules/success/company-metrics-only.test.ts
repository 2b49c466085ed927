import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./company-metrics-only";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "revenue beside a customer outcome", text: prfaq({ successMetrics: "- $2M ARR by the end of 2028.\n- Median wait at the stop falls from 20 to 5 minutes by June 2028." }) },
    {
      name: "uptime when the customer's problem is outages",
      text: prfaq({
        problem: "Clinics lose their booking page for hours: the old system went down 14 times last winter, and each outage cost a clinic 30 appointments.",
        successMetrics: "- Uptime of 99.9% in every month of 2028.\n- 50,000 downloads in the first year.",
      }),
    },
    {
      name: "a customer outcome beside a company number in one line",
      text: prfaq({ successMetrics: "- A new parent gets the first alert within 5 minutes of signing up; GitHub stars as a lagging signal, by June 2028." }),
    },
  ],
  invalid: [
    {
      name: "uptime when the problem is not about outages",
      text: prfaq({ successMetrics: "- Uptime of 99.9% in every month of 2028.\n- 50,000 downloads in the first year." }),
      errors: [{ at: "- Uptime of 99.9%", message: "measures the company" }],
    },
    {
      name: "only revenue and downloads",
      text: prfaq({ successMetrics: "- $2M ARR by the end of 2028.\n- 50,000 downloads in the first year." }),
      errors: [{ at: "- $2M ARR", message: "measures the company" }],
    },
  ],
});
