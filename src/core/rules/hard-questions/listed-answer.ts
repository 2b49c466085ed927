import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/** The hard questions that ask for a reason, not a description. */
const WHY_QUESTIONS = new Set(["why-not-done", "why-now"]);

/**
 * Words that carry a reason or a change over time: a list item with one of
 * them explains ("Until 2025 the data was not public"); without any, the
 * list describes the product. A price ("A share costs £50") describes the
 * offer, not what stood in the way, and "before" counts only as a time
 * ("before 2024", "before now"), not as an order of steps ("before they cook").
 */
const REASON =
  /\b(?:because|since|until|till|only (?:now|recently)|now that|no longer|used to|previously|before (?:\d{4}|now|then|(?:last|this) (?:year|decade))|so far|(?:could|would|did|was|were|had|has|have|is|are|do|does)(?:n't| not)|cannot|can't|no one|nobody|none|never|lack\w*|without|requir\w*|too|cost\w*(?!\s+(?:only |just |about |around )?(?:[£$€¥₹]|\d))|expensive|cheap\w*|hard|difficult|regulat\w*|law|legal|barrier\w*|blocked|failed|tried|changed?|matured?|arrived|emerged|became|grew|fell|dropped|years?|decades?|\d{4})\b/i;

const isLeadIn = (block: Block) => block.listDepth === 0 && /:\s*$/.test(block.text.trim());

export default defineRule({
  meta: {
    id: "listed-answer",
    category: "hard-questions",
    severity: "warning",
    description: "\"Why hasn't this been done before?\" or \"Why now?\" answered with a list of features instead of a reason.",
    question: "What stopped anyone before, or what changed to make it possible now? Which of these features could not have been built five years ago, and why?",
    rationale:
      "A why question asks for a cause: a barrier that fell, a cost that dropped, a rule that changed, an attempt that failed. " +
      "A list of what the product does describes it a second time and leaves the question open, which is the answer a " +
      "reviewer was testing for: if nothing stopped others, the idea is either taken or not wanted.",
    examples: {
      flagged: ["Why hasn't anyone done this?\n- Real-time bus positions\n- Texts to parents\n- A dashboard for schools"],
      passes: ["Why hasn't anyone done this?\n- Until 2026 buses reported their position only to the driver's radio\n- Texts cost 9 cents each until the city's contract"],
    },
  },
  check(ctx) {
    for (const asked of ctx.analysis.askedQuestions) {
      if (!asked.asks.some((q) => WHY_QUESTIONS.has(q.id))) continue;
      const blocks = asked.entry.answer.filter((b) => b.text.trim());
      const items = blocks.filter((b) => b.listDepth > 0);
      // Prose beside the list may hold the reason; only a bare list (with at most a lead-in ending in a colon) is judged.
      if (items.length < 2 || blocks.some((b) => b.listDepth === 0 && !isLeadIn(b))) continue;
      if (blocks.some((b) => REASON.test(b.text))) continue;
      ctx.report({
        message: `"${asked.entry.questionText}" is answered with a list of ${items.length} features, not a reason.`,
        at: { block: asked.entry.question },
      });
    }
  },
});
