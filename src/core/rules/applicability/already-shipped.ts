import { defineRule } from "../../engine/types";

/** Different weak signs needed before the critic says the product already exists. */
const MIN_HINTS = 2;

export default defineRule({
  meta: {
    id: "already-shipped",
    category: "applicability",
    severity: "warning",
    description:
      "The document describes a product already in users' hands (\"Status: Live\", a release after v1.0, a record of the code as built): the build decision it should inform is behind it.",
    question: "What does the usage of what you shipped show, and which experiment would change what you build next?",
    rationale:
      "Working Backwards is for deciding whether to build something, before the build. Written after launch, a PR/FAQ turns " +
      "into a description of what exists, and nothing in it can still change the team's mind. For a product in use, its " +
      "users' behaviour and small experiments answer the open questions; the document should say what they showed and what comes next.",
    examples: {
      flagged: ["**Status:** Live Product", "In v1.0 we showed teams what their agents could reach. In v1.1 we read the code."],
      passes: ["TAMPERE — August 10, 2027 — Tampere Regional Transport today launched BusBell, a text alert for parents."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const sure = analysis.matches("shipped-product", analysis.proseBlocks);
    const hints = sure.length ? [] : analysis.matches("shipped-product-hints", analysis.proseBlocks);
    const distinctHints = new Set(hints.map((h) => h.match.entry)).size;
    const first = sure[0] ?? (distinctHints >= MIN_HINTS ? hints[0] : undefined);
    if (!first) return;
    ctx.report({
      message:
        `This document describes a product already in use ("${first.match.text}"): a PR/FAQ informs the decision to build, and that ` +
        "decision is behind it. Say what its users' behaviour shows, and which experiment would change what you build next.",
      at: analysis.within(first.sentence, first.match.start, first.match.end),
    });
  },
});
