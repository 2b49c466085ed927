/**
 * Sentence and word splitting, tuned for business prose: abbreviations,
 * initials, decimals, currency and hard-wrapped lines must not end sentences.
 */

const ABBREVIATIONS = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "inc", "ltd", "co", "corp", "llc", "plc",
    "vs", "etc", "e.g", "i.e", "eg", "ie", "cf", "al", "approx", "est", "no", "nos", "vol", "fig", "figs",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "a.m", "p.m", "ph.d", "dept", "ave", "blvd", "gen", "gov", "sen", "rep", "min", "max",
    "z.b", "bzw", "ca", "usw", "ggf", "inkl", "evtl", "d.h",
    // Short forms that a lower-case word often follows ("incl. tax", "approx. half").
    "incl", "excl", "resp", "esp", "govt", "intl", "natl", "univ", "assoc", "mgmt", "misc", "cont", "orig", "trans", "appt",
    "hrs", "mins", "secs", "yrs", "mos", "wks", "lbs", "pts", "qty", "avg", "ref", "ext", "tel", "viz", "ibid", "op", "cit",
  ],
);

export interface TextRange {
  start: number;
  end: number;
}

const TERMINATOR = /[.!?…。！？]/;
const FULL_WIDTH_TERMINATOR = /[。！？]/;
const CLOSERS = /["'”’)\]»*_」』）】]/;

function isWordChar(ch: string | undefined): boolean {
  return !!ch && /[\p{L}\p{N}]/u.test(ch);
}

function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && (isWordChar(text[i - 1]) || text[i - 1] === ".")) i--;
  return text.slice(i, end).toLowerCase();
}

/** A word of four or more letters that is no abbreviation: a full stop after it ends a sentence. */
function endsOnWholeWord(word: string): boolean {
  return /^\p{L}{4,}$/u.test(word) && !ABBREVIATIONS.has(word);
}

function looksLikeLabelLine(line: string): boolean {
  return /^\s*([-*•▪◦‣–—]|\d{1,3}[.)]|[A-Z][\w ’'/&-]{0,40}:)(\s|$)/.test(line);
}

/**
 * Splits `text` into sentence ranges. Line breaks end a sentence when the line
 * before ends in terminal punctuation or a colon, or when the next line starts
 * like a list item or a label; otherwise a wrapped line continues its sentence.
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  // Jump from one possible sentence end to the next instead of testing every character.
  const candidates = /[.!?…。！？\n\r]/g;
  let found: RegExpExecArray | null;
  while ((found = candidates.exec(text))) {
    const i = found.index;
    const ch = text[i];
    if (ch === "\n" || ch === "\r") {
      let j = i;
      while (j > start && (text[j - 1] === " " || text[j - 1] === "\t")) j--;
      const prev = text[j - 1];
      let k = i + 1;
      while (k < n && /[\r\n]/.test(text[k])) k++;
      const nextLineEnd = text.indexOf("\n", k);
      const nextLine = text.slice(k, nextLineEnd < 0 ? n : nextLineEnd);
      const blank = k - i > 1 && /\n[ \t]*\n|\r\n[ \t]*\r\n/.test(text.slice(i, k + 1));
      if (blank || (prev && /[.!?:;…"”]/.test(prev)) || looksLikeLabelLine(nextLine) || nextLine.trim() === "") {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (!TERMINATOR.test(ch)) continue;
    let j = i + 1;
    while (j < n && (TERMINATOR.test(text[j]) || CLOSERS.test(text[j]))) j++;
    if (j >= n) break;
    // Chinese and Japanese write no space after a full-width stop: the stop alone ends the sentence, except
    // inside a quotation the sentence goes on after ("「助かります。」と店長は言った。").
    if (FULL_WIDTH_TERMINATOR.test(ch) && (j === i + 1 || !CLOSERS.test(text[j - 1]) || /[\s「『“（]/.test(text[j]))) {
      push(j);
      start = j;
      candidates.lastIndex = j;
      continue;
    }
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && /[ \t]/.test(text[k])) k++;
    const next = text[k];
    if (next === undefined) break;
    let startsLowerCase = false;
    if (ch === ".") {
      const word = wordBefore(text, i);
      if (ABBREVIATIONS.has(word.replace(/\.$/, "")) || ABBREVIATIONS.has(word)) continue;
      // An initial such as the "J." of "J. Smith"; a closing quote after it ("… because of X.") ends a sentence.
      if (/^[a-z]$/.test(word) && /[A-Z]/.test(text[i - 1] ?? "") && j === i + 1) continue;
      // A lower-case word after a full stop continues the sentence ("approx. half"), unless a whole word ends the
      // sentence before it: then it is a new sentence that starts with a lower-case name ("… invented. npm installs …").
      // A bracket or parenthesis closed just before the stop is no abbreviation either ("… via seek(0, 2)). open_mxf wraps …").
      if (/[a-z]/.test(next)) {
        if (!endsOnWholeWord(word) && !/[)\]]/.test(text[i - 1] ?? "")) continue;
        startsLowerCase = true;
      }
    }
    if (next === "\n" || next === "\r") continue;
    if (!startsLowerCase && !/[\p{Lu}\p{N}"'“‘([¿¡*_$€£#]/u.test(next) && !/[\p{Lo}]/u.test(next)) continue;
    push(j);
    start = j;
    candidates.lastIndex = j;
  }
  push(n);
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * True for characters outside ASCII that prose is full of and that are
 * neither letters, digits nor marks: Latin-1 punctuation and symbols, the
 * dashes, curly quotes and ellipses of general punctuation, currency signs.
 * False for everything else, letters or not.
 */
export function isPunctuationOutsideAscii(c: number): boolean {
  if (c >= 0x80 && c <= 0xbf) return c !== 0xaa && c !== 0xb2 && c !== 0xb3 && c !== 0xb5 && c !== 0xb9 && c !== 0xba && c < 0xbc;
  return c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x20a0 && c <= 0x20cf);
}

/**
 * Width in UTF-16 units of the letter or digit at i, or 0 when there is none.
 * ASCII and the punctuation of `isPunctuationOutsideAscii` are decided
 * without a regex.
 */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (isPunctuationOutsideAscii(c)) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
  const ch = wide ? text.slice(i, i + 2) : text[i];
  return LETTER_OR_DIGIT.test(ch) ? ch.length : 0;
}

/**
 * Counts words as the WORD pattern above would, in one pass over the
 * characters: words are runs of letters and digits, joined across ', ’, ., -
 * and / when a letter or digit follows ("e.g", "co-op", "n/a" are one word).
 */
export function countWords(text: string): number {
  let n = 0;
  forEachWord(text, () => {
    n++;
  });
  return n;
}

/** True when the text has more than `limit` words; counting stops there, which matters for long paragraphs. */
export function hasMoreWordsThan(text: string, limit: number): boolean {
  let n = 0;
  forEachWord(text, () => ++n <= limit);
  return n > limit;
}

/**
 * Calls `visit` with the start and end of each word that `countWords` counts,
 * in order, without building the words. A visit that returns false ends the walk.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => boolean | void): void {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const width = wordCharAt(text, i);
    if (width) {
      if (start < 0) start = i;
      i += width;
      continue;
    }
    const c = text[i];
    if (start >= 0 && (c === "'" || c === "’" || c === "." || c === "-" || c === "/") && i + 1 < text.length && wordCharAt(text, i + 1)) {
      i++;
      continue;
    }
    if (start >= 0 && visit(start, i) === false) return;
    start = -1;
    i++;
  }
  if (start >= 0) visit(start, text.length);
}

export interface WordToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export function tokenize(text: string): WordToken[] {
  const out: WordToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Lower-cases, folds curly quotes and dashes, and collapses whitespace. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}
