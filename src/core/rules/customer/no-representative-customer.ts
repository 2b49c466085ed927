import { describedRole, roleInSituation } from "../../analysis/people";
import type { Analysis } from "../../analysis/analysis";
import { defineRule } from "../../engine/types";
import type { PhraseMatcher } from "../../lexicons/match";

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

export default defineRule({
  meta: {
    id: "no-representative-customer",
    category: "customer",
    severity: "warning",
    description: "The press release describes no representative customer: no one with a role and a situation, named or not.",
    question: "Who is one customer this is for: their name, their role, and the situation in which the problem hits them?",
    rationale:
      "Working Backwards starts from one representative customer, described well enough that the team could go and find " +
      "people like them. Without one, a review argues about features because nobody can say whose problem is being solved.",
    examples: {
      flagged: ["Sales teams everywhere are frustrated with their CRM. \"It's amazing,\" said a happy customer."],
      passes: ["Luis Cárdenas signed a lease for his second taqueria in January and paid rent for four months before opening."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const hasProse = analysis.proseBlocks.some((b) => b.kind === "paragraph" && b.text.trim());
    if (!hasProse || analysis.representativeCustomers.length) return;
    // A customer given by role and situation, without a name, is one a reviewer could go and find: not worth a warning.
    if (describesCustomerByRole(analysis, ctx.lexicons.matcher("placeholders"))) return;
    const named = analysis.peopleInPressRelease;
    const message = named.length
      ? `${named[0].mention.name} is named, but the press release never says who they are or what their situation is.`
      : "The press release describes no representative customer: nobody with a role and a situation.";
    ctx.report({ message, at: named.length ? analysis.within(named[0].sentence, named[0].mention.start, named[0].mention.end) : analysis.topTarget });
  },
});
