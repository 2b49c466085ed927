import { defineRule, type RuleContext } from "../../engine/types";
import { figuresDisagree, measureDifferentThings, moneyIn, multipliersIn, type ClaimedFigure } from "../../analysis/claimed-figures";
import type { Measure } from "../../analysis/measures";
import type { Block, Sentence } from "../../model/types";

/** Words before a number that make it a change, a bound or a part, not the total. */
const QUALIFIED = /\b(?:fewer|more|less|over|under|above|below|at least|at most|up to|about|around|roughly|nearly|almost|approximately|than|to|from|within|another|extra|additional|new|first|last|only|per|each|every|of)\s+$/i;
/** Sentences about the future or a goal: their numbers are targets, not facts to reconcile. */
const TARGET = /\b(?:will|expect\w*|target\w*|goal|aim\w*|plan\w*|forecast\w*|project(?:ed|ion)|reach(?:es)?|grow(?:s|n|th|ing)?|grew|by (?:19|20)\d{2}|could|would|might|if|f[ae]ll|falls|falling|r[io]se|rises|rising|drop\w*|increas\w*|decreas\w*|cut|cuts|sav(?:e|ed|es|ing)|reduc\w*|fewer|more than|less than)\b/i;

const SUBSET_AFTER = /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:who|that|which|whose|[\p{L}]+ed)\b/iu;

const TOTAL_BEFORE = /\b(?:our|the|its|their|all|all of our|a total of|total)\s+$/i;

/**
 * Below this a count is usually a part of something ("58 nurses joined the pilot"), so it is compared only as the scope the
 * summary states against an FAQ answer that states it flatly.
 */
const SMALL_COUNT = 1000;
/** "A network of 120 probes", "residents of 30 homes": "of" after a noun names the whole; after "one" or "most" it is a part. */
const PART_OF_BEFORE = /\b(?:\d[\d,.]*|one|two|three|four|five|some|most|many|few|several|half|all|none|each|any|share|third|quarter|percent|%)\s+of\s+$/i;
/**
 * "Opened to 14 shipping lines", "delivers to 45 homes": in a sentence with no change in it (those are skipped as targets),
 * "to" names who gets it; "up to", "close to" and "compared to" still bound or compare.
 */
const TO_WHOM_BEFORE = /\bto\s+$/i;
const BOUND_TO_BEFORE = /\b(?:up|close|closer|next|compared|equal|similar|relative|due|from|\d[\d,.]*)\s+to\s+$/i;
/** An answer about a stage or a part of the rollout counts that part, not the whole. */
const PART_OF_ROLLOUT = /\b(?:pilot\w*|trial\w*|beta|phase|wave|so far|initial\w*|first|next|later|remaining|rest|out of|of them|of those|of these|only|alone|including|except|excluding)\b/i;

/** A count large enough to be a total worth reconciling across the document. */
function isLargeCount(measure: Measure): measure is Measure & { value: number } {
  return measure.kind === "count" && measure.value !== null && measure.value >= 1000;
}

/** A count below SMALL_COUNT (and above one): compared only as the summary's scope. */
function isSmallCount(measure: Measure): measure is Measure & { value: number } {
  return measure.kind === "count" && measure.value !== null && measure.value >= 2 && measure.value < SMALL_COUNT;
}

interface Stated {
  figure: ClaimedFigure;
  sentence: Sentence;
}

interface Total {
  measure: Measure;
  sentence: Sentence;
}

export default defineRule({
  meta: {
    id: "inconsistent-quantity",
    category: "evidence",
    severity: "warning",
    description:
      "The same quantity is given different values in two places: \"50K users\" here, \"100K users\" there; \"10 times faster\" in the " +
      "headline, \"2x to 5x faster\" in the FAQ; a prize fund of 50K USD, then of 100K USD.",
    question: "Which figure is right, and where does it come from?",
    rationale:
      "When one count appears with two values, a reviewer stops trusting every number in the document. Usually one of them " +
      "is an old draft's figure; sometimes they count different things and the text should say so.",
    examples: {
      flagged: ["The app has 50K users. … Our 100K users asked for it.", "# Builds 10 Times Faster … A: In our tests, builds ran 2x to 5x faster."],
      passes: ["212 nurses work on the four wards; 58 of them joined the pilot."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const excluded = new Set(analysis.blocksOf("success-metrics", "kill-criteria"));
    const firstByUnit = new Map<string, Total>();
    const reported = new Set<string>();
    for (const block of analysis.proseBlocks) {
      if (excluded.has(block) || block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        const measures = analysis.measures(sentence);
        // The target pattern is long and most sentences hold no count it could rule out.
        if (!measures.some(isLargeCount) || TARGET.test(sentence.text)) continue;
        // Two counts of one thing in one sentence describe a change or a range, not a contradiction.
        const units = measures.map((m) => m.unit);
        for (const measure of measures) {
          if (!isLargeCount(measure)) continue;
          if (units.filter((u) => u === measure.unit).length > 1) continue;
          if (QUALIFIED.test(sentence.text.slice(0, measure.start))) continue;
          // "2,300 restaurants opened last year", "1,200 parents who signed up": a subset, not the total.
          // "Our 100,000 users asked for it" still counts all of them.
          if (SUBSET_AFTER.test(sentence.text.slice(measure.end)) && !TOTAL_BEFORE.test(sentence.text.slice(0, measure.start))) continue;
          const first = firstByUnit.get(measure.unit);
          if (!first) {
            firstByUnit.set(measure.unit, { measure, sentence });
            continue;
          }
          const a = first.measure.value!;
          const b = measure.value;
          if (Math.abs(a - b) / Math.max(a, b) < 0.02 || reported.has(measure.unit)) continue;
          reported.add(measure.unit);
          ctx.report({
            message: `"${measure.text} ${measure.unit}s" here, but "${first.measure.text}" on line ${first.sentence.span.start.line}.`,
            at: analysis.within(sentence, measure.start, measure.end),
            related: [{ at: analysis.within(first.sentence, first.measure.start, first.measure.end), message: "The other value." }],
          });
        }
      }
    }
    reportSmallScopes(ctx, excluded, reported);
    reportFigures(ctx, excluded);
  },
});

/** Counts the summary states as a fact, one of each unit: the launch's scope ("for residents of 30 care homes"). */
function scopesOf(ctx: RuleContext): Map<string, Total> {
  const { analysis } = ctx;
  const scopes = new Map<string, Total>();
  const repeated = new Set<string>();
  for (const block of analysis.blocksOf("summary")) {
    for (const sentence of block.sentences) {
      const measures = analysis.measures(sentence);
      if (!measures.some(isSmallCount) || TARGET.test(sentence.text)) continue;
      for (const measure of statedCounts(measures, sentence.text, true)) {
        if (scopes.has(measure.unit)) repeated.add(measure.unit);
        else scopes.set(measure.unit, { measure, sentence });
      }
    }
  }
  // A summary that gives two counts of one thing is already counting parts.
  for (const unit of repeated) scopes.delete(unit);
  return scopes;
}

/** Small counts that stand alone in their sentence, neither a bound, a part nor one of two counts of the same thing. */
function statedCounts(measures: Measure[], text: string, ofWholeAllowed: boolean): Measure[] {
  return measures.filter((measure) => {
    if (!isSmallCount(measure)) return false;
    if (measures.some((other) => other !== measure && other.unit === measure.unit)) return false;
    const before = text.slice(0, measure.start);
    const toWhom = TO_WHOM_BEFORE.test(before) && !BOUND_TO_BEFORE.test(before);
    const ofWhole = ofWholeAllowed && /\bof\s+$/i.test(before) && !PART_OF_BEFORE.test(before);
    if (QUALIFIED.test(before) && !toWhom && !ofWhole) return false;
    return !(SUBSET_AFTER.test(text.slice(measure.end)) && !TOTAL_BEFORE.test(before));
  });
}

/**
 * The summary's scope against an FAQ answer that gives the same small count another value: "120 temperature probes" in the
 * summary, "the association has bought 200 probes" in the FAQ. Both are facts about the launch, so one of them is wrong.
 */
function reportSmallScopes(ctx: RuleContext, excluded: Set<Block>, reported: Set<string>): void {
  const { analysis } = ctx;
  const scopes = scopesOf(ctx);
  if (!scopes.size) return;
  for (const entry of analysis.faqEntries) {
    for (const block of entry.answer) {
      if (excluded.has(block) || block.kind !== "paragraph") continue;
      for (const sentence of block.sentences) {
        const measures = analysis.measures(sentence);
        if (!measures.some(isSmallCount) || TARGET.test(sentence.text) || PART_OF_ROLLOUT.test(sentence.text)) continue;
        for (const measure of statedCounts(measures, sentence.text, false)) {
          const scope = scopes.get(measure.unit);
          if (!scope || reported.has(measure.unit) || measure.value === scope.measure.value) continue;
          reported.add(measure.unit);
          ctx.report({
            message: `"${measure.text} ${measure.unit}s" here, but "${scope.measure.text}" in the summary (line ${scope.sentence.span.start.line}).`,
            at: analysis.within(sentence, measure.start, measure.end),
            related: [{ at: analysis.within(scope.sentence, scope.measure.start, scope.measure.end), message: "The other value." }],
          });
        }
      }
    }
  }
}

/** Multipliers and sums of money: the same speed-up or fund stated with values that cannot both be right. */
function reportFigures(ctx: RuleContext, excluded: Set<Block>): void {
  const { analysis } = ctx;
  const seen = new Map<string, Stated[]>();
  const reported = new Set<string>();
  for (const block of analysis.proseBlocks) {
    if (excluded.has(block)) continue;
    for (const sentence of block.sentences) {
      const figures = [...multipliersIn(sentence.text), ...moneyIn(sentence.text, analysis.measures(sentence))];
      for (const figure of figures) {
        if (reported.has(figure.key)) continue;
        const earlier = seen.get(figure.key) ?? [];
        const other = earlier.find((e) => figuresDisagree(e.figure, figure) && !measureDifferentThings(e.figure, figure));
        if (!other) {
          seen.set(figure.key, [...earlier, { figure, sentence }]);
          continue;
        }
        reported.add(figure.key);
        ctx.report({
          message: `"${figure.text}" here, but "${other.figure.text}" on line ${other.sentence.span.start.line}.`,
          at: analysis.within(sentence, figure.start, figure.end),
          related: [{ at: analysis.within(other.sentence, other.figure.start, other.figure.end), message: "The other value." }],
        });
      }
    }
  }
}
