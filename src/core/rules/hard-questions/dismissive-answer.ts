import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "dismissive-answer",
    category: "hard-questions",
    severity: "warning",
    description: "A hard question waved away with confidence instead of evidence (\"Definitely!\", \"They will, once they see it\").",
    question: "What evidence would convince a skeptic: a number, a test you ran, or how you will find out?",
    rationale:
      "Conviction is not an answer. When the internal FAQ meets a hard question with enthusiasm, the review learns only that " +
      "the team hasn't looked for the reasons it could be wrong.",
    examples: {
      flagged: ["A: Definitely! Every vet we spoke to loved it.", "A: They will, once they see how amazing it is."],
      passes: ["A: Probably: 9 of the 14 practices asked for it, and the pilot will tell us whether owners book from the text."],
    },
  },
  check(ctx) {
    for (const entry of ctx.analysis.businessEntries) {
      const quality = ctx.analysis.answerQuality(entry);
      if (quality.verdict !== "dismissive") continue;
      const first = entry.answer.find((b) => b.text.trim()) ?? entry.question;
      ctx.report({ message: `"${quality.match?.text.trim()}" answers "${entry.questionText}" with confidence, not evidence.`, at: { block: first } });
    }
  },
});
