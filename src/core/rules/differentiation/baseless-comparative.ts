import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/** A baseline in the same sentence: "faster than the paper form", "from 3.5 days to under one". */
const BASELINE = /\bthan\b|\binstead of\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\.?\b|\bunlike\b|\brather than\b|\bfrom\b.{1,40}\bto\b|\bthe (?:paper|old|current|existing|manual)\b/i;
const MULTIPLIED = /(?:\d(?:[.,]\d+)?\s?[x×]|\btimes|\btwice as|\bthrice as|\bfold)\s*$/i;
/** A sentence that states how things are today sets the baseline for a comparative in the sentence after it. */
const STATUS_QUO = /\btoday\b|\bcurrently\b|\buntil now\b|\bused to\b|\bat present\b|\btraditionally\b|\bby hand\b|\bmanually\b|\bthe (?:paper|old|current|existing|manual|usual)\b/i;
/** An FAQ question that names the alternative ("Why not use job board APIs?", "How does it differ from X?") is the baseline of its answer. */
const QUESTION_BASELINE =
  /\bwhy not\b|\bthan\b|\binstead of\b|\brather than\b|\bvs\.?(?!\p{L})|\bversus\b|\bcompar\w*|\bdiffer\w*|\balternatives?\b|\bswitch(?:ing)? from\b|\bover (?:a |an |the |using |just |\p{Lu})/iu;
/** "Subsequent runs are faster", "it gets better over time": the product compared with its own first use. */
const SELF_BASELINE =
  /\b(?:subsequent|later|repeat(?:ed)?|follow-up|second|next|future) (?:\p{L}+ )?(?:runs?|visits?|times?|uses?|builds?|loads?|calls?|orders?|requests?|searches|queries|sessions?|launches?|attempts?|imports?|syncs?|scans?)\b|\bover time\b|\bwith (?:each|every) (?:use|run|visit|week|month)\b/iu;
/** Comparatives in set phrases that compare nothing. */
const IDIOM = /^(?:better off|better still|for the better|better known|better-known|better yet|all the better|the better part|get better at|so much the better)/i;

/** "We want to understand how it makes your life easier": an embedded question asks, it claims nothing. */
const ASKED = /\b(?:understand|know|learn|hear|ask|asking|tell us|find out|curious|wonder|measure|test|explore|check)\s+(?:\w+\s+){0,2}?(?:how|whether|if)\s+[^.,;:]*$/i;
const NEGATED = /\b(?:can't|cannot|can not|couldn't|won't|will not|wouldn't|doesn't|does not|don't|do not|didn't|isn't|is not|aren't|are not|wasn't|weren't|not|no|never)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

export default defineRule({
  meta: {
    id: "baseless-comparative",
    category: "differentiation",
    severity: "warning",
    description: "A comparative (\"faster\", \"easier\", \"more powerful\") with no baseline: faster than what, by how much?",
    question: "Compared with what customers use today, by how much, and how was it measured?",
    rationale:
      "\"Faster\" is a claim that can't be checked until it says faster than what and by how much. Reviewers will ask; " +
      "the document should already answer with the baseline and the measured difference.",
    examples: {
      flagged: ["SalesSphere is simpler, smarter and more powerful.", "Nimbus makes your team faster."],
      passes: ["Swaps are approved in a median of 4 hours instead of 3.5 days.", "Search is faster than the paper index: 8 seconds instead of 4 minutes."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const blocks: Block[] = [...analysis.pressReleaseBlocks, ...analysis.answerBlocks];
    const seen = new Set<string>();
    const askedAbout = new Map<Block, string>();
    for (const entry of analysis.faqEntries) for (const block of entry.answer) askedAbout.set(block, entry.questionText);
    for (const { sentence, match } of analysis.matches("comparatives", blocks)) {
      const key = `${sentence.span.start.offset}`;
      if (seen.has(key)) continue;
      if (IDIOM.test(sentence.text.slice(match.start)) || analysis.isCompound(sentence, match.end)) continue;
      // "10x more productive" is the multiplier rule's finding.
      if (MULTIPLIED.test(sentence.text.slice(0, match.start))) continue;
      // "Our vets can't work faster" claims nothing about the product.
      if (NEGATED.test(sentence.text.slice(0, match.start)) || ASKED.test(sentence.text.slice(0, match.start))) continue;
      if (BASELINE.test(sentence.text) || SELF_BASELINE.test(sentence.text) || analysis.measures(sentence).length) continue;
      const block = analysis.blockOf(sentence);
      if (QUESTION_BASELINE.test(askedAbout.get(block) ?? "")) continue;
      const before = block.sentences[block.sentences.indexOf(sentence) - 1];
      if (before && (BASELINE.test(before.text) || STATUS_QUO.test(before.text))) continue;
      seen.add(key);
      ctx.report({ message: `"${match.text}" than what? The sentence gives no baseline.`, at: analysis.within(sentence, match.start, match.end) });
    }
  },
});
