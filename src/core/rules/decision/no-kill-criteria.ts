import { killCriteriaOf } from "../../analysis/kill-criteria";
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
    examples: {
      flagged: ["A PR/FAQ with success metrics but no statement of what would make the team stop."],
      passes: ["## Kill criteria\nWe stop if fewer than 40% of applicants sign in within six months."],
    },
  },
  check(ctx) {
    const kill = ctx.analysis.parts("kill-criteria");
    for (const part of kill) {
      if (!part.blocks.some((b) => b.text.trim() && !b.labelOnly)) ctx.report({ message: "The kill criteria section is empty.", at: { span: part.span } });
    }
    if (kill.length) return;
    const found = killCriteriaOf(ctx.analysis);
    if (found.blocks.length || found.inline.length) return;
    ctx.report({ message: "There are no kill criteria: nothing says what result would make the team stop.", at: ctx.analysis.topTarget });
  },
});
