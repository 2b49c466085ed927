import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "weasel-words",
    category: "evidence",
    severity: "warning",
    description: "Weasel words and vague quantifiers (\"significantly\", \"many customers\", \"up to 80% faster\") where a number should be.",
    question: "How much, exactly, and how many customers? What is the number behind the word?",
    rationale:
      "\"Significantly\" and \"many customers\" sound like evidence and commit to nothing. Reviewers read them as a sign that " +
      "the number is missing, or unflattering. \"Up to\" promises only the best case.",
    examples: {
      flagged: ["Many customers say onboarding takes significantly longer than it should.", "Cuts review time by up to 80% less."],
      passes: ["Onboarding took a median of 11 days for the 40 customers who started in March."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const seen = new Set<number>();
    for (const { sentence, match } of analysis.matches("weasel-words")) {
      if (seen.has(sentence.span.start.offset)) continue;
      // A measured quantity beside an adverb gives the number it stood for ("significantly: from 9 days to 2").
      if (/ly$/i.test(match.text) && analysis.measures(sentence).length) continue;
      const block = analysis.blockOf(sentence);
      if (block.kind === "heading") continue;
      // "How many customers have this problem?" asks for the number; it doesn't dodge it.
      if (/\bhow\s+$/i.test(sentence.text.slice(0, match.start)) || /\?\s*["”*]*$/.test(sentence.text) && /^(?:how|what|which|are|do|does|will|would|is)\b/i.test(sentence.text.trim())) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" stands where a number should be.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
