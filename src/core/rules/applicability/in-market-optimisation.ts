import { defineRule } from "../../engine/types";

/** Distinct signals needed before the critic suggests a different tool. */
const MIN_SIGNALS = 2;

export default defineRule({
  meta: {
    id: "in-market-optimisation",
    category: "applicability",
    severity: "warning",
    description: "The document optimises a product already in market (conversion funnels, A/B tests, existing users): experiments and data fit better.",
    question: "Is this a question an experiment on today's users could answer faster than a press release? What test would settle it?",
    rationale:
      "Working Backwards is a tool for deciding whether to build something new, before product-market fit. Once a product " +
      "is in market, questions about its funnel, its buttons or its existing users are answered faster and better by an " +
      "A/B test or by the usage data you already have. This finding suggests a different tool, not a better press release.",
    examples: {
      flagged: ["We will lift the checkout conversion rate for our existing users by A/B testing a one-page checkout."],
      passes: ["Owners opening a restaurant in Austin see every permit, its reviewer and its next step on one page."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const blocks = [...analysis.blocksOf("headline", "subheading", "summary", "problem", "solution"), ...analysis.blocksOf("success-metrics")];
    const hits = analysis.matches("in-market", blocks);
    const distinct = new Set(hits.map((h) => h.match.entry));
    if (distinct.size < MIN_SIGNALS) return;
    const first = hits[0];
    ctx.report({
      message: `This reads as in-market optimisation ("${[...new Set(hits.map((h) => h.match.text.toLowerCase()))].slice(0, 3).join("\", \"")}"): an experiment or your usage data will answer it better than a PR/FAQ.`,
      at: analysis.within(first.sentence, first.match.start, first.match.end),
    });
  },
});
