import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "softball-question",
    category: "hard-questions",
    severity: "warning",
    description: "A softball FAQ question that invites praise: \"Will customers love it?\", \"Isn't this a great idea?\".",
    question: "What question would a skeptical reviewer ask here instead, and what is the honest answer?",
    rationale:
      "Every FAQ line spent on applause is a line not spent on a hard question. A question only a fan would ask counts as " +
      "unasked, and it tells reviewers the document is selling rather than thinking.",
    examples: {
      flagged: ["Q: Isn't this a great idea?", "Q: Will customers love it?"],
      passes: ["Q: What if owners ignore the text?", "Q: Why would a practice pay £40 a month for this?"],
    },
  },
  check(ctx) {
    const matcher = ctx.lexicons.matcher("softball-questions");
    for (const entry of ctx.analysis.faqEntries) {
      const hit = matcher.find(entry.questionText)[0];
      if (!hit) continue;
      ctx.report({ message: `"${entry.questionText}" is a softball: it can only be answered with praise.`, at: { block: entry.question } });
    }
  },
});
