import { ENGLISH_ABSENCE_RULES, ENGLISH_PRESENCE_RULES } from "../../engine/languages";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "language-not-checked",
    category: "applicability",
    severity: "info",
    description: "The document is not in English: says once which checks can't read it, so silence is not taken for approval.",
    question: "Which of these would a reviewer who reads the language ask about, and what is the answer?",
    rationale:
      "Most checks read English word lists. On another language the ones that look for a phrase find nothing, and the ones " +
      "that look for something missing can only advise. The categories they cover are reported as unchecked, never solid, " +
      "so a reader knows what still needs a person's review. The structure checks read translated headings and do run.",
    examples: {
      flagged: ["# Produkt-Pressemitteilung\n\nWir stellen heute ein neues Werkzeug für Hausverwaltungen vor, das die Abrechnung der Nebenkosten übernimmt und die Fehler der Mieter sofort meldet."],
      passes: ["Owners of independent restaurants in Austin wait a median of 127 days for permits."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    if (analysis.isEnglish) return;
    const name = analysis.language.name;
    ctx.report({
      message:
        `This document reads as ${name}. ${ENGLISH_PRESENCE_RULES.size} checks that look for English words and phrases ` +
        `(${[...ENGLISH_PRESENCE_RULES].slice(0, 5).join(", ")}…) can't read ${name} text, and ${ENGLISH_ABSENCE_RULES.size} that look for something ` +
        `missing (${[...ENGLISH_ABSENCE_RULES].slice(0, 5).join(", ")}…) only advise. The categories they cover are unchecked, not solid: ` +
        `a reviewer who reads ${name} must judge them. \`prfaq rules\` lists every check.`,
      at: analysis.topTarget,
    });
  },
});
