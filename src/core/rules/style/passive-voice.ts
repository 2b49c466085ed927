import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "passive-voice",
    category: "style",
    severity: "info",
    description: "A passive verb hides who acts where the actor matters (\"will be decided\", \"risks will be addressed\").",
    question: "Who does this, by name or role?",
    rationale:
      "\"The risk will be addressed\" says nobody will address it. In commitments, risks, decisions and metrics, a reviewer " +
      "needs to know who is responsible; the active voice says so.",
    examples: {
      flagged: ["Pricing will be decided later.", "Privacy concerns will be addressed."],
      passes: ["The charge nurse approves every swap.", "Prices were set by the practice owners."],
    },
  },
  check(ctx) {
    const seen = new Set<number>();
    // Where someone must own the outcome: the business-facing FAQ, metrics, kill criteria, decisions, other sections.
    const blocks = [...ctx.analysis.businessEntries.flatMap((e) => e.answer), ...ctx.analysis.blocksOf("success-metrics", "kill-criteria", "decision", "other", "solution")];
    for (const { sentence, match } of ctx.analysis.matches("responsibility-passives", blocks)) {
      if (seen.has(sentence.span.start.offset)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}": by whom?`, at: ctx.analysis.within(sentence, match.start, match.end) });
    }
  },
});
