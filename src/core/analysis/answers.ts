/**
 * How well an FAQ answer answers its question. Shared by the hard-questions
 * rules and by the coverage of the internal FAQ, so a dodged answer is judged
 * once and the same way everywhere.
 */
import type { PhraseMatch, PhraseMatcher } from "../lexicons";
import type { FaqEntry } from "../model/types";
import { forEachWord, hasMoreWordsThan } from "../parse/text";

export type AnswerVerdict =
  /** No answer under the question. */
  | "empty"
  /** "TBD", "N/A", "not sure", "we'll deal with that when it happens". */
  | "evasive"
  /** The answer only says the question back. */
  | "echo"
  /** Confidence instead of an answer: "Definitely!", "They will, once they see it." */
  | "dismissive"
  | "answered";

export interface AnswerQuality {
  verdict: AnswerVerdict;
  /** The phrase that gave the verdict away, for evasive and dismissive answers. */
  match: PhraseMatch | null;
}

/**
 * "We don't know yet: a four-week pilot with 20 practices will tell us" is an
 * honest answer, so a plan to find out rescues an answer that admits not knowing.
 */
const PLAN =
  /\b(?:we(?:'ll| will)|by|until|after|once)\s+(?:\w+\s+){0,2}(?:run|test|measure|interview|pilot|survey|prototype|find out|learn|know|check|ask|track|trial|review|study|model|estimate)\w*|\d/i;

/**
 * A named way to find out ("a pilot", "interviews"). It rescues an answer only
 * when the answer says something about it: "we'll figure it out in the pilot"
 * names a pilot and defers all the same.
 */
const METHOD = /\bpilot\b|\bexperiment\w*\b|\binterview\w*\b|\bsurvey\w*\b|\bprototype\w*\b/i;
const hasPlan = (rest: string) => PLAN.test(rest) || (METHOD.test(rest) && hasMoreWordsThan(rest, 6));

/** A reason or evidence in an answer: a dismissive opener followed by one is fine. */
const REASON = /\b(?:because|since|as|so|which|due to|given|for example|e\.g\.|in the pilot|we (?:asked|measured|found|tested|interviewed|surveyed|saw)|of \d|\d)\b/i;

/** Questions answered by yes or no: they open with an auxiliary verb. */
const YES_NO_QUESTION = /^\s*(?:\d+[.)]\s*)?(?:is|are|am|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|isn't|aren't|doesn't|don't|won't|can't|wouldn't|shouldn't|hasn't|haven't)\b/i;

const STOP = new Set([
  "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "is", "are", "was", "were",
  "be", "been", "it", "its", "this", "that", "these", "those", "we", "our", "us", "they", "their", "them", "you", "your",
  "i", "my", "will", "would", "can", "could", "should", "do", "does", "did", "has", "have", "had", "not", "no", "yes",
  "what", "why", "how", "who", "when", "where", "which", "if", "so", "as", "there", "here", "any", "some", "all",
  "already", "yet", "just", "also", "q", "a", "because", "than", "then", "about", "into", "very", "really", "s", "t",
  "don't", "doesn't", "isn't", "aren't", "won't", "hasn't", "haven't", "didn't", "we're", "we'll", "it's", "that's",
]);

function contentWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end).toLowerCase().replace(/’/g, "'");
    if (!STOP.has(word) && word.length > 1) out.push(word.replace(/(?:ies|es|s|ed|ing)$/, ""));
  });
  return out;
}

/** True when the answer adds (almost) nothing the question didn't already say. */
export function isEcho(question: string, answer: string): boolean {
  const asked = new Set(contentWords(question));
  const said = contentWords(answer);
  if (!said.length) return true;
  const fresh = said.filter((w) => !asked.has(w));
  return fresh.length <= 1 && said.length <= asked.size + 3;
}

export interface AnswerMatchers {
  evasive: PhraseMatcher;
  dismissive: PhraseMatcher;
  /** The evasive phrases that deny the premise ("There are none"): a reason after them makes an answer. */
  denial: PhraseMatcher;
}

/** More words than this, in the sentences after a denial, is a reason given, not a flourish. */
const REASON_WORDS = 7;

/**
 * "There are none. We collect no data from our users." denies, then says why in sentences of its own: an answer to
 * argue with, not a dodge. A clause hung on the denial ("no major risks, as the vendor has done this before") leans
 * on it instead of explaining it.
 */
function deniesWithReason(match: PhraseMatch, answer: string, matchers: AnswerMatchers): boolean {
  if (!matchers.denial.test(match.text)) return false;
  const after = answer.slice(match.end);
  const end = after.search(/[.!?;:—–](?:\s|$)/);
  const reason = end < 0 ? "" : after.slice(end + 1);
  return hasMoreWordsThan(reason, REASON_WORDS) && !matchers.evasive.test(reason) && !matchers.dismissive.test(reason);
}

export function judgeAnswer(entry: FaqEntry, matchers: AnswerMatchers): AnswerQuality {
  const answer = entry.answerText.trim();
  if (!answer) return { verdict: "empty", match: null };
  // Only short answers can be evasive, echoes or dismissive; long ones are not counted to the end.
  const upTo25Words = !hasMoreWordsThan(answer, 25);
  const upTo20Words = upTo25Words && !hasMoreWordsThan(answer, 20);
  const yesNoQuestion = YES_NO_QUESTION.test(entry.questionText);
  // "Is this a breaking change?" "No." is an answer; "What does it cannibalize?" "Nothing." is not.
  if (yesNoQuestion && /^\s*(?:yes|no|none|nope|not at all|never)\b/i.test(answer)) return { verdict: "answered", match: null };
  // Most answers are fine: `test` stops early, and only a hit pays for `find`.
  const evasive = upTo25Words && matchers.evasive.test(answer) ? matchers.evasive.find(answer) : [];
  if (evasive.length) {
    const rest = answer.slice(0, evasive[0].start) + answer.slice(evasive[0].end);
    if (!hasPlan(rest) && !deniesWithReason(evasive[0], answer, matchers)) return { verdict: "evasive", match: evasive[0] };
  }
  const dismissive = upTo25Words && matchers.dismissive.test(answer) ? matchers.dismissive.find(answer) : [];
  if (dismissive.length) {
    const rest = answer.slice(dismissive[0].end);
    if (!REASON.test(rest) || /^\s*(?:definitely|absolutely|of course|obviously|certainly)\b/i.test(answer) && !/\d/.test(rest)) {
      return { verdict: "dismissive", match: dismissive[0] };
    }
  }
  // After the dismissive check: "The risk is minimal." repeats "risk", but what it does is wave the question away.
  if (upTo20Words && isEcho(entry.questionText, answer)) return { verdict: "echo", match: null };
  return { verdict: "answered", match: null };
}
