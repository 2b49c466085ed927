import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "no-kill-criteria",
    category: "decision",
    severity: "warning",
    description: "The document states, before anything is built, what result would make the team stop.",
    question: "What result, by when, would make you kill this idea?",
    rationale:
      "Kill criteria written up front let a team stop a project on evidence instead of on politics. Written after the " +
      "results come in, they are bent to fit them.",
  },
  check(ctx) {
    const kill = ctx.analysis.parts("kill-criteria");
    if (!kill.length) {
      const top = ctx.doc.blocks.find((b) => b.kind !== "html");
      ctx.report({ message: "There are no kill criteria.", at: top ? { block: top } : { span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } } });
      return;
    }
    for (const part of kill) {
      if (!part.blocks.some((b) => b.text.trim())) ctx.report({ message: "The kill criteria section is empty.", at: { span: part.span } });
    }
  },
});
