import { firstBareNumber } from "../../analysis/measures";
import { defineRule } from "../../engine/types";
import { metricBlocks } from "../../analysis/metrics";

/** "(1) an alert fired, (2) the host acted": enumerators number a list and count nothing. */
const ENUMERATOR = /\(\s*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\s*\)/gi;

export default defineRule({
  meta: {
    id: "metric-without-target",
    category: "success",
    severity: "warning",
    description: "A success metric names what to watch but gives no target: no number with a unit.",
    question: "What number counts as success: from what baseline, to what target?",
    rationale:
      "\"We will track sign-ups\" can't fail. A target written before launch (\"60% of parents sign up\") is what lets the team " +
      "tell success from noise afterwards. A bare number (\"reach 85\") is not a target until it says 85 of what.",
    examples: {
      flagged: ["- Adoption by parents", "- Reach 85 by 2028"],
      passes: ["- At least 60% of parents of bus riders sign up by December 2027."],
    },
  },
  check(ctx) {
    for (const metric of metricBlocks(ctx.analysis)) {
      if (metric.measured) continue;
      const bare = firstBareNumber(metric.block.text.replace(ENUMERATOR, " "));
      ctx.report({
        message: bare ? `This metric has a number with nothing after it: ${bare} of what?` : "This metric has no target: nothing says how much counts as success.",
        at: { block: metric.block },
      });
    }
  },
});
