import { asciiForm, isAsciiWordText } from "../parse/ascii";
import { wordCharAt } from "../parse/text";
import { PRECOMPILED_LEXICONS } from "./precompiled";

/**
 * Compiles a word list into a matcher that costs one pass over a text's words
 * however long the list is.
 *
 * Entry syntax: plain words and phrases match whole words, case-insensitively,
 * with hyphens, spaces and curly apostrophes treated alike ("world-class"
 * matches "world class"); a trailing `*` matches any ending ("frustrat*");
 * an entry that starts with `re:` is a regular expression used as written.
 */
export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
  /** The lexicon entry that matched. */
  entry: string;
}

/** A word of the text being matched: lower-cased, apostrophes straightened. */
export interface MatchToken {
  norm: string;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  entries: readonly string[];
  find(text: string): PhraseMatch[];
  /** Like find, for a text already split by `matchTokens`. */
  findInTokens(text: string, tokens: readonly MatchToken[]): PhraseMatch[];
  /** Only the word and phrase entries, for a text already split by `matchTokens`. */
  findWords(text: string, tokens: readonly MatchToken[]): PhraseMatch[];
  /** What a text must hold for `findWords` to find anything; see `CombinedMatcher.requiredWords`. */
  requiredWords(): string[][];
  /**
   * Only the `re:` entries (and entries that need a regular expression); pass
   * the text lower-cased if you have it, and the literals a `LiteralScanner`
   * found in it if you have them (the scanner must know this lexicon).
   */
  findPatterns(text: string, lower?: string, present?: ReadonlySet<string>): PhraseMatch[];
  /** Texts of which each pattern needs one to match; for building a `LiteralScanner`. */
  requiredLiterals(): string[];
  /** True when a regular-expression entry matches; `lower` and `present` as for `findPatterns`. */
  testPatterns(text: string, lower?: string, present?: ReadonlySet<string>): boolean;
  readonly hasPatterns: boolean;
  test(text: string): boolean;
  count(text: string): number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;

/** Splits text into the words the matcher compares; hyphens and slashes separate words. */
let lastLowerSource: string | null = null;
let lastLower = "";

/** Lexicons are tried one after another on the same text; lower-case it once. */
function lowerCased(text: string): string {
  if (text !== lastLowerSource) {
    lastLowerSource = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

let lastText: string | null = null;
let lastTokens: MatchToken[] = [];
/**
 * Texts tokenized lately. Rules and the analysis ask after the same sentence or
 * paragraph with different lexicons, often with other texts in between, so one
 * remembered text missed about half the time.
 */
const recentTokens = new Map<string, MatchToken[]>();
const RECENT_TOKENS_CAPACITY = 512;

export function matchTokens(text: string): MatchToken[] {
  // Several lexicons are often tested against the same text in a row.
  if (text === lastText) return lastTokens;
  let out = recentTokens.get(text);
  if (!out) {
    out = splitTokens(text);
    if (recentTokens.size >= RECENT_TOKENS_CAPACITY) recentTokens.clear();
    recentTokens.set(text, out);
  }
  lastText = text;
  lastTokens = out;
  return out;
}

/** The TOKEN pattern's matches, found by walking the characters once. */
function splitTokens(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  // Lower-casing the whole text at once is cheaper than word by word. It gives the same words where it keeps every
  // offset and no capital sigma is there (the one letter whose lower case depends on its neighbours).
  const lowered = text.toLowerCase();
  const sameOffsets = lowered.length === text.length && !text.includes("Σ");
  const curly = text.includes("’");
  let i = 0;
  while (i < text.length) {
    let width = wordCharAt(text, i);
    if (!width) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (;;) {
      width = i < text.length ? wordCharAt(text, i) : 0;
      if (width) {
        i += width;
        continue;
      }
      const c = text[i];
      if ((c === "'" || c === "’" || c === ".") && i + 1 < text.length && wordCharAt(text, i + 1)) {
        i++;
        continue;
      }
      break;
    }
    const lower = sameOffsets ? lowered.slice(start, i) : text.slice(start, i).toLowerCase();
    out.push({ norm: curly && lower.includes("’") ? lower.replace(/’/g, "'") : lower, start, end: i });
  }
  return out;
}

/** The same tokens by the pattern itself; kept to hold the fast version to it in tests. */
export function tokensByPattern(text: string): MatchToken[] {
  const out: MatchToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const lower = m[0].toLowerCase();
    out.push({ norm: lower.includes("’") ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length });
  }
  return out;
}


/**
 * Results of the pure steps of compiling a lexicon, by input: what the build
 * worked out (see precompiled.ts), and what `recordLexiconCompilation` is
 * recording. Read-only to everyone else; the arrays are shared, never mutated.
 */
interface CompilationTables {
  words: Map<string, EntryWords | null>;
  literals: Map<string, string[] | null>;
  caseless: Map<string, CaselessSources>;
}

type EntryWords = { words: string[]; wildcard: boolean };
/** A pattern's source lower-cased for lower-cased text, and that in ASCII form, each null where it can't be written. */
type CaselessSources = [lowered: string | null, ascii: string | null];

/**
 * The tables as the build ships them, made small because every start reads
 * them: an entry's words as one string ("world class", "frustrat*"), and a
 * caseless source as 0 where it is the same as the one before it.
 */
interface SerializedTables {
  words: [string, string | null][];
  literals: [string, string[] | null][];
  caseless: [string, string | 0 | null, string | 0 | null][];
}

const encodeWords = (words: EntryWords | null): string | null => words && words.words.join(" ") + (words.wildcard ? "*" : "");
const decodeWords = (encoded: string | null): EntryWords | null => {
  if (encoded === null) return null;
  const wildcard = encoded.endsWith("*");
  return { words: (wildcard ? encoded.slice(0, -1) : encoded).split(" "), wildcard };
};

interface PrecompiledTables {
  words: Map<string, string | null>;
  literals: Map<string, string[] | null>;
  caseless: Map<string, [string | 0 | null, string | 0 | null]>;
}

let precompiled: PrecompiledTables | null | undefined;
let recording: CompilationTables | null = null;

/**
 * Reads tables `recordLexiconCompilation` gave (or none, with null) in place
 * of the build's; for tests, which run from source. Matchers compiled before
 * keep what they were compiled with.
 */
export function usePrecompiledLexicons(json: string | null): void {
  const serialized = json === null ? null : (JSON.parse(json) as SerializedTables);
  precompiled = serialized && {
    words: new Map(serialized.words),
    literals: new Map(serialized.literals),
    caseless: new Map(serialized.caseless.map(([source, lowered, ascii]) => [source, [lowered, ascii]])),
  };
}

function precompiledTables(): PrecompiledTables | null {
  if (precompiled === undefined) usePrecompiledLexicons(PRECOMPILED_LEXICONS);
  return precompiled!;
}

/** `compute(key)`, or what the build or a recording already knows of it. */
function remembered<K extends keyof CompilationTables, T>(table: K, key: string, compute: (key: string) => T, decode: (known: never, key: string) => T): T {
  const known = precompiledTables()?.[table] as Map<string, unknown> | undefined;
  if (known?.has(key)) return decode(known.get(key) as never, key);
  const value = compute(key);
  if (recording) (recording[table] as Map<string, T>).set(key, value);
  return value;
}

const decodeCaseless = ([lowered, ascii]: [string | 0 | null, string | 0 | null], source: string): CaselessSources => {
  const fullLowered = lowered === 0 ? source : lowered;
  return [fullLowered, ascii === 0 ? fullLowered : ascii];
};

/**
 * Starts recording the steps every lexicon compiled from now on takes; the
 * function returned stops and gives them as the JSON the build puts in
 * precompiled.ts.
 */
export function recordLexiconCompilation(): () => string {
  const tables: CompilationTables = { words: new Map(), literals: new Map(), caseless: new Map() };
  recording = tables;
  return () => {
    recording = null;
    const sorted = <T>(map: Map<string, T>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const serialized: SerializedTables = {
      words: sorted(tables.words).map(([entry, words]) => [entry, encodeWords(words)]),
      literals: sorted(tables.literals),
      caseless: sorted(tables.caseless).map(([source, [lowered, ascii]]) => [source, lowered === source ? 0 : lowered, ascii !== null && ascii === lowered ? 0 : ascii]),
    };
    return JSON.stringify(serialized);
  };
}

/** Plain entries whose words the tokenizer can reproduce go in the trie; the rest become regular expressions. */
function asWords(entry: string): EntryWords | null {
  return remembered("words", entry, entryWords, decodeWords);
}

function entryWords(entry: string): EntryWords | null {
  const wildcard = entry.endsWith("*");
  const body = (wildcard ? entry.slice(0, -1) : entry).trim();
  if (!body || /[^\p{L}\p{N}\s'’.\-/]/u.test(body)) return null;
  const words = matchTokens(body).map((t) => t.norm);
  if (!words.length) return null;
  return { words, wildcard };
}

/** British and American spellings of the same suffix: "cannibalise" and "cannibalize", "organisation" and "organization". */
const SPELLING = /([^aeiou])i([sz])(e|ed|es|ing|ation|ations|er|ers)$/;
/** A short word that ends consonant, vowel, consonant doubles it before "-ed": "stop", "stopped". */
const DOUBLES = /^[a-z]{1,3}[aeiou][b-df-hj-np-tvz]$/;

/**
 * The forms a word entry also matches: its inflections ("kill": kills,
 * killed, killing) and the other spelling of -ise/-ize words. Only lower-case
 * words of four letters or more are inflected: "new" must not match "news",
 * and a capitalised entry is a name.
 */
export function wordForms(word: string): string[] {
  if (!/^[a-z]{4,}$/.test(word) || /(?:ing|ed)$/.test(word)) return [word];
  const forms = new Set([word]);
  if (/[^aeiou]y$/.test(word)) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${word}ing`);
  } else if (word.endsWith("e")) {
    forms.add(`${word}s`).add(`${word}d`).add(`${word.slice(0, -1)}ing`);
  } else {
    forms.add(/(?:s|x|z|ch|sh)$/.test(word) ? `${word}es` : `${word}s`).add(`${word}ed`).add(`${word}ing`);
    if (DOUBLES.test(word)) forms.add(`${word}${word.at(-1)}ed`).add(`${word}${word.at(-1)}ing`);
  }
  for (const form of [...forms]) {
    const m = SPELLING.exec(form);
    if (m) forms.add(`${form.slice(0, m.index)}${m[1]}i${m[2] === "s" ? "z" : "s"}${m[3]}`);
  }
  return [...forms];
}

/**
 * The word sequences an entry also matches: its first or its last word
 * inflected ("eat into": eats into; "pain point": pain points). A phrase
 * inflects at its verb or its head noun, which is nearly always one end.
 */
export function entryForms(words: readonly string[], raw: string): string[][] {
  // Capitals in the entry mean a name or an acronym ("John Doe", "SMB"), which does not inflect.
  if (/\p{Lu}/u.test(raw)) return [];
  const out: string[][] = [];
  const last = words.length - 1;
  for (const form of wordForms(words[0])) if (form !== words[0]) out.push([form, ...words.slice(1)]);
  if (last > 0) for (const form of wordForms(words[last])) if (form !== words[last]) out.push([...words.slice(0, last), form]);
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function regexSource(entry: string): string {
  if (entry.startsWith("re:")) return entry.slice(3).replace(/(?<!\\)\((?!\?)/g, "(?:");
  const body = escape(entry.replace(/\*$/, "").trim()).replace(/\s+/g, "\\s+");
  const before = /^[\p{L}\p{N}]/u.test(entry) ? "(?<![\\p{L}\\p{N}])" : "";
  const after = entry.endsWith("*") ? "[\\p{L}\\p{N}'’-]*" : /[\p{L}\p{N}]$/u.test(entry) ? "(?![\\p{L}\\p{N}])" : "";
  return before + body + after;
}

/** The index of the `]` that closes the character class opening at `open`. */
function classEnd(source: string, open: number): number {
  let i = open + 1;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i;
}

/**
 * Calls `visit` for each character of a pattern outside escapes and character
 * classes, with the group depth before it; stops when `visit` returns true.
 */
function scanStructure(source: string, from: number, visit: (ch: string, i: number, depth: number) => boolean | void): void {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      i = classEnd(source, i);
      continue;
    }
    if (visit(ch, i, depth)) return;
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
  }
}

/** Where the group that opens at `open` closes. */
function closingParen(source: string, open: number): number {
  let close = source.length;
  scanStructure(source, open, (ch, i, depth) => {
    if (ch === ")" && depth === 1) {
      close = i;
      return true;
    }
  });
  return close;
}

/** Splits at `|` outside groups and classes. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let from = 0;
  scanStructure(source, 0, (ch, i, depth) => {
    if (ch === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  });
  out.push(source.slice(from));
  return out;
}

const optionalAt = (source: string, i: number) => source[i] === "?" || source[i] === "*" || /^\{0[,}]/.test(source.slice(i, i + 3));

const DIGITS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const RARE_MARKS = /^[[\]{}<>|\\#@$%^~×]+$/;
/**
 * Kana, CJK ideographs and Hangul. Two of them are a word, and prose in other
 * scripts holds none, so a piece in them rules out most texts however short.
 */
const CJK_OR_HANGUL = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** True when a literal is one the shared scan can afford to look for: long enough, a mark prose rarely holds, or CJK or Hangul. */
export function worthScanning(literal: string): boolean {
  return literal.length >= 4 || RARE_MARKS.test(literal) || CJK_OR_HANGUL.test(literal);
}

/**
 * Texts of which every match of a regular expression contains at least one,
 * lower-cased, or null when no such set is worth checking. From "\b(?:by|in)
 * (?:january|february)" it picks {january, february}: the most selective of
 * the pattern's required pieces. A text without any of them cannot match, so
 * the regular expression need not run.
 */
export function requiredAnyOf(source: string): string[] | null {
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length > 1) {
    const sets = alternatives.map((a) => requiredAnyOf(a));
    return sets.some((x) => !x) ? null : [...new Set(sets.flat() as string[])];
  }
  const candidates: string[][] = [];
  let run = "";
  const breakRun = () => {
    if (run.trim()) candidates.push([run.toLowerCase().trim()]);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const escaped = source[i + 1] ?? "";
      i++;
      if (escaped === "p" || escaped === "P" || escaped === "u" || escaped === "x") {
        if (source[i + 1] === "{") i = source.indexOf("}", i);
        else if (escaped === "x") i += 2;
        else if (escaped === "u") i += 4;
        breakRun();
      } else if (escaped === "d") {
        breakRun();
        // A required digit is a piece too: prose without any number can't match "\d+x faster".
        if (!optionalAt(source, i + 1)) candidates.push(DIGITS);
      } else if (/[bBsSwWDnrtfv0-9kc]/.test(escaped)) breakRun();
      else if (optionalAt(source, i + 1)) breakRun();
      else run += escaped;
      continue;
    }
    if (ch === "[") {
      i = classEnd(source, i);
      breakRun();
      if (optionalAt(source, i + 1)) continue;
      continue;
    }
    if (ch === "(") {
      breakRun();
      const close = closingParen(source, i);
      let body = source.slice(i + 1, close);
      i = close;
      if (optionalAt(source, i + 1)) continue;
      if (/^\?(?:[=!]|<[=!])/.test(body)) continue;
      body = body.replace(/^\?(?::|<[\w$]+>)/, "");
      const inner = requiredAnyOf(body);
      if (inner) candidates.push(inner);
      continue;
    }
    if (ch === "{") {
      const quantifier = /^\{\d*(,\d*)?\}/.exec(source.slice(i));
      if (quantifier) i += quantifier[0].length - 1;
      breakRun();
      continue;
    }
    if (ch === "^" || ch === "$" || ch === "." || ch === "+" || ch === "?" || ch === "*" || ch === "}" || ch === ")") {
      breakRun();
      continue;
    }
    if (optionalAt(source, i + 1)) {
      breakRun();
      continue;
    }
    run += ch;
  }
  breakRun();
  const strength = (set: string[]) => Math.min(...set.map((x) => x.length));
  // Brackets and braces are rarer in prose than any word, and a digit rarer than a short word: prefer those pieces.
  // CJK and Hangul pieces are words of two or three characters that prose in other scripts never holds.
  const rarity = (set: string[]) =>
    set.every((x) => RARE_MARKS.test(x)) ? 3 : strength(set) >= 5 || set.every((x) => CJK_OR_HANGUL.test(x)) ? 2 : set === DIGITS ? 1 : 0;
  const best = candidates.sort((a, b) => rarity(b) - rarity(a) || strength(b) - strength(a) || a.length - b.length)[0];
  if (!best) return null;
  // A set that a word as common as "in" satisfies filters nothing.
  if (rarity(best) === 0 && strength(best) < 3 && !best.every((x) => /[^\p{L}\p{N}\s]/u.test(x))) return null;
  return best;
}

/**
 * A cheap test that a lower-cased text could match the pattern: it holds one
 * of the pieces every match requires. Many pieces are looked for in one scan.
 */
function prefilter(literals: string[] | null): (lower: string) => boolean {
  if (!literals) return () => true;
  if (literals.length <= 3) return (lower) => literals.some((l) => lower.includes(l));
  const any = anyOf(literals);
  return (lower) => any.test(lower);
}

function anyOf(literals: readonly string[]): RegExp {
  return new RegExp([...new Set(literals)].map(escape).join("|"));
}

// Property names whose set changes with case; on lower-cased text they all mean a lower-case letter.
const CASED_PROPERTIES = new Set(["Lu", "Ll", "Lt", "LC", "Uppercase_Letter", "Lowercase_Letter", "Titlecase_Letter", "Cased_Letter", "Uppercase", "Lowercase"]);

const changesCase = (ch: string) => ch.toLowerCase() !== ch;

/**
 * The same expression for lower-cased text, to be run without the `i` flag,
 * or null when it can't be written so. V8 runs `/iu` expressions about ten
 * times slower than `/u` ones, and lexicon patterns run over every paragraph.
 * Escapes keep their case (`\S` is not `\s`); literal letters, and letters
 * in character classes, are lower-cased; a case property becomes `\p{Ll}`.
 */
export function lowerCasedSource(source: string): string | null {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "p" || next === "P") {
        const close = source.indexOf("}", i);
        if (source[i + 2] !== "{" || close < 0) return null;
        const name = source.slice(i + 3, close).replace(/^(?:General_Category|gc)=/, "");
        if (CASED_PROPERTIES.has(name)) {
          if (next === "P") return null;
          out += "\\p{Ll}";
        } else out += source.slice(i, close + 1);
        i = close;
        continue;
      }
      // Escapes that name a character by code, and named back-references, would need decoding.
      if (next === "u" || next === "x" || next === "c" || next === "k") return null;
      out += ch + next;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      else if (source[i + 1] === "-" && source[i + 2] && source[i + 2] !== "]") {
        // A range keeps its meaning lower-cased only when neither end changes case, or both are ASCII letters of one case.
        const to = source[i + 2];
        const asciiUpper = /^[A-Z]$/.test(ch) && /^[A-Z]$/.test(to);
        if (!asciiUpper && (changesCase(ch) || changesCase(to) || to === "\\")) return null;
        out += asciiUpper ? `${ch.toLowerCase()}-${to.toLowerCase()}` : `${ch}-${to}`;
        i += 2;
        continue;
      }
    } else if (ch === "[") inClass = true;
    else if (ch === "(" && source.startsWith("(?<", i) && source[i + 3] !== "=" && source[i + 3] !== "!") return null;
    const lower = ch.toLowerCase();
    if (lower.length !== 1) return null;
    out += lower;
  }
  return out;
}

function caselessSources(source: string): CaselessSources {
  const lowered = lowerCasedSource(source);
  // The ASCII form depends on the `u` flag only, not on the others, so it is worked out once for every flag set.
  const ascii = lowered === null ? null : (asciiForm(new RegExp(lowered, "u"))?.source ?? null);
  return [lowered, ascii];
}

/** A case-insensitive expression, run over lower-cased text without the `i` flag wherever that gives the same matches. */
export interface CaselessPattern {
  /**
   * The expression to run and the text to run it on, with the same offsets as
   * `text`. Lower-casing keeps offsets for nearly every text; where it
   * doesn't ("İ"), or the expression can't be lower-cased, the
   * case-insensitive expression runs on the text itself.
   */
  over(text: string, lower: string): { regex: RegExp; subject: string };
}

/** `flags` without `i` and `u`, which are added. */
export function caselessPattern(source: string, flags = "g"): CaselessPattern {
  const caseless = new RegExp(source, `${flags}iu`);
  const [lowered, ascii] = remembered("caseless", source, caselessSources, decodeCaseless);
  const onLower = lowered === null ? null : new RegExp(lowered, `${flags}u`);
  const onAsciiLower = ascii === null ? null : new RegExp(ascii, flags);
  return {
    over: (text, lower) =>
      onLower && lower.length === text.length
        ? { regex: onAsciiLower && asciiWordText(lower) ? onAsciiLower : onLower, subject: lower }
        : { regex: caseless, subject: text },
  };
}

const recentAsciiAnswers = new Map<string, boolean>();
const RECENT_ASCII_CAPACITY = 512;

/**
 * `isAsciiWordText`, remembered for the texts asked about lately: each lexicon's
 * patterns run block after block, so the same few blocks come back once per
 * lexicon, and remembering only the last one rescanned each of them every time.
 */
function asciiWordText(lower: string): boolean {
  let answer = recentAsciiAnswers.get(lower);
  if (answer === undefined) {
    answer = isAsciiWordText(lower);
    if (recentAsciiAnswers.size >= RECENT_ASCII_CAPACITY) recentAsciiAnswers.clear();
    recentAsciiAnswers.set(lower, answer);
  }
  return answer;
}

/**
 * Finds which of many literals occur in a lower-cased text, in one scan, for
 * every lexicon at once: each lexicon's patterns then run only where one of
 * the pieces they need is present.
 */
export type LiteralScanner = (lower: string) => ReadonlySet<string>;

export function literalScanner(literals: Iterable<string>): LiteralScanner {
  // Longest first, so at each position the scan reports the longest literal starting there.
  const sorted = [...new Set(literals)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!sorted.length) return () => new Set();
  const union = new RegExp(sorted.map(escape).join("|"), "g");
  // Literals that start where a longer one starts are present whenever it is.
  const prefixesOf = new Map(sorted.map((l) => [l, sorted.filter((o) => o.length <= l.length && l.startsWith(o))]));
  return (lower) => {
    const found = new Set<string>();
    union.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = union.exec(lower))) {
      if (!found.has(m[0])) for (const l of prefixesOf.get(m[0])!) found.add(l);
      // Restart one character on, not after the match: another literal may start inside this one.
      union.lastIndex = m.index + 1;
    }
    return found;
  };
}

/** Entries the word trie can hold: letters and digits with spaces, hyphens, apostrophes, dots or slashes. */
function isWordEntry(entry: string): boolean {
  const body = (entry.endsWith("*") ? entry.slice(0, -1) : entry).trim();
  return !!body && !/[^\p{L}\p{N}\s'’.\-/]/u.test(body) && /[\p{L}\p{N}]/u.test(body);
}


const inflectingCache = new WeakMap<readonly string[], PhraseMatcher>();
const literalCache = new WeakMap<readonly string[], PhraseMatcher>();
const NONE: readonly number[] = [];
/** Shared by every text in which no pattern matches; never added to. */
const NO_PATTERN_MATCHES: PhraseMatch[] = Object.freeze([]) as unknown as PhraseMatch[];

export function compilePhrases(entries: readonly string[], inflect = true): PhraseMatcher {
  const cache = inflect ? inflectingCache : literalCache;
  const cached = cache.get(entries);
  if (cached) return cached;
  // Entries are sorted now, but tries and patterns are built on first use: many lexicons are only ever
  // read through the combined trie, and a command that exits after one file should not build what it never asks.
  const wordEntries: string[] = [];
  const patterns: { entry: string; source: string }[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    if (entry.startsWith("re:") || !isWordEntry(entry)) patterns.push({ entry, source: regexSource(entry) });
    else wordEntries.push(entry);
  }
  // A lexicon's own words are a combined trie of one lexicon: one trie and one walk for both uses.
  let words: CombinedMatcher | null = null;
  const wordMatcher = (): CombinedMatcher => (words ??= compileCombined(new Map([["", wordEntries]]), inflect ? undefined : new Set([""])));
  let compiledPatterns:
    | { entry: string; pattern: CaselessPattern; literals: string[] | null; mayMatch: (lower: string) => boolean }[]
    | null = null;
  // One test of the lexicon's required pieces rules out every pattern at once for most texts.
  let anyPattern: ((lower: string) => boolean) | null = null;
  // Given the literals a scan found, the patterns to run: a scan finds one or two literals in most
  // paragraphs, so looking those up costs less than asking after each of the lexicon's literals.
  const patternsWithLiteral = new Map<string, number[]>();
  const patternsWithoutLiterals: number[] = [];
  const compiledList = () => {
    if (!compiledPatterns) {
      const literals = patterns.map((p) => remembered("literals", p.source, requiredAnyOf, (known: string[] | null) => known));
      compiledPatterns = patterns.map((p, i) => ({ entry: p.entry, pattern: caselessPattern(p.source), literals: literals[i], mayMatch: prefilter(literals[i]) }));
      literals.forEach((list, i) => {
        if (!list) patternsWithoutLiterals.push(i);
        for (const literal of new Set(list)) {
          const indices = patternsWithLiteral.get(literal);
          if (indices) indices.push(i);
          else patternsWithLiteral.set(literal, [i]);
        }
      });
      const union = patternsWithoutLiterals.length ? null : anyOf([...patternsWithLiteral.keys()]);
      anyPattern = union ? (lower) => union.test(lower) : () => true;
    }
    return compiledPatterns;
  };
  /** Indices of the patterns that may match a text holding `present`, in the lexicon's order. */
  const patternsFor = (present: ReadonlySet<string>): readonly number[] => {
    let picked: number[] | null = null;
    for (const literal of present) {
      const indices = patternsWithLiteral.get(literal);
      if (indices) (picked ??= [...patternsWithoutLiterals]).push(...indices);
    }
    if (!picked) return patternsWithoutLiterals;
    // Earlier patterns win overlapping matches, so the order is the lexicon's.
    picked.sort((a, b) => a - b);
    return picked.filter((index, i) => i === 0 || picked![i - 1] !== index);
  };
  const mayMatchAny = (lower: string) => {
    compiledList();
    return anyPattern!(lower);
  };
  const hasPatterns = patterns.length > 0;
  const hasWords = wordEntries.length > 0;

  const findWords = (text: string, tokens: readonly MatchToken[]): PhraseMatch[] =>
    hasWords ? (wordMatcher().findWords(text, tokens).get("") ?? []) : [];


  /** Indices of the patterns that may match a text, in the lexicon's order. */
  const runnable = (lower: string, present?: ReadonlySet<string>): readonly number[] => {
    const list = compiledList();
    if (present) return patternsFor(present);
    if (!mayMatchAny(lower)) return NONE;
    const out: number[] = [];
    // Most texts hold none of the pieces a pattern requires; skip the scan for them.
    for (let i = 0; i < list.length; i++) if (list[i].mayMatch(lower)) out.push(i);
    return out;
  };

  const findPatterns = (text: string, knownLower?: string, present?: ReadonlySet<string>): PhraseMatch[] => {
    if (!hasPatterns) return [];
    const lower = knownLower ?? lowerCased(text);
    const list = compiledList();
    const indices = runnable(lower, present);
    // Most texts give no pattern anything to run; they share one empty result instead of each allocating one.
    if (!indices.length) return NO_PATTERN_MATCHES;
    const out: PhraseMatch[] = [];
    for (const i of indices) {
      const { regex, subject } = list[i].pattern.over(text, lower);
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(subject))) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        const start = m.index;
        const end = start + m[0].length;
        if (!out.some((o) => start < o.end && end > o.start)) out.push({ text: text.slice(start, end), start, end, entry: list[i].entry });
      }
    }
    return out.length ? out.sort((a, b) => a.start - b.start) : NO_PATTERN_MATCHES;
  };

  const testPatterns = (text: string, knownLower?: string, present?: ReadonlySet<string>): boolean => {
    if (!hasPatterns) return false;
    const lower = knownLower ?? lowerCased(text);
    const list = compiledList();
    return runnable(lower, present).some((i) => {
      const { regex, subject } = list[i].pattern.over(text, lower);
      regex.lastIndex = 0;
      return regex.test(subject);
    });
  };

  const findInTokens = (text: string, tokens: readonly MatchToken[]): PhraseMatch[] => {
    const out = findWords(text, tokens);
    if (!hasPatterns) return out;
    for (const p of findPatterns(text)) if (!out.some((o) => p.start < o.end && p.end > o.start)) out.push(p);
    return out.sort((a, b) => a.start - b.start);
  };

  const matcher: PhraseMatcher = {
    entries,
    findInTokens,
    findWords,
    requiredWords: () => (hasWords ? wordMatcher().requiredWords() : []),
    findPatterns,
    requiredLiterals: () => {
      compiledList();
      // A pattern with no required literal runs on every text, so it adds nothing to look for.
      return [...new Set(compiledPatterns!.flatMap((p) => p.literals ?? []))];
    },
    hasPatterns,
    find: (text) => findInTokens(text, matchTokens(text)),
    // Stops at the first hit: rules ask "does this text say X?" far more often than "where?".
    test: (text) => (hasWords && findWords(text, matchTokens(text)).length > 0) || testPatterns(text),
    testPatterns,
    count: (text) => findInTokens(text, matchTokens(text)).length,
  };
  cache.set(entries, matcher);
  return matcher;
}

/**
 * Every lexicon's word and phrase entries in one trie, so the words of a
 * sentence are walked once for all lexicons instead of once per lexicon. The
 * result for each lexicon is exactly what its own matcher's `findWords` gives:
 * leftmost, longest, non-overlapping matches.
 */
export interface CombinedMatcher {
  findWords(text: string, tokens: readonly MatchToken[]): Map<string, PhraseMatch[]>;
  /**
   * For each word sequence an entry matches, a piece of each of its words with
   * no apostrophe in it: a text whose lower case holds no sequence's pieces
   * all holds no match, and that costs a scan of the text rather than
   * splitting it into words. (A token is its text lower-cased, save for curly
   * apostrophes straightened and for the capital sigma, whose lower case
   * depends on its neighbours: a text with a "Σ" cannot be ruled out this way.)
   */
  requiredWords(): string[][];
}

// Most of the trie's thousands of nodes end one entry and lead nowhere; they get their maps and lists only when
// something is filed in them, which is much of the cost of building the trie when a process starts.
interface CombinedNode {
  next: Map<string, CombinedNode> | null;
  exact: readonly { lexicon: number; entry: string }[];
  /** Wildcard entries ending at this node, filed by their stem's first character: a word can only match the ones filed under its own. */
  prefixes: Map<string, { lexicon: number; stem: string; entry: string }[]> | null;
}

const NO_EXACT: CombinedNode["exact"] = Object.freeze([]);
const newCombinedNode = (): CombinedNode => ({ next: null, exact: NO_EXACT, prefixes: null });

const JOINER = /[\s\-‐‑–/]/;

/** True when characters [from, to) hold only spaces, hyphens and slashes: the words on either side may form a phrase. */
function onlyJoiners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== " " && !JOINER.test(c)) return false;
  }
  return true;
}

/** `literal` names the lists whose entries match only as written (lists of names). */
export function compileCombined(lists: ReadonlyMap<string, readonly string[]>, literal: ReadonlySet<string> = new Set()): CombinedMatcher {
  const root = newCombinedNode();
  // Lexicons are numbered so that the walk keeps its bookkeeping in arrays, not maps.
  const names = [...lists.keys()];
  const insert = (lexicon: number, entry: string, words: { words: string[]; wildcard: boolean }) => {
    let node = root;
    const last = words.words.length - 1;
    words.words.forEach((word, i) => {
      if (i === last && words.wildcard) {
        const initial = word[0];
        const prefixes = (node.prefixes ??= new Map());
        let filed = prefixes.get(initial);
        if (!filed) prefixes.set(initial, (filed = []));
        filed.push({ lexicon, stem: word, entry });
        return;
      }
      const next = (node.next ??= new Map());
      let child = next.get(word);
      if (!child) {
        child = newCombinedNode();
        next.set(word, child);
      }
      node = child;
    });
    // The first entry to end here wins, as in a lexicon's own trie.
    if (!words.wildcard && !node.exact.some((x) => x.lexicon === lexicon)) node.exact = [...node.exact, { lexicon, entry }];
  };
  const inflected: [number, string, { words: string[]; wildcard: boolean }][] = [];
  names.forEach((lexiconName, lexicon) => {
    for (const raw of lists.get(lexiconName) ?? []) {
      const entry = raw.trim();
      if (!entry || entry.startsWith("re:")) continue;
      const words = asWords(entry);
      if (!words) continue;
      insert(lexicon, entry, words);
      if (!words.wildcard && !literal.has(lexiconName)) for (const form of entryForms(words.words, entry)) inflected.push([lexicon, entry, { words: form, wildcard: false }]);
    }
  });
  // Inflected forms go in after every entry as written, so an entry that spells a form out itself keeps its own name.
  for (const [lexicon, entry, words] of inflected) insert(lexicon, entry, words);

  // Worked out only when asked: most tries, the combined one above all, are never asked, and building it costs at startup.
  let required: string[][] | null = null;
  const requiredWords = (): string[][] => {
    if (required) return required;
    // Of each word sequence filed above, each word's longest piece between apostrophes (a wildcard's stem is a piece of its word too).
    const sequences = new Map<string, string[]>();
    const longestPiece = (word: string) => word.split("'").reduce((a, b) => (b.length > a.length ? b : a));
    const file = (words: readonly string[]) => {
      const pieces = [...new Set(words.map(longestPiece))];
      sequences.set(pieces.join(" "), pieces);
    };
    for (const lexiconName of names) {
      for (const raw of lists.get(lexiconName) ?? []) {
        const entry = raw.trim();
        const words = entry && !entry.startsWith("re:") ? asWords(entry) : null;
        if (!words) continue;
        file(words.words);
        if (!words.wildcard && !literal.has(lexiconName)) for (const form of entryForms(words.words, entry)) file(form);
      }
    }
    return (required = [...sequences.values()]);
  };

  // Which first words could start an entry, by first character and length: a few hundred bytes that answer "no"
  // for most words without touching the trie's large root map.
  const rootFilter = new Uint32Array(128);
  for (const word of root.next?.keys() ?? []) rootFilter[word.charCodeAt(0) & 127] |= 1 << Math.min(word.length, 31);
  for (const [initial, stems] of root.prefixes ?? []) {
    for (const { stem } of stems) for (let length = Math.min(stem.length, 31); length <= 31; length++) rootFilter[initial.charCodeAt(0) & 127] |= 1 << length;
  }

  // Per lexicon: where its next match may start, and the longest match from the current start.
  const cursor = new Array<number>(names.length).fill(0);
  const bestEnd = new Array<number>(names.length).fill(-1);
  const bestEntry = new Array<string>(names.length).fill("");
  const touched: number[] = [];
  const consider = (lexicon: number, i: number, j: number, entry: string) => {
    if (cursor[lexicon] > i) return;
    if (bestEnd[lexicon] < 0) touched.push(lexicon);
    bestEnd[lexicon] = j;
    bestEntry[lexicon] = entry;
  };

  return {
    requiredWords,
    findWords(text, tokens) {
      const out = new Map<string, PhraseMatch[]>();
      cursor.fill(0);
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i].norm;
        // Most words start no entry of any lexicon.
        if (!(rootFilter[first.charCodeAt(0) & 127] & (1 << Math.min(first.length, 31)))) continue;
        let node: CombinedNode | undefined = root;
        for (let j = i; j < tokens.length && node; j++) {
          const word = tokens[j].norm;
          const prefixes = node.prefixes?.get(word[0]);
          if (prefixes) for (const p of prefixes) if (word.startsWith(p.stem)) consider(p.lexicon, i, j, p.entry);
          node = node.next?.get(word);
          if (node) for (const x of node.exact) consider(x.lexicon, i, j, x.entry);
          if (node && j + 1 < tokens.length && !onlyJoiners(text, tokens[j].end, tokens[j + 1].start)) break;
        }
        if (!touched.length) continue;
        const start = tokens[i].start;
        for (const lexicon of touched) {
          const end = tokens[bestEnd[lexicon]].end;
          const name = names[lexicon];
          let list = out.get(name);
          if (!list) out.set(name, (list = []));
          list.push({ text: text.slice(start, end), start, end, entry: bestEntry[lexicon] });
          cursor[lexicon] = bestEnd[lexicon] + 1;
          bestEnd[lexicon] = -1;
        }
        touched.length = 0;
      }
      return out;
    },
  };
}
