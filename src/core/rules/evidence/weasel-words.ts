import { WORDING_POINT_INSTANCES } from "../../engine/restraint";
import type { Analysis } from "../../analysis/analysis";
import { defineRule, type SuggestionDescriptor } from "../../engine/types";
import type { Sentence } from "../../model/types";

/**
 * An intensifier ("significantly longer") can go without changing what the
 * sentence claims, so the rule offers to delete it with the space after it;
 * a quantifier ("many customers", "up to") can't, and gets no replacement.
 */
function intensifierDeletion(sentence: Sentence, match: { text: string; start: number; end: number }, analysis: Analysis): SuggestionDescriptor | undefined {
  // "Arguably" hedges rather than intensifies: without it the claim would be stronger, not plainer.
  if (!/^[a-z]+ly$/i.test(match.text) || /^arguably$/i.test(match.text)) return undefined;
  const following = /^[ \t]+(?=\S)/.exec(sentence.text.slice(match.end))?.[0].length ?? 0;
  const preceding = following ? 0 : (/[ \t]+$/.exec(sentence.text.slice(0, match.start))?.[0].length ?? 0);
  if (!following && !preceding) return undefined;
  return { title: `Delete "${match.text}", then give the number it stood for`, replacement: "", at: analysis.within(sentence, match.start - preceding, match.end + following) };
}

export default defineRule({
  meta: {
    id: "weasel-words",
    category: "evidence",
    severity: "warning",
    repeats: "advise",
    instances: WORDING_POINT_INSTANCES,
    wording: "where-customers-read",
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
      // A measured quantity beside an adverb gives the number it stood for ("significantly: from 9 days to 2"),
      // and beside "most teams" it is the claim, with the typical case named ("Most teams migrate in a half day").
      if ((/ly$/i.test(match.text) || /^(?:most|many)\s/i.test(match.text)) && analysis.measures(sentence).length) continue;
      const block = analysis.blockOf(sentence);
      if (block.kind === "heading") continue;
      // "How many customers have this problem?" asks for the number; it doesn't dodge it.
      if (/\bhow\s+$/i.test(sentence.text.slice(0, match.start)) || /\?\s*["”*]*$/.test(sentence.text) && /^(?:how|what|which|are|do|does|will|would|is)\b/i.test(sentence.text.trim())) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" stands where a number should be.`, at: analysis.within(sentence, match.start, match.end), suggestion: intensifierDeletion(sentence, match, analysis) });
    }
  },
});
