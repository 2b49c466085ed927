/**
 * What a PR/FAQ claims to know, pulled out of a critiqued document so two
 * versions can be compared by meaning rather than by lines: who the customer
 * is, the problem and its numbers, the claims, the answers to the hard
 * questions, and the kill criteria.
 */
import { Analysis } from "../analysis/analysis";
import { findQuantities } from "../analysis/quantities";
import type { Critique } from "../engine/critic";
import type { Finding } from "../engine/types";
import { matchHardQuestion } from "../interview/answers";
import type { Lexicons } from "../lexicons";
import type { Block, PrfaqDocument, Span } from "../model/types";

export interface AnswerFact {
  /** The hard question's id in the lexicon, when the question asks one. */
  id: string | null;
  question: string;
  answer: string;
  /** True when the critic counts the answer as missing or evasive. */
  open: boolean;
}

export type Comparator = "below" | "above" | "within";

/** One bar in the kill criteria: "fewer than 40%", "after 12 weeks". */
export interface Threshold {
  comparator: Comparator;
  value: number;
  /** The unit or measured thing after the number ("%", "weeks"). */
  unit: string;
  /** The words as written ("fewer than 40%"). */
  text: string;
}

export interface DocumentFacts {
  title: string | null;
  headline: string | null;
  /** Sentences that say who the customer is. */
  customer: string[];
  /** Broad segments named where the customer is described ("enterprises"). */
  segments: string[];
  /** Named customers who speak in the press release. */
  namedCustomers: string[];
  problem: string[];
  /** Quantities stated in the problem, as written. */
  problemNumbers: string[];
  /** Sentences of the press release outside the problem that state a number or a comparison. */
  claims: string[];
  hardQuestions: AnswerFact[];
  killCriteria: string[];
  thresholds: Threshold[];
  successMetrics: string[];
  decision: { outcome: string | null; reason: string | null; date: string | null } | null;
  findings: Finding[];
  readiness: string;
}

function sentencesOf(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.sentences.length ? b.sentences.map((s) => s.text.trim()) : [b.text.trim()])).filter(Boolean);
}

function within(span: Span, f: Finding): boolean {
  return f.offset >= span.start.offset && f.endOffset <= span.end.offset;
}

const COMPARISON = /\b(?:faster|cheaper|quicker|slower|fewer|less|more|better|instead of|compared (?:to|with)|than|from \S+ to|cuts?|reduces?|halves?|doubles?)\b/i;

/** "Has not fallen below 25%" kills while the value stays at or above 25%; the negation flips the bar. */
const NOT_BELOW = /\bnot\s+(?:yet\s+)?(?:fallen|dropped|gone|come|got(?:ten)?)\s+(?:down\s+)?(?:below|under)\s*$/i;
const NOT_ABOVE = /\bnot\s+(?:yet\s+)?(?:reached|hit|risen\s+(?:above|to)|grown\s+(?:above|to)|gone\s+above|exceeded)\s*$/i;
const BELOW = /\b(?:fewer than|less than|below|under|lower than|at most|no more than|short of)\s*$/i;
const ABOVE = /\b(?:more than|over|above|exceeds?|at least|greater than|higher than|still)\s*$/i;
const WITHIN = /\b(?:after|within|in|by|over the first|for)\s*(?:the\s+first\s+)?$/i;
const TIME_UNIT = /^\s*(?:calendar\s+|working\s+)?(days?|weeks?|months?|quarters?|years?|sprints?)\b/i;

/**
 * Reads the bars in kill criteria. "Fewer than 40% … after 12 weeks" gives a
 * lower bar of 40% and a window of 12 weeks.
 */
export function readThresholds(text: string): Threshold[] {
  const out: Threshold[] = [];
  for (const q of findQuantities(text)) {
    if (q.value === null) continue;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    const after = text.slice(q.end, q.end + 30);
    const time = TIME_UNIT.exec(after);
    const unit = /%|percent|per cent/.test(q.text) ? "%" : time ? time[1].toLowerCase().replace(/s$/, "") : (/^\s*([\p{L}]+)/u.exec(after)?.[1].toLowerCase() ?? "");
    let comparator: Comparator | null = null;
    if (time && WITHIN.test(before)) comparator = "within";
    else if (NOT_BELOW.test(before)) comparator = "above";
    else if (NOT_ABOVE.test(before)) comparator = "below";
    else if (BELOW.test(before)) comparator = "below";
    else if (ABOVE.test(before)) comparator = "above";
    if (!comparator) continue;
    const lead = /((?:\p{L}+\s+){0,3})$/u.exec(before)?.[1] ?? "";
    out.push({ comparator, value: q.value, unit, text: `${lead}${q.text}${time ? time[0] : ""}`.trim() });
  }
  return out;
}

function customerSentences(analysis: Analysis, doc: PrfaqDocument): string[] {
  const out: string[] = [];
  for (const p of doc.parts) {
    if (p.kind === "subheading") out.push(p.text.trim());
    if (p.kind === "other" && /^\s*(?:the\s+)?(?:target\s+)?customers?\b/i.test(p.title)) out.push(...sentencesOf(p.blocks));
  }
  for (const e of analysis.faqEntries) if (/\bwho\b.*\bfor\b|\bcustomer is\b|\btarget (?:customer|audience)\b/i.test(e.questionText)) out.push(e.answerText.trim());
  const segments = analysis.lexicons.matcher("vague-segments");
  const problem = analysis.parts("problem").flatMap((p) => sentencesOf(p.blocks));
  // The sentence that introduces someone: the first one in the problem, or any that names a segment.
  if (problem[0]) out.push(problem[0]);
  for (const s of [...sentencesOf(analysis.parts("summary").flatMap((p) => p.blocks)), ...problem.slice(1)]) if (segments.test(s)) out.push(s);
  return [...new Set(out.filter(Boolean))];
}

export function factsOf(critique: Critique, lexicons: Lexicons): DocumentFacts {
  const doc = critique.document;
  const analysis = new Analysis(doc, lexicons);
  const fm = doc.frontMatter?.data ?? {};
  const headline = analysis.part("headline")?.text.trim() ?? null;
  const title = typeof fm.title === "string" && fm.title.trim() ? fm.title.trim() : (doc.productName ?? headline);

  const customer = customerSentences(analysis, doc);
  const segmentMatcher = lexicons.matcher("vague-segments");
  const segments = [...new Set(customer.flatMap((s) => segmentMatcher.find(s).map((m) => m.text.toLowerCase())))];
  const namedCustomers = analysis
    .parts("quote")
    .filter((q) => q.voice === "customer" && q.speaker)
    .map((q) => [q.speaker!.name, q.speaker!.description].filter(Boolean).join(", "))
    .filter(Boolean);

  const problemBlocks = analysis.parts("problem").flatMap((p) => p.blocks);
  const problem = sentencesOf(problemBlocks);
  const problemNumbers = problem.flatMap((s) => findQuantities(s).filter((q) => q.hasUnit).map((q) => q.text));
  const problemSet = new Set(problemBlocks);
  const claimBlocks = analysis.pressReleaseBlocks.filter((b) => !problemSet.has(b) && b.kind !== "heading");
  const claims = sentencesOf(claimBlocks).filter((s) => findQuantities(s).some((q) => q.hasUnit) || COMPARISON.test(s));
  if (headline && (findQuantities(headline).length || COMPARISON.test(headline))) claims.unshift(headline);

  const hardQuestions: AnswerFact[] = analysis.internalEntries.map((e) => {
    const open = !e.answerText.trim() || critique.findings.some((f) => f.category === "hard-questions" && within(e.span, f));
    return { id: matchHardQuestion(e.questionText, lexicons.hardQuestions)?.id ?? null, question: e.questionText.trim(), answer: e.answerText.trim(), open };
  });

  const killCriteria = sentencesOf(analysis.parts("kill-criteria").flatMap((p) => p.blocks));
  const successMetrics = sentencesOf(analysis.parts("success-metrics").flatMap((p) => p.blocks));
  return {
    title,
    headline,
    customer,
    segments,
    namedCustomers,
    problem,
    problemNumbers,
    claims,
    hardQuestions,
    killCriteria,
    thresholds: readThresholds(killCriteria.join(" ")),
    successMetrics,
    decision: doc.decision ? { outcome: doc.decision.outcome, reason: doc.decision.reason, date: doc.decision.date } : null,
    findings: critique.findings,
    readiness: critique.verdict.label,
  };
}
