import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "missing-hard-questions",
    category: "hard-questions",
    severity: "warning",
    description:
      "The internal FAQ does not face the hard questions: why nobody has done this, what if a competitor copies it, what v1 " +
      "gets wrong, what it cannibalizes (and, as advice: cost, risks, dependencies, market size, why now).",
    question: "Which of the hard questions would your toughest reviewer ask first, and what is your answer?",
    rationale:
      "The internal FAQ is where a team shows it has looked for the reasons the idea might fail. Questions are matched by " +
      "meaning, so any phrasing counts; but \"Is there a risk this is too successful?\" asks nothing, and a question that " +
      "strings every keyword together answers none of them. Add your own required questions under `hard-questions` in `.prfaq.yml`.",
    examples: {
      flagged: ["An internal FAQ that only asks about launch dates and pricing tiers."],
      passes: ["Q: Why hasn't the city done this already? Q: What if an expediting company builds the same page? Q: What will v1 get wrong? Q: What does this cannibalize?"],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const coverage = analysis.hardQuestionCoverage;
    const missing = coverage.filter((c) => c.status === "missing");
    if (!missing.length) return;
    const internalFaq = analysis.faqs.find((f) => f.audience === "internal");
    const firstBusiness = analysis.businessEntries[0];
    const at = internalFaq?.label ? { block: internalFaq.label } : firstBusiness ? { block: firstBusiness.question } : analysis.topTarget;
    const core = missing.filter((c) => c.question.core);
    const advice = missing.filter((c) => !c.question.core);
    // The word lists behind the matching are English: elsewhere the critic can only advise.
    const severity = analysis.isEnglish ? "warning" : "info";
    const facesAny = coverage.some((c) => c.status !== "missing");
    if (!internalFaq && !facesAny && core.length) {
      ctx.report({
        message: `No internal FAQ faces the hard questions: ${core.map((c) => `"${c.question.question}"`).join(", ")}.`,
        at,
        severity,
      });
    } else {
      for (const c of core) ctx.report({ message: `The internal FAQ never asks "${c.question.question}"`, at, question: c.question.question, severity });
    }
    if (advice.length) {
      ctx.report({
        message: `Not covered yet: ${advice.map((c) => c.question.question.replace(/\?$/, "").toLowerCase()).join("; ")}.`,
        at,
        severity: "info",
        question: "Which of these would your reviewers ask, and what is the answer?",
      });
    }
  },
});
