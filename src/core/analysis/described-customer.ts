import type { Analysis } from "./analysis";
import type { PhraseMatcher } from "../lexicons/match";
import { describedRole, roleInSituation } from "./people";

/** "Hypothetical user (a solo developer who just started running agents overnight)": who, in what situation. */
const PARENTHESISED = /[(（]([^()（）]+)[)）][\s*_]*$/u;
/** Scripts written without spaces between words: there a description is measured in characters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * An attribution whose parentheses describe the speaker's situation, in any language: four words or more, or eight
 * characters of a script written without spaces. "(CTO)" or "(beta)" is a label, not a situation.
 */
function situationInParentheses(attribution: string): boolean {
  const inside = PARENTHESISED.exec(attribution)?.[1].trim();
  if (!inside) return false;
  return UNSPACED_SCRIPT.test(inside) ? [...inside].length >= 8 : inside.split(/\s+/).length >= 4;
}

/**
 * A customer described by role and situation, named or not: a quote from "Director of Data Governance, large US
 * bank", or "a night-shift radiographer who re-enters 60 requests a shift" in the press release.
 */
export function describesCustomerByRole(analysis: Analysis, placeholders: PhraseMatcher): boolean {
  const quotes = analysis.parts("quote").filter((q) => q.voice === "customer" && !analysis.companyQuotes.includes(q));
  // "Mr. CTO, ACME Corp" has the shape of a role in a setting, but a template's stock name describes nobody.
  if (quotes.some((q) => q.speaker && (describedRole(q.speaker.attribution) || situationInParentheses(q.speaker.attribution)) && !placeholders.test(q.speaker.attribution))) {
    return true;
  }
  return analysis.pressReleaseBlocks.some((b) => b.sentences.some((s) => roleInSituation(s.text)));
}
