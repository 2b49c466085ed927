/**
 * Datelines and dates at the top of a press release: "AUSTIN, Texas — April
 * 6, 2027 —", "LEEDS —", "(Mar 2026) –", and lines that hold only a date.
 */
const MONTH = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|[Jj]anuar|[Ff]ebruar|[Mm]ärz|[Mm]ai|[Jj]uni|[Jj]uli|[Oo]ktober|[Dd]ezember)[\p{L}]*\.?`;
export const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|[Qq][1-4]\\s+\\d{4}|\\[[^\\]]*(?:date|DATE|Date)[^\\]]*\\])`;
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+(?:\\p{Lu}[\\p{L}.'’-]*|\\d{5}))*";
/** "AUSTIN, Texas — April 6, 2027 —", "LEEDS —", "(Mar 2026) –", "April 30, 2026 -". */
const DATELINE = new RegExp(
  `^\\s*(?:${PLACE}\\s*[,]?\\s*(?:\\(?${DATE}\\)?\\s*)?[—–-]{1,2}(?=\\s)|\\(?${DATE}\\)?\\s*[—–.-]{1,2}(?=\\s)|${PLACE},?\\s+${DATE}\\b)`,
  "u",
);

export function datelineOf(text: string): string | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const tail = /^\s*[—–-]{1,2}\s*/.exec(rest);
  return (m[0] + (tail ? tail[0] : "")).trim();
}

/** A line that holds only a date ("April 30, 2026"). */
export const DATE_ONLY = /^\s*(?:\w+day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/i;

/** "June 2026", "Sydney, Australia — June 2026", "Boise, Idaho — [Future Date]": a dateline standing alone, with no sentence after it. */
const DATELINE_ALONE = new RegExp(`^\\s*(?:${PLACE}\\s*(?:,|[—–-]{1,2})\\s*)?(?:\\p{L}+day,?\\s+)?\\(?${DATE}\\)?\\s*[—–-]{0,2}\\s*$`, "u");

/** A line that holds only a date, or a place and a date: it dates the release, and is neither its subheading nor its summary. */
export function isDateLine(text: string): boolean {
  return DATE_ONLY.test(text) || DATELINE_ALONE.test(text);
}

/** "FOR IMMEDIATE RELEASE" and its kin: a marker, not prose. */
export const IMMEDIATE_RELEASE = /^\s*(?:for (?:immediate )?release|embargoed|not for (?:distribution|release))\b[^.]{0,60}$/i;
