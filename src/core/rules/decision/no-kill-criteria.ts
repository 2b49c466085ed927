import { killCriteriaOf } from "../../analysis/kill-criteria";
import { unfireableKillCriteria } from "../../analysis/unfireable-kill-criteria";
import { defineRule } from "../../engine/types";

/** A section that answers its own heading with "none": it is there, and says nothing would stop the team. */
const BARE_NONE = /^\s*(?:none|n\/?a|not applicable|nothing|no kill criteria|there are none)\s*[.!]?\s*$/i;

export default defineRule({
  meta: {
    id: "no-kill-criteria",
    category: "decision",
    severity: "warning",
    description: "The document states, before anything is built, what result would make the team stop; criteria that cannot fire (\"the budget is committed\") count as none.",
    question: "What result, by when, would make you kill this idea?",
    rationale:
      "Kill criteria written up front let a team stop a project on evidence instead of on politics. Written after the " +
      "results come in, they are bent to fit them.",
    examples: {
      flagged: ["A PR/FAQ with success metrics but no statement of what would make the team stop.", "## Kill criteria\nNone: the budget is committed and we will proceed regardless of early adoption."],
      passes: ["## Kill criteria\nWe stop if fewer than 40% of applicants sign in within six months."],
    },
  },
  check(ctx) {
    // Criteria no result could meet are no criteria: the review can only confirm what was decided.
    const [blocker] = unfireableKillCriteria(ctx.analysis);
    if (blocker) {
      ctx.report({
        message: `The kill criteria cannot fire: "${blocker.match.text}" means no result would stop the team, so there are no kill criteria.`,
        question: "What result, by when, could still change the team's mind, and who would act on it?",
        at: ctx.analysis.within(blocker.sentence, blocker.match.start, blocker.match.end),
      });
      return;
    }
    const kill = ctx.analysis.parts("kill-criteria");
    for (const part of kill) {
      const said = part.blocks.filter((b) => b.text.trim() && !b.labelOnly);
      if (!said.length) ctx.report({ message: "The kill criteria section is empty.", at: { span: part.span } });
      else if (said.every((b) => BARE_NONE.test(b.text))) {
        ctx.report({ message: `The kill criteria section says "${said[0].text.trim()}": nothing would make the team stop, so there are no kill criteria.`, at: { block: said[0] } });
      }
    }
    if (kill.length) return;
    const found = killCriteriaOf(ctx.analysis);
    if (found.blocks.length || found.inline.length) return;
    ctx.report({ message: "There are no kill criteria: nothing says what result would make the team stop.", at: ctx.analysis.topTarget });
  },
});
