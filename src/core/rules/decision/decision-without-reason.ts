import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "decision-without-reason",
    category: "decision",
    severity: "error",
    description: "A recorded decision (proceed, revise or kill) has no reason, or its reason ignores the kill criteria.",
    question: "Why was this decided, and which of the kill criteria or success measures did the evidence meet or miss?",
    rationale:
      "A decision record is for the next team, who will want to know what was known at the time. \"Proceed\" with no reason, " +
      "or a reason that never mentions the criteria agreed in advance, makes the criteria decorative.",
    examples: {
      flagged: ["---\ndecision: proceed\n---", "## Decision\nOutcome: kill"],
      passes: ["## Decision\nOutcome: kill\nReason: the pilot missed the kill criteria: 18% of parents signed up against a 25% threshold."],
    },
  },
  check(ctx) {
    const decision = ctx.doc.decision;
    if (!decision) return;
    const at = { span: decision.span };
    if (!decision.outcome) {
      ctx.report({ message: "A decision is recorded, but it doesn't say proceed, revise or kill.", at, severity: "warning", question: "Was the decision to proceed, revise or kill?" });
      return;
    }
    if (!decision.reason) {
      ctx.report({ message: `The decision "${decision.outcome}" is recorded without a reason.`, at });
      return;
    }
    const hasCriteria = ctx.analysis.has("kill-criteria") || ctx.analysis.has("success-metrics");
    if (hasCriteria && !decision.citesCriteria) {
      ctx.report({ message: `The reason for "${decision.outcome}" doesn't refer to the kill criteria or success measures.`, at, severity: "warning" });
    }
  },
});
