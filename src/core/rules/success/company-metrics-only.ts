import { defineRule } from "../../engine/types";
import { metricBlocks } from "../../analysis/metrics";
import type { PhraseMatcher } from "../../lexicons";

/** Service measures the customer feels when the problem is that the service fails them. */
const SERVICE_MEASURE = /^(?:uptime|page load|load time|lcp|core web vitals|lighthouse(?: score)?)$/i;
const RELIABILITY_PROBLEM = /\b(?:outages?|downtime|goes down|went down|unreliab\w*|reliab\w*|crash\w*|fails? to load|slow(?:ness)?|lag\w*|time-?outs?)\b/i;

/** True when every clause of the metric that states a number measures the company. */
function companyOnly(text: string, company: PhraseMatcher, serviceCounts: boolean): boolean {
  const clauses = text.split(/[;.]\s+|\n/).filter((c) => /\d/.test(c));
  return (clauses.length ? clauses : [text]).every((clause) => company.find(clause).some((m) => !(serviceCounts && SERVICE_MEASURE.test(m.text))));
}

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
    // Uptime is the customer's outcome when their complaint is that the service is down or slow.
    const problem = ctx.analysis.blocksOf("summary", "problem").map((b) => b.text).join("\n");
    const serviceCounts = RELIABILITY_PROBLEM.test(problem);
    if (!metrics.every((m) => companyOnly(m.block.text, company, serviceCounts))) return;
    ctx.report({ message: "Every metric here measures the company or its output; none measures what changes for the customer.", at: { block: metrics[0].block } });
  },
});
