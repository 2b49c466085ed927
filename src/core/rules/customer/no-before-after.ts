import { defineRule } from "../../engine/types";
import type { Sentence } from "../../model/types";

const BEFORE = new Set(["headline", "subheading", "summary", "problem"]);
const AFTER = new Set(["solution", "quote", "getting-started"]);

export default defineRule({
  meta: {
    id: "no-before-after",
    category: "customer",
    severity: "info",
    description: "The representative customer appears only once: there is no picture of their day before and after the product.",
    question: "What does this customer's day look like today, and what does it look like once they use the product?",
    rationale:
      "The before-and-after of one customer's day is where the benefit becomes concrete and checkable. A customer who is " +
      "named in the problem but never seen using the product leaves the reader to imagine the change.",
    examples: {
      flagged: ["Aino waits for the bus in the dark; later, the solution paragraph talks only about the product's features."],
      passes: ["Aino waits 20 minutes in the cold today. \"Eero now leaves when the text arrives,\" said Aino after the pilot."],
    },
  },
  check(ctx) {
    const reps = ctx.analysis.representativeCustomers;
    if (!reps.length) return;
    const names = new Set(reps.flatMap((r) => r.parts).filter((p) => p.length > 2));
    let before: Sentence | null = null;
    let after = false;
    for (const { mention, sentence, part } of ctx.analysis.peopleInPressRelease) {
      if (!mention.parts.some((p) => names.has(p))) continue;
      const kind = part?.kind ?? "";
      if (BEFORE.has(kind)) before ??= sentence;
      if (AFTER.has(kind)) after = true;
    }
    if (reps.some((r) => r.quote)) after = true;
    // A first name alone ("Aino now leaves…") in the solution also shows the after.
    if (!after) {
      for (const block of ctx.analysis.blocksOf("solution", "getting-started")) {
        if (block.sentences.some((s) => ctx.analysis.tokensOf(s).some((t) => names.has(t.norm)))) after = true;
      }
    }
    if (!before) {
      for (const block of ctx.analysis.blocksOf("summary", "problem")) {
        const hit = block.sentences.find((s) => ctx.analysis.tokensOf(s).some((t) => names.has(t.norm)));
        if (hit) {
          before = hit;
          break;
        }
      }
    }
    if (before && after) return;
    const rep = reps[0];
    const message = before
      ? `${rep.name} appears in the problem but is never shown using the product.`
      : rep.quote
        ? `${rep.name} is quoted, but the press release never shows their day before the product.`
        : `${rep.name} appears only once: the press release never shows their day before and after the product.`;
    const at = before ? { sentence: before } : rep.sentence ? { sentence: rep.sentence } : rep.quote ? { span: rep.quote.span } : ctx.analysis.topTarget;
    ctx.report({ message, at });
  },
});
