import { defineRule } from "../../engine/types";
import { countWords } from "../../parse/text";

/** "We don't know yet: a four-week pilot with 20 practices will tell us" is an honest answer. */
const PLAN = /\b(?:we(?:'ll| will)|by|until|after)\s+(?:run|test|measure|interview|pilot|survey|prototype|find out|learn|know|check|ask|track|trial)|\bpilot\b|\bexperiment\b|\binterview(?:s|ing)?\b|\d/i;

export default defineRule({
  meta: {
    id: "evasive-answer",
    category: "hard-questions",
    severity: "error",
    description: "An FAQ answer that dodges: \"TBD\", \"N/A\", \"not sure\", \"we'll figure it out\", \"no competitors\".",
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
    const matcher = ctx.lexicons.matcher("evasive-answers");
    for (const entry of ctx.analysis.faqEntries) {
      const answer = entry.answerText.trim();
      const first = entry.answer.find((b) => b.text.trim());
      if (!answer) {
        ctx.report({ message: `"${entry.questionText}" has no answer.`, at: { block: entry.question }, severity: entry.audience === "customer" ? "warning" : "error" });
        continue;
      }
      const hits = matcher.find(answer);
      if (!hits.length) continue;
      if (countWords(answer) > 25 || PLAN.test(answer.replace(hits[0].text, ""))) continue;
      ctx.report({
        message: `The answer to "${entry.questionText}" dodges it ("${hits[0].text.trim()}").`,
        at: first ? { block: first } : { block: entry.question },
        severity: entry.audience === "customer" ? "warning" : "error",
      });
    }
  },
});
