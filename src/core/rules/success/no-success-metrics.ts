import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "no-success-metrics",
    category: "success",
    severity: "warning",
    description: "The document says how success will be measured for the customer.",
    question: "What measurable change for the customer will tell you this worked, and by when?",
    rationale:
      "Without a measure agreed up front, any result can be read as success. Working Backwards defines success as the " +
      "customer's outcome, with a target and a date, before anything is built.",
  },
  check(ctx) {
    const metrics = ctx.analysis.parts("success-metrics");
    if (!metrics.length) {
      const top = ctx.doc.blocks.find((b) => b.kind !== "html");
      ctx.report({ message: "There are no success metrics.", at: top ? { block: top } : { span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } } });
      return;
    }
    for (const part of metrics) {
      if (!part.blocks.some((b) => b.text.trim())) ctx.report({ message: "The success metrics section is empty.", at: { span: part.span } });
    }
  },
});
