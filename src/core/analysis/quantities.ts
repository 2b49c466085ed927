/**
 * Quantities in prose: "127 days", "22%", "£96", "seven weeks", "a third",
 * "twice a week". Used to tell a specific claim from a vague one.
 */
const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|third|quarter|twice|thrice|once";

export const QUANTITY = new RegExp(
  `(?:[$€£¥₹]\\s?\\d|(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?:\\s?(?:%|percent|per cent)|(?:k|m|bn|x|st|nd|rd|th|s)\\b)?(?![\\p{L}\\d])|\\b(?:${NUMBER_WORDS})\\b)`,
  "iu",
);

const UNIT =
  /\b(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|times?|percent|per cent|dollars?|euros?|pounds?|calls?|clicks?|steps?|tickets?|errors?|people|customers?|users?|hosts?|owners?|orders?|visits?|requests?|per|a (?:day|week|month|year)|each|every)\b|%|[$€£¥₹]/i;

/** True when the text states some quantity at all. */
export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

export interface Quantity {
  text: string;
  start: number;
  end: number;
  /** The number itself, when it can be read ("50K" → 50000). */
  value: number | null;
  /** True when a unit or a measured thing stands near it ("12 hours", "40% of"). */
  hasUnit: boolean;
}

const NUMERIC = /(?:[$€£¥₹]\s?)?(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent)|[kKmM]\b|bn\b|x\b)?(?![\p{L}\d])/gu;

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  NUMERIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMERIC.exec(text))) {
    const raw = m[0];
    const digits = raw.replace(/[^\d.,]/g, "").replace(/,(?=\d{3}\b)/g, "");
    let value = Number.parseFloat(digits.replace(",", "."));
    if (/k\b/i.test(raw)) value *= 1_000;
    else if (/m\b/i.test(raw) && !/%/.test(raw)) value *= 1_000_000;
    else if (/bn\b/i.test(raw)) value *= 1_000_000_000;
    const around = text.slice(m.index + raw.length, m.index + raw.length + 24);
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    out.push({
      text: raw,
      start: m.index,
      end: m.index + raw.length,
      value: Number.isFinite(value) ? value : null,
      hasUnit: /[%$€£¥₹]/.test(raw) || /[$€£¥₹]/.test(before) || UNIT.test(around),
    });
  }
  return out;
}
