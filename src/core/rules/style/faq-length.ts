import { defineRule, numberOption } from "../../engine/types";

const DEFAULT_MAX = 2750;

export default defineRule({
  meta: {
    id: "faq-length",
    category: "style",
    severity: "warning",
    description: "The FAQs fit in about five pages (about 2,750 words).",
    question: "Which questions would reviewers miss if they were cut, and which are there for completeness?",
    rationale:
      "A review reads the whole document in the meeting. FAQs beyond five pages are rarely read closely, and the hard " +
      "questions get lost among the easy ones. Detail can go to an appendix. Option: `max` words (default 2750).",
    examples: { flagged: ["Forty FAQ entries running to eight pages, most of them design detail."], passes: ["Two pages of customer FAQ and two of internal FAQ."] },
  },
  check(ctx) {
    const max = numberOption(ctx, "max", DEFAULT_MAX);
    const words = ctx.analysis.faqWords;
    if (words <= max) return;
    const faq = ctx.analysis.faqs[0];
    ctx.report({ message: `The FAQs run to ${words} words; five pages is about 2,750.`, at: faq?.label ? { block: faq.label } : faq ? { span: faq.span } : ctx.analysis.topTarget });
  },
});
