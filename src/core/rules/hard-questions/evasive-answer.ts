import { defineRule } from "../../engine/types";
import type { Block, FaqEntry } from "../../model/types";

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
    const logistics = ctx.analysis.lexicons.matcher("logistics-questions");
    for (const entry of ctx.analysis.faqEntries) {
      const quality = ctx.analysis.answerQuality(entry);
      if (quality.verdict !== "empty" && quality.verdict !== "evasive") continue;
      // Where the docs live or how to sign up is a fact still to fill in: unfinished, not avoided.
      if (!hard.has(entry) && logistics.test(entry.questionText)) {
        const what = quality.verdict === "empty" ? "has no answer yet" : `is still a placeholder ("${quality.match?.text.trim()}")`;
        ctx.report({ message: `"${entry.questionText}" ${what}: fill it in before the review.`, at: { block: answerOrQuestion(entry) }, severity: "info" });
        continue;
      }
      const severity = entry.audience !== "customer" && hard.has(entry) ? "error" : "warning";
      if (quality.verdict === "empty" && !hard.has(entry) && isListedOpen(entry)) {
        // A question the author sets down in a bulleted list with nothing under it is an open question, listed honestly;
        // a hard question left open that way is still unanswered.
        ctx.report({ message: `"${entry.questionText}" is listed as open: say when and how it will be settled.`, at: { block: entry.question }, severity: "info" });
      } else if (quality.verdict === "empty") {
        ctx.report({ message: `"${entry.questionText}" has no answer.`, at: { block: entry.question }, severity });
      } else {
        ctx.report({
          message: `The answer to "${entry.questionText}" dodges it ("${quality.match?.text.trim()}").`,
          at: { block: answerOrQuestion(entry) },
          severity,
        });
      }
    }
  },
});

function answerOrQuestion(entry: FaqEntry): Block {
  return entry.answer.find((b) => b.text.trim()) ?? entry.question;
}

/** A bullet point, not a numbered or headed FAQ question: a note the author lists, such as an open design question. */
function isListedOpen(entry: FaqEntry): boolean {
  return entry.question.listDepth > 0 && entry.question.listOrdinal === null && entry.question.kind !== "heading";
}
