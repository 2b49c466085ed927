import { moneyNouns, multiplierComparatives } from "../lexicons/quantity-keys";
import type { Measure } from "./measures";

/**
 * Figures a reader compares across a document besides counts: multipliers
 * ("10 times faster", "2x to 5x faster") and sums of money named by what they
 * pay for ("a prize fund of 50K USD"). Each comes with a key naming what it
 * measures; two figures with one key and different values disagree.
 */
export interface ClaimedFigure {
  key: string;
  /** Lowest and highest value stated: equal unless it is a range. */
  low: number;
  high: number;
  text: string;
  start: number;
  end: number;
  /** Content words just before the figure ("test suites run"): what is being measured, when the key alone cannot say. */
  context: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100, "a hundred": 100,
};
const NUM = `\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")}`;
const MULTIPLIER = new RegExp(
  `(?<![\\w.])(?:(${NUM})\\s?(?:x|×|times)?\\s?(?:to|-|–)\\s?)?(${NUM})\\s?(?:x|×|-fold|fold|\\s+times)\\s+(${multiplierComparatives.join("|")})\\b(?:\\s+([a-z]+))?`,
  "gi",
);
/**
 * The end of a number and the multiplier sign after it, which every MULTIPLIER match holds. Few sentences have one, and
 * this finds that far faster than MULTIPLIER, which tries its look-behind and both numbers at every character.
 */
const MULTIPLIER_SIGN = new RegExp(`(?:\\d|${Object.keys(NUMBER_WORDS).join("|")})\\s?(?:x|×|-fold|fold|\\s+times)\\s`, "i");
/** A figure someone hopes for or caps is not a measured value: "up to 10x", "could be 3x". */
const HEDGED_BEFORE = /\b(?:up to|as much as|as many as|over|more than|at least|nearly|almost|about|around|roughly)\s+$/i;
const HEDGED_SENTENCE = /\b(?:target\w*|goal|aim\w*|hope\w*|if|could|might|would|expect\w*|estimate\w*)\b/i;

const STOP = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "is", "are", "was", "were", "be", "it", "its",
  "this", "that", "we", "our", "your", "their", "you", "they", "makes", "make", "made", "get", "gets", "up", "than", "has", "have",
]);

function valueOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number.parseFloat(word);
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

function contentWordsBefore(text: string, index: number, count: number): string[] {
  const words = text.slice(Math.max(0, index - 60), index).toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  return words.slice(-count).filter((w) => !STOP.has(w)).map(singular);
}

/** Multipliers with what they compare: "10 times faster" is { key: "faster", low: 10, high: 10 }. */
export function multipliersIn(text: string): ClaimedFigure[] {
  if (!MULTIPLIER_SIGN.test(text) || HEDGED_SENTENCE.test(text)) return [];
  const out: ClaimedFigure[] = [];
  for (const m of text.matchAll(MULTIPLIER)) {
    if (HEDGED_BEFORE.test(text.slice(0, m.index))) continue;
    const comparative = m[3].toLowerCase();
    const next = m[4]?.toLowerCase();
    if (/^(?:more|less|fewer)$/.test(comparative) && (!next || next === "than")) continue;
    const after = text.slice(m.index + m[0].length);
    // "2x faster than Jenkins" and "10x faster than by hand" measure against different things.
    const baseline = /^\s*than\s+([a-z][\w-]*)/i.exec(next === "than" ? `than${after}` : after)?.[1]?.toLowerCase() ?? "";
    const values = [m[1], m[2]].filter((v): v is string => v !== undefined).map(valueOf);
    out.push({
      key: [comparative, /^(?:more|less|fewer)$/.test(comparative) ? next : "", baseline && `than ${baseline}`].filter(Boolean).join(" "),
      low: Math.min(...values),
      high: Math.max(...values),
      text: m[0].replace(/\s+than$/i, ""),
      start: m.index,
      end: m.index + m[0].length,
      context: contentWordsBefore(text, m.index, 4),
    });
  }
  return out;
}

const MONEY_NOUN = new Set(moneyNouns);
const CURRENCY_WORD = /^(?:usd|eur|gbp|dollars?|euros?|pounds?|in|of|a|an|the|total|is|was|worth|at|:)$/;
const PERIOD_AFTER = /^\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)?\s?(?:\/|per |a |an |each )\s?([a-z]+(?:-[a-z]+)?)/i;
/** A price named by a verb or a rate rather than a noun: "costs a store £40 per pallet-month", "the rate is £55 per pallet-month". */
const PRICED = /\b(?:costs?|priced|rate|charges?|charged|billed)\b/i;
/** Periods alone ("per month") are shared by every plan and tier; a price per thing ("per pallet-month", "per delivery") is one price. */
const TIME_ONLY = /^(?:second|minute|hour|day|night|week|fortnight|month|mo|quarter|year|yr|annum)$/;
/** A second rate or a condition after the amount makes it one of several prices: "per seat per month", "for schools". */
const ANOTHER_RATE_AFTER = /^\s?(?:usd|eur|gbp|dollars?|euros?|pounds?)?\s?(?:\/|per |a |an |each )\s?[a-z-]+\s*(?:\/|per |for |on |with |under |above |over |if |when |after |before |during |\()/i;
/** Amounts that are a change, a share or a bound, not the sum itself. */
const MONEY_QUALIFIED = /\b(?:up to|over|under|more than|less than|at least|about|around|extra|additional|another|per|each|sav(?:e|es|ed|ing)|cut|cuts|reduc\w*|increas\w*|rais\w*|from|to)\s+$/i;
const MONEY_CHANGE = /\b(?:sav(?:e|es|ed|ing)|cut|cuts|reduc\w*|increas\w*|decreas\w*|grow\w*|grew|r[io]se|rises|f[ae]ll|falls|drop\w*|target\w*|goal|aim\w*|forecast\w*|project(?:ed|ion)|if|could|might|competitor\w*|unlike|instead)\b/i;

/** The money noun (with the word before it, "prize fund") in a run of words, or "". */
function moneyKeyIn(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) {
    if (!MONEY_NOUN.has(words[i])) continue;
    const modifier = i > 0 && !STOP.has(words[i - 1]) && !CURRENCY_WORD.test(words[i - 1]) ? `${words[i - 1]} ` : "";
    return modifier + singular(words[i]);
  }
  return "";
}

/** Sums of money named by what they pay for: "a prize fund of 50K USD" is { key: "prize fund", low: 50000 }. */
export function moneyIn(text: string, measures: readonly Measure[]): ClaimedFigure[] {
  const money = measures.filter((m) => m.kind === "money" && m.value !== null);
  // Two sums in one sentence are a comparison or a change, not two claims about one sum.
  if (money.length !== 1 || MONEY_CHANGE.test(text)) return [];
  const [m] = money;
  if (MONEY_QUALIFIED.test(text.slice(0, m.start))) return [];
  const before = (text.slice(Math.max(0, m.start - 50), m.start).toLowerCase().match(/[a-z][a-z'-]*|:/g) ?? []).slice(-4);
  const after = (text.slice(m.end, m.end + 40).toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).slice(0, 4);
  const afterKey = moneyKeyIn(after.filter((w, i) => i > 0 || !CURRENCY_WORD.test(w)).slice(0, 3));
  const period = PERIOD_AFTER.exec(text.slice(m.end))?.[1]?.toLowerCase();
  const key = moneyKeyIn(before) || afterKey || pricePerThing(text, m.end, period);
  if (!key) return [];
  return [{ key: period ? `${key} per ${singular(period)}` : key, low: m.value!, high: m.value!, text: m.text, start: m.start, end: m.end, context: [] }];
}

/** "price" for a sum priced per thing with nothing else to tell it apart ("costs £40 per pallet-month"); "" otherwise. */
function pricePerThing(text: string, end: number, period: string | undefined): string {
  if (!period || TIME_ONLY.test(singular(period)) || !PRICED.test(text)) return "";
  return ANOTHER_RATE_AFTER.test(text.slice(end)) ? "" : "price";
}

/** True when two figures of one key cannot both be right: their values (or ranges) do not meet. */
export function figuresDisagree(a: ClaimedFigure, b: ClaimedFigure): boolean {
  const tolerance = 0.02 * Math.max(a.high, b.high);
  return a.high + tolerance < b.low || b.high + tolerance < a.low;
}

/** True when both figures say what they measure and it is not the same ("cold starts" against "test suites"). */
export function measureDifferentThings(a: ClaimedFigure, b: ClaimedFigure): boolean {
  return a.context.length > 0 && b.context.length > 0 && !a.context.some((w) => b.context.includes(w));
}
