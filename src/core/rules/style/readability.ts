import { readsAsEnglish } from "../../analysis/language";
import { readabilityOf } from "../../analysis/readability";
import { defineRule, numberOption } from "../../engine/types";

const DEFAULT_MAX_GRADE = 12;
/** Shorter paragraphs give the formula too little to go on. */
const MIN_WORDS = 40;

export default defineRule({
  meta: {
    id: "readability",
    category: "style",
    severity: "info",
    description: "Paragraphs read at about grade 10 or below (Flesch-Kincaid); denser ones are flagged above grade 12.",
    question: "Can this paragraph use shorter sentences and plainer words, so a customer reads it in one pass?",
    rationale:
      "A press release is written for the customer, not for the team. Long words and long sentences slow every reader " +
      "down and hide the claim a reviewer should question. Option: `max` grade (default 12).",
    examples: {
      flagged: ["Comprehensive organisational transformation necessitates institutionalised interdepartmental coordination mechanisms facilitating continuous operational optimisation."],
      passes: ["When a reviewer records a failed inspection, the owner gets a text the same day with the inspector's note."],
    },
  },
  check(ctx) {
    const max = numberOption(ctx, "max", DEFAULT_MAX_GRADE);
    if (!ctx.analysis.isEnglish) return;
    for (const block of ctx.analysis.pressReleaseBlocks) {
      if (block.kind !== "paragraph") continue;
      // The grade formula counts English syllables: on another language its number means nothing.
      if (!readsAsEnglish(block.sentences.flatMap((s) => ctx.analysis.tokensOf(s).map((t) => t.norm)), 0.03)) continue;
      const r = ctx.analysis.memoText("readability", block.text, () => readabilityOf(block.sentences.map((s) => s.text)));
      if (r.words < MIN_WORDS || r.grade <= max) continue;
      ctx.report({ message: `This paragraph reads at grade ${r.grade}; aim for about 10.`, at: { block } });
    }
  },
});
