import { defineRule } from "../../engine/types";
import { PRESS_RELEASE_KINDS, type Part } from "../../model/types";


export default defineRule({
  meta: {
    id: "part-order",
    category: "structure",
    severity: "warning",
    description: "The press release comes first, then the customer FAQ, then the internal FAQ.",
    question: "Can a reader meet the customer and the product before the questions about them?",
    rationale:
      "Reviewers read a PR/FAQ in one pass, silently. The press release sets up the customer and the product; the FAQs only make " +
      "sense after it. Customer questions come before internal ones because the customer comes first.",
    examples: {
      flagged: ["An internal FAQ placed before the customer FAQ.", "Kill criteria written above the headline."],
      passes: ["Headline, press release, customer FAQ, internal FAQ, success metrics, kill criteria."],
    },
  },
  check(ctx) {
    const parts = ctx.doc.parts;
    const firstFaq = parts.find((p) => p.kind === "faq" && p.entries.length > 0);
    if (firstFaq) {
      // A part the reader inferred from an answer ("How do I install it?") is the FAQ doing its job, not a misplaced section.
      // When the release already states that part, a later one (an appendix note, a FAQ item on "problems in data
      // collection") is about something else: the release's own statement is the one whose place counts.
      const statedBefore = (kind: Part["kind"]) => parts.some((p) => p.kind === kind && p.span.start.offset < firstFaq.span.start.offset);
      const late = parts.find((p) => PRESS_RELEASE_KINDS.has(p.kind) && p.span.start.offset > firstFaq.span.start.offset && p.kind !== "quote" && p.label !== null && !statedBefore(p.kind));
      if (late) {
        ctx.report({ message: `The ${late.kind.replace("-", " ")} comes after the FAQ has started.`, at: { span: late.span } });
      }
    }
    const customer = ctx.analysis.faqs.find((f) => f.audience === "customer");
    const internal = ctx.analysis.faqs.find((f) => f.audience === "internal");
    if (customer && internal && internal.span.start.offset < customer.span.start.offset) {
      ctx.report({
        message: "The internal FAQ comes before the customer FAQ.",
        at: { span: internal.label?.span ?? internal.span },
        severity: "info",
        question: "Would the customer's questions read better first, before the business's?",
      });
    }
    const firstPr = parts.find((p) => PRESS_RELEASE_KINDS.has(p.kind));
    for (const kind of ["success-metrics", "kill-criteria"] as const) {
      const part = parts.find((p) => p.kind === kind);
      if (part && firstPr && part.span.start.offset < firstPr.span.start.offset) {
        ctx.report({ message: `The ${kind.replace("-", " ")} come before the press release.`, at: { span: part.label?.span ?? part.span }, severity: "info" });
      }
    }
  },
});
