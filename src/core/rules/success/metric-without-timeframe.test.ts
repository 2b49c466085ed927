import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./metric-without-timeframe";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a time frame in the heading covers every metric", text: prfaq({ successMetrics: null, extra: "## Success metrics (first 12 months)\n\n- Calls fall by 30%.\n- 60% of parents sign up." }) },
    { name: "a lead-in with the period", text: prfaq({ successMetrics: "In the first school year:\n\n- Calls fall by 30%.\n- 60% of parents sign up." }) },
    {
      name: "a horizon column in a metrics table",
      text: prfaq({ successMetrics: null, extra: "## Success metrics\n\n| Horizon | Target |\n|---|---|\n| 6 months | 40 clinics send 2,000 reminders. |\n| Year 2 | No-shows fall by 25% in every clinic. |" }),
    },
    { name: "a horizon leading each item", text: prfaq({ successMetrics: "- **Month 3:** 40 clinics book through the app.\n- **Day 90:** 20% fewer no-shows." }) },
    {
      name: "service levels to hold from launch on",
      text: prfaq({ successMetrics: "- Booking confirmations reach the app with p95 latency under 3 seconds.\n- The sign-up page scores 95 or higher on Lighthouse accessibility." }),
    },
    { name: "no target at all is another rule's finding", text: prfaq({ successMetrics: "- Adoption by parents" }) },
  ],
  invalid: [
    {
      name: "a metrics table whose first column is not a horizon",
      text: prfaq({ successMetrics: null, extra: "## Success metrics\n\n| Metric | Target |\n|---|---|\n| No-shows | Fall by 25% in every clinic. |" }),
      errors: [{ at: "| No-shows |", message: "by when" }],
    },
    {
      name: "a change to a service level still needs a date",
      text: prfaq({ successMetrics: "- Page load time falls from 6 seconds to 2 seconds." }),
      errors: [{ at: "- Page load time", message: "by when" }],
    },
    { name: "a target with no date", text: prfaq({ successMetrics: "- Status calls fall by 30%.\n- 60% of parents sign up within six months." }), errors: [{ at: "- Status calls fall", message: "by when" }] },
  ],
});
