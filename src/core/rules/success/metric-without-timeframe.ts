import { defineRule } from "../../engine/types";
import { metricBlocks } from "../../analysis/metrics";

export default defineRule({
  meta: {
    id: "metric-without-timeframe",
    category: "success",
    severity: "warning",
    description: "A success metric has a target but no time frame: by when must it be met?",
    question: "By what date, or within how long after launch, must this target be met?",
    rationale:
      "A target with no date can always be met \"eventually\". The date is what turns a metric into a commitment the " +
      "team can be held to, and what tells a review when to look again.",
    examples: {
      flagged: ["- Status calls fall by 30%."],
      passes: ["- Status calls fall by 30% within six months of launch."],
    },
  },
  check(ctx) {
    for (const metric of metricBlocks(ctx.analysis)) {
      if (!metric.measured || metric.timed) continue;
      ctx.report({ message: "This metric has a target but no date: by when?", at: { block: metric.block } });
    }
  },
});
