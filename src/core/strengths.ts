import type { Analysis } from "./analysis/analysis";
import { killCriteriaOf } from "./analysis/kill-criteria";
import { metricBlocks } from "./analysis/metrics";
import type { Category, Finding } from "./engine/types";
import type { Block, Sentence } from "./model/types";

/** Something the document does well, on the line that earns it. */
export interface Strength {
  category: Category;
  line: number;
  message: string;
}

/**
 * Credit is given only where the document shows the thing itself, never for
 * the mere absence of objections: a press release with no numbers has no
 * wrong numbers either. And never where the critic objects in the same
 * category, so the review does not praise and fault one point at once.
 */
export function strengthsOf(analysis: Analysis, findings: readonly Finding[]): Strength[] {
  const objected = new Set<Category>();
  for (const f of findings) if (f.severity !== "info") objected.add(f.category);
  const out: Strength[] = [];
  const add = (strength: Strength | null) => {
    if (strength && !objected.has(strength.category)) out.push(strength);
  };
  add(customerStrength(analysis, findings));
  add(successStrength(analysis));
  add(killCriteriaStrength(analysis));
  add(hardQuestionsStrength(analysis, findings));
  add(styleStrength(analysis, findings));
  add(applicabilityStrength(analysis, findings));
  add(structureStrength(analysis));
  return out;
}

const lineOf = (at: Block | Sentence) => at.span.start.line;

function clip(text: string, words = 12): string {
  const parts = text.trim().split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(" ")}…` : text.trim();
}

/** Founders and spokespeople speak for the product; they are not the customer it was written for. */
const COMPANY_ROLE = /\b(?:founder|co-founder|ceo|cto|cpo|chief|head of|vp|vice president|director of product|product manager at|creator of|maker of|author of)\b/i;

const CHANGE_IN_OWN_WORDS = /\b(?:used to|no longer|any ?more|now i|now we|now it|now my|now our|before (?:this|it|\w+ing)|instead of)\b/i;

/** Sentences of the press release that name someone, by any word of their name. */
function timesNamed(analysis: Analysis, parts: string[]): number {
  const words = new Set(parts.filter((p) => p.length > 2));
  let times = 0;
  for (const block of analysis.pressReleaseBlocks) {
    for (const sentence of block.sentences) if (analysis.tokensOf(sentence).some((t) => words.has(t.norm))) times++;
  }
  return times;
}

/**
 * A named person with a role or a situation, whose day the press release
 * shows before and after: no-before-after says so when it stays silent.
 */
function customerStrength(analysis: Analysis, findings: readonly Finding[]): Strength | null {
  const beforeAfterShown = !findings.some((f) => f.ruleId === "no-before-after");
  // A quoted customer who says what changed ("Now I don't think about it") shows the before and after in their own words.
  const candidates = analysis.representativeCustomers.filter(
    (c) => c.role && !COMPANY_ROLE.test(c.role) && (beforeAfterShown || (c.quote !== null && CHANGE_IN_OWN_WORDS.test(analysis.textOf(c.quote)))),
  );
  if (!candidates.length) return null;
  // The customer the release follows is the one it names most, not a child or colleague met in passing.
  const named = candidates.map((c) => ({ c, times: timesNamed(analysis, c.parts) }));
  const customer = named.reduce((best, n) => (n.times > best.times ? n : best)).c;
  const line = customer.sentence ? lineOf(customer.sentence) : customer.quote ? customer.quote.span.start.line : 0;
  if (!line) return null;
  return { category: "customer", line, message: `Follows one representative customer, before and after: ${customer.name} (${clip(customer.role!, 10)}).` };
}

const DEFERRED_TARGET = /\b(?:tbd|tbc|to be (?:set|determined|defined|decided|agreed)|(?:will|to) be (?:set|defined|determined|decided|agreed|finali[sz]ed) (?:later|after|once|when)|targets? (?:later|after|once|when)|no targets? yet)\b/i;

/** Success measured with a number and a date, for more than one metric or a single sharp one. */
function successStrength(analysis: Analysis): Strength | null {
  const metrics = metricBlocks(analysis);
  // "Targets will be set after the beta" names the measures and defers the bar: no credit yet.
  if (analysis.blocksOf("success-metrics").some((b) => DEFERRED_TARGET.test(b.text))) return null;
  const sharp = metrics.filter((m) => m.measured && m.timed);
  if (!sharp.length || sharp.length < metrics.length / 2) return null;
  return { category: "success", line: lineOf(sharp[0].block), message: `Success is measured: ${sharp.length} metric${sharp.length > 1 ? "s" : ""} with a number and a date ("${clip(sharp[0].block.text)}").` };
}

/** "Fewer than three of ten", "more than half": a threshold written in words is still a threshold. */
const THRESHOLD_IN_WORDS =
  /\b(?:fewer|less|more|lower|higher|below|above|under|over)(?: than)? (?:a |an )?(?:one|two|three|four|five|six|seven|eight|nine|ten|a dozen|half|a third|a quarter|two thirds|three quarters)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+) (?:of|in|out of) (?:every )?(?:three|four|five|six|seven|eight|nine|ten|twenty|\d+)\b/i;

const hasThreshold = (analysis: Analysis, sentence: Sentence) => analysis.measures(sentence).length > 0 || THRESHOLD_IN_WORDS.test(sentence.text);

/** Kill criteria with a number in them: a result that would stop the project. */
function killCriteriaStrength(analysis: Analysis): Strength | null {
  const { blocks, inline } = killCriteriaOf(analysis);
  const measured = blocks.find((b) => b.sentences.some((s) => hasThreshold(analysis, s))) ?? inline.find((s) => hasThreshold(analysis, s));
  if (!measured) return null;
  return { category: "decision", line: lineOf(measured), message: `States when to stop, with a threshold: "${clip(measured.text)}".` };
}

/** Every hard internal question asked and answered, none of them dodged. */
function hardQuestionsStrength(analysis: Analysis, findings: readonly Finding[]): Strength | null {
  const coverage = analysis.hardQuestionCoverage.filter((c) => c.question.core);
  if (!coverage.length || coverage.some((c) => c.status !== "answered")) return null;
  if (findings.some((f) => f.category === "hard-questions" && f.ruleId !== "missing-hard-questions")) return null;
  const first = coverage.map((c) => c.entry?.question ?? c.section?.label).filter((b): b is Block => !!b).sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  return { category: "hard-questions", line: lineOf(first), message: `The internal FAQ asks all ${coverage.length} hard questions a reviewer would ask, and answers each one.` };
}

/** Findings that say the press release sells instead of informs; plain prose has none of them. */
const HYPE_RULES = new Set(["puffery", "weasel-words", "jargon", "long-sentence", "press-release-length", "readability"]);

/** A press release of about a page, in short sentences, with no hype: what a reader can get through in silence. */
function styleStrength(analysis: Analysis, findings: readonly Finding[]): Strength | null {
  if (!analysis.isEnglish) return null;
  const words = analysis.pressReleaseWords;
  if (words < 250 || words > 600) return null;
  const prBlocks = new Set(analysis.pressReleaseBlocks);
  const sentences = analysis.pressReleaseBlocks.flatMap((b) => b.sentences);
  if (sentences.filter((s) => analysis.wordCount(s.text) > 30).length > 1) return null;
  const prStart = Math.min(...analysis.pressReleaseBlocks.map((b) => b.span.start.offset));
  const prEnd = Math.max(...analysis.pressReleaseBlocks.map((b) => b.span.end.offset));
  if (findings.some((f) => HYPE_RULES.has(f.ruleId) && f.severity !== "info" && f.offset >= prStart && f.offset <= prEnd)) return null;
  const first = analysis.pressReleaseBlocks.find((b) => b.kind === "paragraph" && prBlocks.has(b));
  if (!first) return null;
  const average = Math.round(words / Math.max(1, sentences.length));
  return { category: "style", line: lineOf(first), message: `The press release reads in one sitting: ${words} words, sentences of ${average} words on average, no hype words.` };
}

/** The question that names what the whole bet rests on, asked of the team, not of the customer. */
const RISKIEST_ASSUMPTION =
  /\b(?:biggest|riskiest|largest|greatest|main|single|key|top|most important|central|core)\s+(?:\w+\s+)?(?:risks?|assumptions?|unknowns?|bets?|hypothes[ie]s)\b|\bwhat (?:must|has to|needs to|would have to) (?:be|hold|come) true\b|\bwhat are we (?:betting|assuming)\b/i;

/**
 * A PR/FAQ is the right tool for a bet still to be tested: credit a document
 * that names the assumption it rests on and says what result would stop it,
 * not one written to defend a decision already made.
 */
function applicabilityStrength(analysis: Analysis, findings: readonly Finding[]): Strength | null {
  if (findings.some((f) => f.ruleId === "predetermined-decision" && f.severity !== "info")) return null;
  const riskiest = analysis.businessEntries.find(
    (e) => RISKIEST_ASSUMPTION.test(e.questionText) && analysis.answerQuality(e).verdict === "answered" && analysis.wordCount(e.answerText) >= 12,
  );
  if (!riskiest) return null;
  const { blocks, inline } = killCriteriaOf(analysis);
  if (!blocks.length && !inline.length) return null;
  return {
    category: "applicability",
    line: lineOf(riskiest.question),
    message: `Tests a bet instead of defending one: it names the assumption it rests on ("${clip(riskiest.questionText, 10)}") and the result that would stop it.`,
  };
}

/** What a reviewer reads a PR/FAQ for, press release to the stop line. */
const REVIEWED_PARTS = ["headline", "summary", "problem", "solution", "quote", "getting-started"] as const;

/**
 * Every part a review needs, in their places: a whole press release, a FAQ
 * for customers and one for the team, success measures and kill criteria.
 * Structure findings would have withheld this credit already.
 */
function structureStrength(analysis: Analysis): Strength | null {
  if (!REVIEWED_PARTS.every((kind) => analysis.has(kind))) return null;
  if (!analysis.customerEntries.length || !analysis.internalEntries.length) return null;
  if (!metricBlocks(analysis).some((m) => m.measured)) return null;
  const { blocks, inline } = killCriteriaOf(analysis);
  if (!blocks.length && !inline.length) return null;
  const headline = analysis.part("headline")!.blocks[0];
  if (!headline) return null;
  return {
    category: "structure",
    line: lineOf(headline),
    message: `Has every part a review needs: a press release from headline to call to action, ${analysis.customerEntries.length} customer and ${analysis.internalEntries.length} internal questions, success metrics and kill criteria.`,
  };
}
