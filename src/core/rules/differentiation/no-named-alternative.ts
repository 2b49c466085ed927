import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "no-named-alternative",
    category: "differentiation",
    severity: "warning",
    description: "Nothing says what customers do today: no workaround, no manual process, no competitor.",
    question: "What do customers use or do today instead, and what does this change compared with it?",
    rationale:
      "Every customer already solves the problem somehow: by hand, with a spreadsheet, with a competitor, or by living with " +
      "it. The product is only better relative to that, so a review needs it named. Add your competitors to the " +
      "`competitors` lexicon in `.prfaq.yml` so prfaq recognises them.",
    examples: {
      flagged: ["Nimbus helps teams be productive. It is smart and easy to use."],
      passes: ["Today a nurse texts colleagues one by one, then waits for a paper form to be signed."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    if (!analysis.isEnglish) return;
    const prose = analysis.proseBlocks.filter((b) => b.kind !== "heading");
    if (!prose.length) return;
    // "X today announced…" in the dateline says when, not what customers do today.
    const summary = new Set(analysis.blocksOf("summary"));
    const alternatives = analysis.matches("today-alternatives").filter((m) => !(m.match.entry === "today" && summary.has(analysis.blockOf(m.sentence))));
    if (alternatives.length || analysis.matches("competitors").length) return;
    const problem = analysis.part("problem");
    ctx.report({
      message: "The document never says what customers do today instead, so \"better\" has nothing to be measured against.",
      at: problem ? { span: problem.span } : analysis.topTarget,
    });
  },
});
