import { defineRule } from "../../engine/types";
import type { ProjectContext } from "../../analysis/analysis";
import type { HardQuestion } from "../../lexicons";

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
    const applies = (question: HardQuestion) => appliesHere(question, analysis.projectContext);
    const faced = coverage.length - missing.length;
    const applicableCore = missing.filter((c) => c.question.core && applies(c.question));
    // An FAQ that already faces most of the hard questions has shown it looks for trouble: one family left out is advice.
    const facesMost = applicableCore.length === 1 && faced > coverage.length / 2;
    const core = facesMost ? [] : applicableCore;
    const unlikely = missing.filter((c) => c.question.core && !applies(c.question));
    const advice = missing.filter((c) => !c.question.core);
    // The word lists behind the matching are English: elsewhere the critic can only advise.
    const severity = analysis.isEnglish ? "warning" : "info";
    const facesAny = faced > 0;
    if (!analysis.faqs.length && !facesAny && core.length) {
      // With no FAQ at all, required-parts names the missing FAQ; this names the questions nothing in the document faces,
      // which reviewers raise as a point of its own (judged right on real documents with no FAQ, and what their labels ask for).
      ctx.report({
        message: `Nothing in the document faces the hard questions: ${core.map((c) => `"${c.question.question}"`).join(", ")}.`,
        at,
        severity,
      });
    } else if (!internalFaq && !facesAny && core.length) {
      ctx.report({
        message: `No internal FAQ faces the hard questions: ${core.map((c) => `"${c.question.question}"`).join(", ")}.`,
        at,
        severity,
      });
    } else {
      for (const c of core) ctx.report({ message: `The internal FAQ never asks "${c.question.question}"`, at, question: c.question.question, severity });
    }
    if (facesMost) {
      const [c] = applicableCore;
      ctx.report({
        message: `The internal FAQ never asks "${c.question.question}" (advice: it already faces ${faced} of the ${coverage.length} hard questions).`,
        at,
        question: c.question.question,
        severity: "info",
      });
    }
    if (advice.length) {
      ctx.report({
        message: `Not covered yet: ${advice.map((c) => c.question.question.replace(/\?$/, "").toLowerCase()).join("; ")}.`,
        at,
        severity: "info",
        question: "Which of these would your reviewers ask, and what is the answer?",
      });
    }
    for (const c of unlikely) {
      ctx.report({
        message: `The internal FAQ never asks "${c.question.question}" (advice: ${whyAdvice(c.question, analysis.projectContext)}).`,
        at,
        question: c.question.question,
        severity: "info",
      });
    }
  },
});

/** Why a core question is only advice for this project, in the reader's terms. */
function whyAdvice(question: HardQuestion, context: ProjectContext): string {
  if (question.appliesWhen === "other-offerings") return "the document names nothing else the company sells that this could take from";
  if (context.soloOrOpenSource) return "this reads as an open-source or one-person project, where a copy is no threat to a business";
  return "this reads as an internal tool for the organization's own people, with no market for a competitor to take; ask instead why build it rather than use what a vendor offers";
}

/** True when a hard question fits the project: some only apply to a business with products and a market to protect. */
function appliesHere(question: HardQuestion, context: ProjectContext): boolean {
  if (question.appliesWhen === "commercial") return !context.soloOrOpenSource && !context.internalTool;
  if (question.appliesWhen === "other-offerings") return context.otherOfferings && !context.soloOrOpenSource;
  return true;
}
