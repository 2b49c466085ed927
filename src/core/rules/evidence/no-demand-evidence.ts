import type { SentenceMatch } from "../../analysis/analysis";
import { defineRule } from "../../engine/types";

/** "We have not interviewed anyone", "no pilot yet", "実証していません": an admission that the evidence is missing. */
const NEGATION_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bwithout|\bzero|\bnone)\b[^.;,:]{0,40}$/i;
const NEGATION_AFTER = /^[^。、.]{0,12}(?:ない|ません|않|없|못)|^\s+(?:yet|has not|have not|hasn't|haven't)\b/;

function isNegated({ sentence, match }: SentenceMatch): boolean {
  return NEGATION_BEFORE.test(sentence.text.slice(0, match.start)) || NEGATION_AFTER.test(sentence.text.slice(match.end));
}

export default defineRule({
  meta: {
    id: "no-demand-evidence",
    category: "evidence",
    severity: "warning",
    description:
      "Nothing in the document shows that anyone outside the team has the problem: no interview, survey, pilot, sign-up, usage figure or cited study, done or planned.",
    question: "Who outside the team has confirmed this problem, and what did they say or do that shows it: an interview, a survey, a pilot, usage data?",
    rationale:
      "A press release can make any problem sound real. What a reviewer weighs is how the team knows: customers interviewed, a " +
      "pilot, a waitlist, a support queue, a measured cost. A document with none of these rests on the author's view alone, and " +
      "the review can only argue opinions. Saying what research is still to be done is an answer too.",
    examples: {
      flagged: ["Freelancers hate chasing invoices. PayPing sends the reminders for them, so they never have to ask twice."],
      passes: ["In interviews with 14 freelance designers, 11 said they had chased an invoice for more than a month last year."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    // A fragment or a note with no press release has no demand to evidence. Characters, not words: Japanese has no spaces to count.
    if (analysis.pressReleaseText.length < 400) return;
    // A quote in the press release is written for the launch day: its pilot and its "last month" are imagined.
    const quoted = new Set(analysis.blocksOf("quote"));
    const prose = analysis.proseBlocks.filter((b) => !quoted.has(b));
    // One unnegated mention is enough. The words are already matched, sentence by sentence, for every lexicon; the patterns
    // run paragraph by paragraph only until one is found, rather than over the whole document every time.
    const saidInWords = prose.some((b) => b.sentences.some((sentence) => analysis.wordMatches(sentence).get("demand-evidence")?.some((match) => !isNegated({ sentence, match }))));
    if (saidInWords || prose.some((b) => analysis.matches("demand-evidence", [b]).some((m) => !isNegated(m)))) return;
    const problem = analysis.part("problem");
    ctx.report({
      message:
        "Nothing in the document shows that customers have this problem: no interview, survey, pilot, sign-up, usage figure or " +
        "cited study, and none planned. The case rests on the author's view.",
      at: problem ? { span: problem.span } : analysis.topTarget,
    });
  },
});
