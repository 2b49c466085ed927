import { defineRule } from "../../engine/types";

/** A source or an observation in the sentence backs the claim. */
const SOURCE = /\baccording to\b|\bsurvey\w*\b|\binterview\w*\b|\bwe (?:asked|measured|found|saw|observed|counted|tested)\b|\bin (?:our|the) (?:pilot|trial|beta|study|test)\b|\bdata from\b|\breport(?:ed|s)? (?:by|from)\b|\bsource:|\[\d+\]|\bhttps?:/i;

/**
 * "If parents want a second stop…" is a condition, and "we love hearing what users want" names a thing to find out
 * ("what", "how", "which" open a clause that is the object of another verb): neither claims anything.
 */
const SUBORDINATE = /\b(?:if|when|whenever|unless|where|wherever|who|whoever|that|as|once|because|so|and|or|whether|until|while|what|whatever|which|whichever|how|why)\s+(?:\w+\s+)?$/i;

/** A determiner or a kind of study before "studies show" points at particular studies. */
const NAMED_STUDIES_BEFORE = /\b(?:the|these|those|this|our|my|their|its|both|case|pilot|beta|user|usability)\s+$/i;

export default defineRule({
  meta: {
    id: "unsupported-claim",
    category: "evidence",
    severity: "warning",
    description: "A claim about customers or the market stated as fact with no source (\"customers want…\", \"there is huge demand\").",
    question: "How do you know? Which customers, how many, and where does the evidence come from?",
    rationale:
      "\"Customers want this\" is the hypothesis the PR/FAQ exists to test, not a fact to start from. A claim with its " +
      "source (\"31 of the 40 practices we surveyed…\") can be weighed; a bare one can only be believed or doubted.",
    examples: {
      flagged: ["Customers want a single place for all their notes.", "There is huge demand for AI-powered CRMs."],
      passes: ["In our survey, 31 of 40 practices said they want reminders sent for them."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const questions = new Set(analysis.faqEntries.map((e) => e.question));
    const seen = new Set<number>();
    for (const { sentence, match } of analysis.matches("unsupported-claims")) {
      const block = analysis.blockOf(sentence);
      if (questions.has(block) || block.kind === "heading" || seen.has(sentence.span.start.offset)) continue;
      if (/\?\s*$/.test(sentence.text)) continue;
      if (SOURCE.test(sentence.text) || analysis.measures(sentence).length) continue;
      if (SUBORDINATE.test(sentence.text.slice(0, match.start))) continue;
      // "The case studies show", "our surveys show": studies the document points at, not an appeal to unnamed ones.
      if (NAMED_STUDIES_BEFORE.test(sentence.text.slice(0, match.start)) && /^(?:studies|research|surveys|data)\b/i.test(match.text)) continue;
      // "Parents need to enter the pupil number" describes a step, not a demand.
      if (/^\s+to\b/i.test(sentence.text.slice(match.end)) && /\b(?:want|need)$/i.test(match.text)) continue;
      seen.add(sentence.span.start.offset);
      ctx.report({ message: `"${match.text}" is stated as fact, with no source or number.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
