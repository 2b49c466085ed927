import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

const RANGE_BEFORE = /\d+(?:\.\d+)?\s?[–-]\s?$/;

export default defineRule({
  meta: {
    id: "unsupported-multiplier",
    category: "differentiation",
    severity: "warning",
    repeats: "advise",
    description: "A multiplier (\"10x faster\", \"50 times more accurate\") with no baseline or measurement behind it.",
    question: "Ten times what, measured how, on which customers' work? What are the two numbers being compared?",
    rationale:
      "Multipliers are the easiest claims to write and the hardest to defend. A reviewer needs the two measurements behind " +
      "it (\"from 40 minutes to 4\"), or the claim reads as invented.",
    examples: {
      flagged: ["Nimbus makes teams 10x more productive.", "Checks are 50 times faster and 30 times more accurate."],
      passes: ["Approval takes 4 hours instead of 3.5 days, about 20 times faster."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const blocks: Block[] = [...analysis.pressReleaseBlocks, ...analysis.answerBlocks];
    const seen = new Set<number>();
    const ownMeasurement = ctx.lexicons.matcher("own-measurements");
    for (const { sentence, match } of analysis.matches("multiplier-claims", blocks)) {
      if (seen.has(sentence.span.start.offset)) continue;
      // "1.13× fewer bytes" reads as a measured result; marketing rounds its multipliers.
      if (/^\d+\.\d+/.test(match.text)) continue;
      // The basis in the sentence itself: two measures of the same kind ("from 40 minutes to 4").
      const measures = analysis.measures(sentence).filter((m) => !(m.start >= match.start && m.end <= match.end) && m.unit !== "time");
      const kinds = new Map<string, number>();
      for (const m of measures) kinds.set(m.unit, (kinds.get(m.unit) ?? 0) + 1);
      if ([...kinds.values()].some((n) => n >= 2) || /\binstead of\b|\bfrom\b.{1,40}\bto\b/i.test(sentence.text) && measures.length) continue;
      // "We tried. … the cost was 5–10× the three-layer approach": the team reports its own trial, which is a basis.
      const { sentences } = ctx.doc.blocks[sentence.block];
      const previous = sentences[sentences.indexOf(sentence) - 1];
      if (ownMeasurement.test(sentence.text) || (previous && ownMeasurement.test(previous.text))) continue;
      seen.add(sentence.span.start.offset);
      // A range ("5–10×") is quoted whole, not as its upper end.
      const start = match.start - (RANGE_BEFORE.exec(sentence.text.slice(0, match.start))?.[0].length ?? 0);
      const quoted = sentence.text.slice(start, match.end).trim();
      ctx.report({ message: `"${quoted}" has no stated basis: what two measurements does it compare?`, at: analysis.within(sentence, start, match.end) });
    }
  },
});
