import { defineRule } from "../../engine/types";

/** An FAQ question about how success is measured. */
const SUCCESS_QUESTION = /\b(?:success|succeed\w*|metrics?|kpis?|measure\w*|how (?:will|do) we know|worked|targets?|goals?)\b/i;

export default defineRule({
  meta: {
    id: "no-success-metrics",
    category: "success",
    severity: "warning",
    description: "The document says how success will be measured for the customer, with a target and a date.",
    question: "What measurable change for the customer will tell you this worked, and by when?",
    rationale:
      "Without a measure agreed up front, any result can be read as success. Working Backwards defines success as the " +
      "customer's outcome, with a target and a date, before anything is built.",
    examples: {
      flagged: ["A PR/FAQ with no success metrics section and no FAQ answer saying how success will be measured."],
      passes: ["## Success metrics\nMedian days to a certificate of occupancy fall from 127 to under 100 within a year."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const metrics = analysis.parts("success-metrics");
    if (metrics.length) {
      for (const part of metrics) {
        if (!part.blocks.some((b) => b.text.trim())) ctx.report({ message: "The success metrics section is empty.", at: { span: part.span } });
      }
      return;
    }
    // Metrics written elsewhere still count: an FAQ answer or a "Goals" section with a measured target.
    const answered = analysis.faqEntries.some(
      (e) => SUCCESS_QUESTION.test(e.questionText) && e.answer.some((b) => b.sentences.some((s) => analysis.measures(s).length)),
    );
    const goals = analysis
      .parts("other")
      .some((p) => /\b(?:goals?|targets?|outcomes?|metrics?|success|measures?)\b/i.test(p.title) && p.blocks.some((b) => b.sentences.some((s) => analysis.measures(s).length)));
    if (answered || goals) return;
    ctx.report({ message: "There are no success metrics: nothing says what result, by when, would mean this worked.", at: analysis.topTarget });
  },
});
