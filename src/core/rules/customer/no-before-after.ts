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
    const { analysis } = ctx;
    const reps = analysis.representativeCustomers;
    if (!reps.length) return;
    const mentions = (parts: string[], kinds: Set<string>): Sentence | null => {
      const names = new Set(parts.filter((p) => p.length > 2));
      for (const block of analysis.doc.parts.filter((p) => kinds.has(p.kind) && !(p.kind === "quote" && p.voice === "spokesperson")).flatMap((p) => p.blocks)) {
        // A first name alone ("Aino now leaves…") counts as a mention.
        const hit = block.sentences.find((s) => analysis.tokensOf(s).some((t) => names.has(t.norm)));
        if (hit) return hit;
      }
      return null;
    };
    let first: { before: Sentence | null; rep: (typeof reps)[number] } | null = null;
    for (const rep of reps) {
      const before = mentions(rep.parts, BEFORE);
      const after = !!rep.quote || !!mentions(rep.parts, AFTER) || reps.some((r) => r.quote && r.parts.some((p) => rep.parts.includes(p)));
      if (before && after) return;
      first ??= { before, rep };
    }
    if (!first) return;
    const { before, rep } = first;
    const message = before
      ? `${rep.name} appears in the problem but is never shown using the product.`
      : rep.quote
        ? `${rep.name} is quoted, but the press release never shows their day before the product.`
        : `${rep.name} appears only once: the press release never shows their day before and after the product.`;
    const at = before ? { sentence: before } : rep.sentence ? { sentence: rep.sentence } : rep.quote ? { span: rep.quote.span } : analysis.topTarget;
    ctx.report({ message, at });
  },
});
