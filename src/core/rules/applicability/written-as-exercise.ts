import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "written-as-exercise",
    category: "applicability",
    severity: "warning",
    description:
      "The PR/FAQ is written as an exercise (a course or learning project, a hackathon entry for judges, a parody), so its customers, quotes and figures are assumed.",
    question: "Which of the customers, quotes and figures here were checked with real people, and what decision does this document inform?",
    rationale:
      "A PR/FAQ written for a course, a hackathon's judges or to practise the format borrows the form of a launch without its " +
      "decision. Its customer, quotes and numbers are imagined, and a reader can't tell them from findings. Saying what was " +
      "checked with real people and what was assumed lets the review judge the thinking, and says what research a real build would need.",
    examples: {
      flagged: ["*Internal learning project — April 2026*", "We hit all six objectives and score strongly on five of six rubric criteria."],
      passes: ["Tampere Regional Transport today launched BusBell, a text alert for parents."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const first = analysis.matches("exercise-document", analysis.proseBlocks)[0];
    if (!first) return;
    ctx.report({
      message:
        `This PR/FAQ is written as an exercise ("${first.match.text}"): its customers, quotes and figures are assumptions until someone ` +
        "checks them. Say which were checked with real people, which are assumed, and what decision the document informs.",
      at: analysis.within(first.sentence, first.match.start, first.match.end),
    });
  },
});
