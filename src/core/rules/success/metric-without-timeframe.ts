import { defineRule } from "../../engine/types";
import { metricBlocks } from "../../analysis/metrics";
import type { Analysis } from "../../analysis/analysis";
import type { Block } from "../../model/types";

/** "falls by 30%", "from 5% to 1%": a change to reach, which needs a date whatever it measures. */
const CHANGE = /\b(?:fall|falls|drop|drops|reduce[sd]?|cut|cuts|increase[sd]?|grow|grows|improve[sd]?|rise|rises|double[sd]?|halve[sd]?)\b|\bfrom\s+[^.;]{0,20}?\d[^.;]{0,30}?\bto\b/i;

/** Every measured statement is a service level to hold (latency, load time, uptime), not a change to reach. */
function standingServiceLevel(analysis: Analysis, block: Block): boolean {
  const levels = analysis.lexicons.matcher("service-levels");
  const measured = block.sentences.filter((s) => analysis.measures(s).length);
  return measured.length > 0 && measured.every((s) => levels.test(s.text) && !CHANGE.test(s.text));
}

export default defineRule({
  meta: {
    id: "metric-without-timeframe",
    category: "success",
    severity: "warning",
    description: "A success metric has a target but no time frame: by when must it be met?",
    question: "By what date, or within how long after launch, must this target be met?",
    rationale:
      "A target with no date can always be met \"eventually\". The date is what turns a metric into a commitment the " +
      "team can be held to, and what tells a review when to look again. A service level to hold (p95 latency under 4 seconds, " +
      "Lighthouse 95) applies from launch on and needs no date; a change to reach does.",
    examples: {
      flagged: ["- Status calls fall by 30%."],
      passes: ["- Status calls fall by 30% within six months of launch."],
    },
  },
  check(ctx) {
    for (const metric of metricBlocks(ctx.analysis)) {
      if (!metric.measured || metric.timed || standingServiceLevel(ctx.analysis, metric.block)) continue;
      ctx.report({ message: "This metric has a target but no date: by when?", at: { block: metric.block } });
    }
  },
});
