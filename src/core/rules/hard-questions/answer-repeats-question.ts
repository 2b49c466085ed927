import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "answer-repeats-question",
    category: "hard-questions",
    severity: "warning",
    description: "An FAQ answer only repeats its question (\"Q: What are the risks? A: There are risks.\").",
    question: "What does the answer add that the question didn't already say: a fact, a number, a decision?",
    rationale:
      "An answer made of the question's own words has the shape of an answer and none of the content. prfaq counts the " +
      "question as unanswered.",
    examples: {
      flagged: ["Q: What will the first version get wrong? A: The first version will get some things wrong."],
      passes: ["Q: What will the first version get wrong? A: Fire-marshal inspections show as pending for two days."],
    },
  },
  check(ctx) {
    for (const entry of ctx.analysis.faqEntries) {
      if (ctx.analysis.answerQuality(entry).verdict !== "echo") continue;
      const first = entry.answer.find((b) => b.text.trim()) ?? entry.question;
      ctx.report({
        message: `The answer to "${entry.questionText}" only says the question back.`,
        at: { block: first },
        severity: entry.audience === "customer" ? "info" : "warning",
      });
    }
  },
});
