import { critique } from "../index";
import { defaultLexicons } from "./index";
import { recordLexiconCompilation } from "./match";

/**
 * The tables for precompiled.ts: every default lexicon compiled in full, then
 * the given documents critiqued, so that the word lists rules and the parser
 * compile for themselves are caught too, whatever lexicon modules hold at
 * build time. Run by scripts/build.mjs.
 */
export function precompileLexicons(documents: readonly string[]): string {
  const stop = recordLexiconCompilation();
  const lexicons = defaultLexicons();
  lexicons.combined();
  for (const name of lexicons.names()) lexicons.matcher(name).requiredLiterals();
  lexicons.scanLiterals("");
  for (const text of documents) critique(text);
  return stop();
}
