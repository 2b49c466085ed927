import { isPunctuationOutsideAscii } from "./text";

/**
 * ASCII forms of regular expressions written with Unicode letter and digit
 * classes. V8 tests a character against `\p{L}` by searching a table of
 * ranges, and against `[A-Za-z]` by two comparisons; the expressions that run
 * over every sentence are several times faster in ASCII form. The two forms
 * find the same matches in any text for which `isAsciiWordText` is true.
 */

let lastText: string | null = null;
let lastAnswer = false;

/**
 * True when a text has no letter, digit or mark outside ASCII and no astral
 * character. It may say false of a text that has none, which costs only
 * speed: the Unicode form is right for every text.
 */
export function isAsciiWordText(text: string): boolean {
  // Several expressions run over the same text in a row.
  if (text === lastText) return lastAnswer;
  lastText = text;
  lastAnswer = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && !isPunctuationOutsideAscii(c)) {
      lastAnswer = false;
      break;
    }
  }
  return lastAnswer;
}

const ASCII_CLASSES: Record<string, string> = { L: "A-Za-z", Lu: "A-Z", Ll: "a-z", N: "0-9" };

/**
 * The expression with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` narrowed to
 * ASCII and without the `u` flag, or null when it uses anything else that
 * `u` mode reads differently (other properties, `\P{…}`, `\u{…}`).
 */
export function asciiForm(regex: RegExp): RegExp | null {
  if (!regex.flags.includes("u")) return regex;
  const source = regex.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      const next = source[i + 1];
      if (next === "p" && source[i + 2] === "{") {
        const close = source.indexOf("}", i);
        const range = ASCII_CLASSES[source.slice(i + 3, close)];
        if (!range) return null;
        out += inClass ? range : `[${range}]`;
        i = close;
        continue;
      }
      if (next === "P" || (next === "u" && source[i + 2] === "{")) return null;
      out += ch + (next ?? "");
      i++;
      continue;
    }
    if (ch === "[" && !inClass) inClass = true;
    else if (ch === "]" && inClass) inClass = false;
    out += ch;
  }
  return new RegExp(out, regex.flags.replace("u", ""));
}

/** Both forms of an expression, and the one to use on a given text. */
export interface DualPattern {
  unicode: RegExp;
  ascii: RegExp;
  /** The form for this text; its `lastIndex` is reset. */
  for(text: string): RegExp;
}

export function dualPattern(regex: RegExp): DualPattern {
  const ascii = asciiForm(regex);
  if (!ascii) throw new Error(`no ASCII form for /${regex.source}/`);
  return {
    unicode: regex,
    ascii,
    for(text) {
      const chosen = isAsciiWordText(text) ? ascii : regex;
      chosen.lastIndex = 0;
      return chosen;
    },
  };
}
