import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "evasive-answer",
    category: "hard-questions",
    severity: "error",
    description: "An FAQ answer that dodges, or is missing: \"TBD\", \"N/A\", \"not sure\", \"we'll figure it out\", \"no competitors\".",
    question: "What is the answer: yes, no, a number, or \"we don't know yet, and here is how we'll find out\"?",
    rationale:
      "An evasive answer counts as unanswered. \"We don't know yet\" is acceptable only with the experiment that will tell you; " +
      "\"TBD\" hides the one question the review most needed to discuss.",
    examples: {
      flagged: ["A: TBD.", "A: We'll deal with that when it happens.", "A: Not sure, we haven't looked into it."],
      passes: ["A: We don't know yet. A four-week pilot with 20 practices will tell us whether owners book from the text."],
    },
  },
  check(ctx) {
    // A dodged hard question (cost, risk, competitors, why now…) blocks the review; an open note on anything else is a gap to fill.
    const hard = new Set(ctx.analysis.askedQuestions.filter((q) => q.asks.length || q.stuffedWith.length).map((q) => q.entry));
    for (const entry of ctx.analysis.faqEntries) {
      const quality = ctx.analysis.answerQuality(entry);
      const severity = entry.audience !== "customer" && hard.has(entry) ? "error" : "warning";
      if (quality.verdict === "empty") {
        ctx.report({ message: `"${entry.questionText}" has no answer.`, at: { block: entry.question }, severity });
      } else if (quality.verdict === "evasive") {
        const first = entry.answer.find((b) => b.text.trim());
        ctx.report({
          message: `The answer to "${entry.questionText}" dodges it ("${quality.match?.text.trim()}").`,
          at: first ? { block: first } : { block: entry.question },
          severity,
        });
      }
    }
  },
});
