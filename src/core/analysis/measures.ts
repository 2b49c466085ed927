import { caselessPattern } from "../lexicons/match";
import { dualPattern } from "../parse/ascii";
import { sequenceLabels } from "../lexicons/sequence-labels";
/**
 * Measured quantities: a number together with what it counts ("127 days",
 * "22% of boosters", "£96", "6 of 58", "seven weeks"). A number with nothing
 * after it ("it scores 85") measures nothing a reviewer can check, and years,
 * dates, clock times and identifiers ("Ward 7", "v1") are not measures at all.
 */

export type MeasureKind = "money" | "percent" | "ratio" | "duration" | "count";

export interface Measure {
  text: string;
  start: number;
  end: number;
  /** The number itself, scaled ("50K" and "50 thousand" are 50000); null for "a third" and the like. */
  value: number | null;
  kind: MeasureKind;
  /** What is counted, lower-cased and singular ("day", "call", "%", "$"). */
  unit: string;
}

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  hundreds: 100, thousands: 1000, dozens: 12, twice: 2, thrice: 3,
};

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9, billions: 1e9,
  hundred: 100, lakh: 1e5, crore: 1e7,
};

const DURATION = new Set([
  "second", "sec", "minute", "min", "hour", "hr", "day", "week", "month", "year", "quarter", "night", "morning",
  "evening", "weekend", "shift", "semester", "term", "season", "sprint", "ms", "millisecond", "decade", "fortnight",
]);

/** Words that cannot be what a number counts; after them, the number is bare. */
const FUNCTION_WORDS = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "within", "and", "or", "but", "nor", "as",
  "than", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "if", "so", "per",
  "into", "onto", "over", "under", "up", "down", "out", "off", "about", "after", "before", "until", "while", "when",
  "where", "which", "who", "whom", "what", "we", "they", "he", "she", "you", "i", "our", "their", "his", "her", "my",
  "your", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "has", "have", "had",
  "not", "no", "yes", "more", "less", "fewer", "or", "then", "also", "only", "just", "each", "every", "all", "any",
  "some", "both", "either", "neither", "again", "too", "very", "through", "across", "between", "among", "against",
  "since", "via", "vs", "versus", "times", "x",
]);

/** Nouns that, earlier in the clause, say what a later bare number measures ("median days … falls from 127 to 100"). */
const MEASURE_NOUNS =
  /\b(?:days?|hours?|minutes?|seconds?|weeks?|months?|years?|calls?|tickets?|errors?|complaints?|visits?|orders?|requests?|bookings?|sign-?ups?|score|rating|rate|share|percentage|ratio|count|number of \w+|time|wait|waits|delay|delays|latency|users|customers|members|people|students|patients|sessions|steps|clicks|taps|pages|miles|km|kilometres|kilometers|kg|tons|tonnes|litres|liters|gallons)\b/i;

/** A change in a count: "… fall from 312", "… rises to 60", "… drops below 100". */
const CHANGE = /\b(?:f[ae]lls?|falling|drops?|dropped|rises?|rose|rising|grows?|grew|goes|go|reach(?:es)?|increases?|decreases?|climbs?|shrinks?|declines?)\s+(?:\w+\s+)?(?:from|to|by|below|under|above|over|beyond)\b/i;
/** The first plural noun of a clause, taken as its subject. */
const PLURAL_SUBJECT = /\b((?!(?:is|was|has|does|its|this|us|yes|less|plus|across|thus|always|perhaps|process|business|access|status|analysis|bonus|focus|various|previous|serious|famous|minus|versus|whereas|towards|afterwards|upwards|downwards|unless|series|news|lets|gets|needs|makes|takes)\b)[a-z][a-z-]{2,}s)\b/i;

/**
 * The clause's subject when it is a plural noun at its start ("Hearings
 * adjourned…", "Housebound readers who…"); "The problem scores…" has a verb
 * there, not a subject.
 */
function subjectOf(clause: string): RegExpExecArray | null {
  return PLURAL_SUBJECT.exec(clause.trim().split(/\s+/).slice(0, 2).join(" "));
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

// Sentences are matched lower-cased where they can be: V8 runs this expression about ten times faster without the i flag.
export const NUMBER_SOURCE =
  /(?<![\p{L}\d.,])([$€£¥₹]\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s?(?:%|percent\b|per cent\b|percentage points?\b|pp\b))?(?:\s?(k|m|mn|bn|b)\b|\s(thousand|million|millions|billion|billions|hundred|lakh|crore)\b)?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|a dozen|twice|thrice|half|a third|a quarter|two[- ]thirds|three[- ]quarters)\b(\s(?:hundred|thousand|million|billion))?/u.source;
const NUMBER = caselessPattern(NUMBER_SOURCE);

const WORD = /[\p{L}][\p{L}'’-]*/u;

function singular(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && /(?:ses|xes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/** The next words after `index`, lower-cased, up to `count` of them. */
function wordsAfter(text: string, index: number, count: number): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = index;
  let m: RegExpExecArray | null;
  while (out.length < count && (m = re.exec(text))) out.push(m[0].toLowerCase());
  return out;
}

export const WORD_AT_END = dualPattern(/([\p{L}\p{N}][\p{L}\p{N}'’.-]*)[\s,]*$/u);

function wordBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 30), index);
  const m = WORD_AT_END.for(before).exec(before);
  return m ? m[1] : "";
}

/** Years, dates, clock times, identifiers: numbers that are labels, not measures. */
function isLabel(text: string, start: number, end: number, digits: string): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  const previous = wordBefore(text, start);
  if (/^[:.]\d/.test(after) || /\d[:.]$/.test(before)) return true; // 7:15, 2.0.1
  if (/^\s?(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])/iu.test(after)) return true;
  if (/^(?:st|nd|rd|th)\b/i.test(after)) return true;
  if (/^\d{4}$/.test(digits) && +digits >= 1900 && +digits <= 2100) return true;
  if (MONTHS.test(previous) || MONTHS.test(wordsAfter(text, end, 1)[0] ?? "")) return true;
  // "Ward 7", "Route 12", "Section 3", "RFC 9807", "v1", "Q3", "#4", "No. 5"
  if (/(?:[#№]|\bno\.|\bv|\bq|\bh)\s?$/i.test(before)) return true;
  if (/^\p{Lu}[\p{L}]*$/u.test(previous) && !/^[A-Z]{2,}$/.test(previous) && /\s$/.test(before)) {
    const lead = text.slice(0, start).trimEnd().slice(0, -previous.length).trimEnd();
    const sentenceInitial = lead === "" || /[.!?:;\-–—(\n"“]$/.test(lead);
    if (!sentenceInitial) return true;
  }
  return false;
}

function scaled(digits: string, scale: string | undefined): number | null {
  const n = Number.parseFloat(digits.replace(/,/g, ""));
  if (!Number.isFinite(n)) return null;
  return scale ? n * (SCALES[scale.toLowerCase()] ?? 1) : n;
}

/**
 * What the number at [start, end) counts, read from the words after it (one
 * adjective may come between: "three different offices"), or null.
 */
function unitAfter(text: string, end: number, wordNumber: boolean): string | null {
  const next = wordsAfter(text, end, 3);
  if (!next.length) return null;
  const [first, second, third] = next;
  if (first === "of" && second && /^\d/.test(second)) return "of"; // 6 of 58
  if (first === "of" && (second === "the" || second === "all" || second === "our" || second === "their" || second === "them")) {
    return wordNumber ? null : "share";
  }
  if (first === "times" || first === "x" || first === "×") return "time";
  if (/^(?:dollars?|euros?|pounds?|usd|eur|gbp|cents?|pence|yen|rupees?)$/.test(first)) return "$";
  if (!WORD.test(first) || FUNCTION_WORDS.has(first)) return null;
  const head = singular(first);
  if (DURATION.has(head)) return head;
  if (wordNumber) {
    // "one" and "a" are everywhere; a word number counts only what is plainly plural or a duration.
    if (first.endsWith("s") && !first.endsWith("ss")) return head;
    if (second && WORD.test(second) && !FUNCTION_WORDS.has(second) && second.endsWith("s") && !second.endsWith("ss")) return singular(second);
    return null;
  }
  if (third !== undefined || second !== undefined) {
    // "1,460 swap requests": the head is the last noun before a function word.
    if (second && WORD.test(second) && !FUNCTION_WORDS.has(second) && /s$/.test(second) && !/s$/.test(first)) return singular(second);
  }
  return head;
}

export function findMeasures(text: string): Measure[] {
  const out: Measure[] = [];
  const { regex: number, subject } = NUMBER.over(text, text.toLowerCase());
  number.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastUnit: { unit: string; kind: MeasureKind; end: number } | null = null;
  while ((m = number.exec(subject))) {
    const start = m.index;
    const end = m.index + m[0].length;
    const [, currency, digits, percent, shortScale, longScale, word, wordScale] = m;
    let value: number | null;
    let kind: MeasureKind | null = null;
    let unit: string | null;
    if (digits !== undefined) {
      if (!currency && !percent && isLabel(text, m.index, end, digits)) continue;
      value = scaled(digits, shortScale ?? longScale);
      if (currency) {
        kind = "money";
        unit = "$";
      } else if (percent) {
        kind = "percent";
        unit = "%";
      } else {
        unit = unitAfter(text, end, false);
        if (unit === "$") kind = "money";
        else if (unit === "of" || unit === "share") kind = "ratio";
        else if (unit && DURATION.has(unit)) kind = "duration";
        else if (unit) kind = "count";
      }
    } else {
      const w = word.toLowerCase();
      if (/^(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)$/.test(w)) {
        value = null;
        kind = "ratio";
        unit = "share";
      } else {
        value = (WORD_VALUES[w.replace(/^a /, "")] ?? null) as number | null;
        if (value !== null && wordScale) value *= SCALES[wordScale.trim().toLowerCase()] ?? 1;
        if (w === "twice" || w === "thrice") {
          kind = "count";
          unit = "time";
        } else {
          unit = unitAfter(text, end, true);
          if (unit && DURATION.has(unit)) kind = "duration";
          else if (unit) kind = unit === "$" ? "money" : "count";
        }
      }
    }
    if (!kind || !unit) {
      // "from 127 to under 100", "between 20 and 30": the range shares the unit of its other end,
      // or of a measure noun earlier in the clause.
      const gap = lastUnit ? text.slice(lastUnit.end, m.index) : "";
      if (lastUnit && gap.length < 24 && /^\s*(?:[-–—]|to|and|or|through|from|,)?\s*(?:under|over|about|around|nearly|almost|below|above|at least|at most|less than|more than|fewer than)?\s*$/i.test(gap)) {
        kind = lastUnit.kind;
        unit = lastUnit.unit;
      } else if (digits !== undefined) {
        const clause = text.slice(Math.max(0, m.index - 160), m.index).split(/[.;:!?]/).pop() ?? "";
        const noun = MEASURE_NOUNS.exec(clause);
        const change = noun ? null : CHANGE.exec(clause);
        const subject = change ? subjectOf(clause.slice(0, change.index)) : null;
        if (noun) {
          unit = singular(noun[0].split(" ").pop() ?? noun[0]);
          kind = DURATION.has(unit) ? "duration" : "count";
        } else if (subject) {
          // "Hearings adjourned for lack of an interpreter fall from 312 to 100": the subject is what is counted.
          unit = singular(subject[1]);
          kind = "count";
        }
      }
    }
    if (!kind || !unit) continue;
    out.push({ text: text.slice(start, end), start, end, value, kind, unit });
    lastUnit = { unit, kind, end };
  }
  return out;
}

/** True when the text holds at least one measured quantity. */
export function hasMeasure(text: string): boolean {
  return findMeasures(text).length > 0;
}

// "#308" is an issue number, not a quantity.
const STANDALONE_NUMBER = /(?<![\p{L}\d.,#])\d+(?:[.,]\d+)*(?![\p{L}\d])/gu;
const SEQUENCE_LABELS = new Set(sequenceLabels);

/**
 * The first number standing alone: not a year, a date or an identifier ("Ward 7",
 * "Sprint 4"), not part of a word like "Web3". Undefined when there is none.
 */
export function firstBareNumber(text: string): string | undefined {
  for (const m of text.matchAll(STANDALONE_NUMBER)) {
    const start = m.index;
    if (isLabel(text, start, start + m[0].length, m[0])) continue;
    if (SEQUENCE_LABELS.has(wordBefore(text, start).toLowerCase())) continue;
    if (inDate(text, start, start + m[0].length)) continue;
    return m[0];
  }
  return undefined;
}

const DATE = /^(?:\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?|\d{1,2}[-/]\d{1,2}[-/]\d{2,4})$/;

/** True when [start, end) is one field of a date written with dashes or slashes ("2026-06-22"). */
function inDate(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && start - from < 10 && /[\d/-]/.test(text[from - 1] ?? "")) from--;
  while (to < text.length && to - end < 10 && /[\d/-]/.test(text[to] ?? "")) to++;
  return DATE.test(text.slice(from, to));
}

/** True when the text holds a number standing alone (see firstBareNumber). */
export function hasBareNumber(text: string): boolean {
  return firstBareNumber(text) !== undefined;
}
