import { defineRule } from "../../engine/types";
import { metricBlocks } from "../../analysis/metrics";

export default defineRule({
  meta: {
    id: "company-metrics-only",
    category: "success",
    severity: "warning",
    description: "Every success metric measures the company or its output (revenue, downloads, page speed), none the customer's outcome.",
    question: "What changes for the customer when this works, and how will you measure that?",
    rationale:
      "Revenue and downloads follow from a customer outcome; they are not the outcome. A PR/FAQ that only tracks them can " +
      "succeed on paper while the customer's problem stays exactly where it was.",
    examples: {
      flagged: ["- $2M ARR by the end of 2028\n- 50,000 downloads in the first year"],
      passes: ["- Median time to approve a swap falls from 3.5 days to under 1 day by March 2028."],
    },
  },
  check(ctx) {
    const metrics = metricBlocks(ctx.analysis).filter((m) => m.measured);
    if (!metrics.length) return;
    const company = ctx.lexicons.matcher("company-metrics");
    if (!metrics.every((m) => company.test(m.block.text))) return;
    ctx.report({ message: "Every metric here measures the company or its output; none measures what changes for the customer.", at: { block: metrics[0].block } });
  },
});
