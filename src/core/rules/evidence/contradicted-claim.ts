import type { SentenceMatch } from "../../analysis/analysis";
import { defineRule, type RuleContext } from "../../engine/types";
import { contradictionFamilies, type ContradictionFamily } from "../../lexicons/contradictions";
import type { Block, FaqEntry, Sentence } from "../../model/types";

/** A negation just before a promise turns it round: "it is not free", "isn't available today". */
const NEGATED_BEFORE = /(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+)?$/i;
/** A negation anywhere earlier in the clause: "nothing is sent to a hosted model", "without creating an account". */
const NEGATION = /n't\b|\b(?:never|not|no|without|nothing|none|neither|nor|zero)\b/i;
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b/gi;

/** An FAQ answer's own label, which the reader does not need quoted back ("A: There is a waiting list"). */
const ANSWER_LABEL = /^(?:a|answer)\s*[:.]\s*/i;

/** Words around the thing a data promise protects that say nothing about which thing it is. */
const NOT_A_SUBJECT = new Set([
  "your", "our", "their", "the", "a", "an", "all", "any", "and", "or", "of", "its", "his", "her", "my", "that", "this", "these",
  "those", "so", "it", "they", "we", "you", "data", "everything", "anything", "information", "info", "content", "processing",
  "work", "which", "what", "also", "still", "always", "just", "only", "is", "are", "and", "every", "each", "user", "users",
  "personal", "private", "sensitive", "raw", "happens", "runs", "run", "stays", "remains", "local", "locally",
]);

/** Where in its sentence the clause around [start, end) begins and ends. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}

/** The clause that holds a match, as a reader would quote it. */
function quoteOf({ sentence, match }: SentenceMatch): string {
  const { from, to } = clauseAround(sentence.text, match.start, match.end);
  const clause = sentence.text.slice(from, to).trim().replace(/[.!?]+$/, "");
  if (clause.length <= 90 && clause.length >= 24) return clause;
  // A clause too long to quote, or a fragment ("a free, open-source tool"): quote the words around the match.
  const start = Math.max(0, sentence.text.lastIndexOf(" ", Math.max(0, match.start - 30)) + 1);
  const end = sentence.text.indexOf(" ", Math.min(sentence.text.length, match.end + 30));
  return sentence.text
    .slice(start, end < 0 ? undefined : end)
    .trim()
    .replace(ANSWER_LABEL, "")
    .replace(/[.!?,;:]+$/, "");
}

function negatedInClause({ sentence, match }: SentenceMatch): boolean {
  const { from } = clauseAround(sentence.text, match.start, match.end);
  return NEGATION.test(sentence.text.slice(from, match.start));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/**
 * What a data promise protects, when it names it ("your tax documents never
 * touch our servers": tax, document); empty when it is about data in general
 * or the product as a whole.
 */
function protectedThings({ sentence, match }: SentenceMatch, productName: string | null): string[] {
  const { from } = clauseAround(sentence.text, match.start, match.end);
  const words = sentence.text.slice(from, match.start).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const product = new Set((productName ?? "").toLowerCase().split(/\s+/));
  // A name ("MCP Audit runs entirely in your browser") is the product, not a kind of data.
  const isName = (w: string, i: number) => /^\p{Lu}{2,}/u.test(w) || (i > 0 && /^\p{Lu}/u.test(w)) || product.has(w.toLowerCase());
  return words
    .filter((w, i) => !isName(w, i))
    .slice(-3)
    .map((w) => singular(w.toLowerCase()))
    .filter((w) => !NOT_A_SUBJECT.has(w) && w.length > 2);
}

function mentionsAny(text: string, things: string[]): boolean {
  const words = new Set((text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map(singular));
  return things.some((t) => words.has(t));
}

function isQualified(ctx: RuleContext, lexicon: string, sentence: Sentence): boolean {
  return ctx.lexicons.matcher(lexicon).test(sentence.text);
}

function claimsOf(ctx: RuleContext, family: ContradictionFamily, blocks: Block[]): SentenceMatch[] {
  return ctx.analysis
    .matches(family.claim, blocks)
    .filter((m) => !NEGATED_BEFORE.test(m.sentence.text.slice(0, m.match.start)) && !isQualified(ctx, family.claimUnless, m.sentence));
}

function contrariesIn(ctx: RuleContext, family: ContradictionFamily, entry: FaqEntry): SentenceMatch[] {
  if (family.contraryEntryUnless && ctx.lexicons.matcher(family.contraryEntryUnless).test(`${entry.questionText}\n${entry.answerText}`)) return [];
  // A table row lists things ("SaaS | Slack, OpenAI APIs"); it does not say where the data goes.
  const prose = entry.answer.filter((b) => b.kind === "paragraph");
  return ctx.analysis.matches(family.contrary, prose).filter((m) => !negatedInClause(m) && !isQualified(ctx, family.contraryUnless, m.sentence));
}

export default defineRule({
  meta: {
    id: "contradicted-claim",
    category: "evidence",
    severity: "warning",
    description:
      "The press release promises something an FAQ answer takes back: data that \"never leaves your device\" sent to a hosted model, " +
      "\"free\" beside a monthly price, \"no sign-up\" beside \"create an account\", \"available today\" beside a waitlist.",
    question: "Which of the two is true, and what does the other line have to say instead?",
    rationale:
      "A reviewer who finds the FAQ taking back a promise of the press release stops believing the press release. Usually the " +
      "promise was written first and the design moved on; the fix is to say the true thing in both places, or to change the design.",
    examples: {
      flagged: ["Your tax documents never touch our servers. … A: We send the documents to a hosted AI model for parsing."],
      passes: ["Start with a 14-day free trial. … A: After the trial, the plan is $12 per month."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const pressRelease = analysis.pressReleaseBlocks.filter((b) => b.kind === "paragraph" || b.kind === "heading" || b.kind === "table-row");
    if (!pressRelease.length) return;
    for (const family of contradictionFamilies) {
      const claims = claimsOf(ctx, family, pressRelease);
      if (!claims.length) continue;
      const entries = family.contraryIn === "customer-faq" ? analysis.customerEntries : analysis.faqEntries;
      const pair = firstPair(ctx, family, claims, entries);
      if (!pair) continue;
      const [claim, contrary] = pair;
      const claimLine = claim.sentence.span.start.line;
      const contraryLine = contrary.sentence.span.start.line;
      ctx.report({
        message: `The press release says "${quoteOf(claim)}" (line ${claimLine}), but an FAQ answer says "${quoteOf(contrary)}" (line ${contraryLine}): the two disagree about ${family.topic}.`,
        at: analysis.within(claim.sentence, claim.match.start, claim.match.end),
        related: [{ at: analysis.within(contrary.sentence, contrary.match.start, contrary.match.end), message: "The FAQ answer that says otherwise." }],
      });
    }
  },
});

function firstPair(ctx: RuleContext, family: ContradictionFamily, claims: SentenceMatch[], entries: FaqEntry[]): [SentenceMatch, SentenceMatch] | null {
  for (const entry of entries) {
    const contraries = contrariesIn(ctx, family, entry);
    if (!contraries.length) continue;
    for (const claim of claims) {
      if (family.subjectMustMatch) {
        const things = protectedThings(claim, ctx.doc.productName);
        if (things.length && !mentionsAny(`${entry.questionText} ${entry.answerText}`, things)) continue;
      }
      return [claim, contraries[0]];
    }
  }
  return null;
}
