import { partQuestions, successStatements } from "../lexicons/sections";
import { statesKillCriterion } from "../lexicons/kill-statements";
import type { Block, FaqEntry, Part } from "../model/types";

/**
 * Many PR/FAQs answer "What does success look like?" or "What would make us
 * stop?" in the FAQ instead of a section of their own, and state the problem
 * only in the answer to "What problem does this solve?". When the document
 * has no such part, the answer stands for it, marked as embedded.
 */

type FaqBorneKind = keyof typeof partQuestions;

const patterns = Object.fromEntries(
  (Object.entries(partQuestions) as [FaqBorneKind, string[]][]).map(([kind, list]) => [kind, new RegExp(list.join("|"), "iu")]),
) as Record<FaqBorneKind, RegExp>;

/**
 * A target needs a number: "< 5 minutes", "5K paying subscribers", "zero files lost", "the eight friends check it
 * daily". "One" is left out: "one memorable moment" is as often a figure of speech as a count.
 */
const HAS_NUMBER = /\d|\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|dozen)\b/i;

function answering(entries: FaqEntry[], kind: FaqBorneKind): FaqEntry[] {
  return entries.filter((e) => {
    if (!e.answer.length || !e.answerText.trim() || !patterns[kind].test(e.questionText.trim())) return false;
    // Success metrics are a measurable outcome with a target: an answer without a number is a hope, not a metric.
    return kind !== "success-metrics" || HAS_NUMBER.test(e.answerText);
  });
}

/**
 * "What's the North Star metric?" and "What are the success criteria for V1?"
 * both state metrics, and every answer about stopping states a kill
 * criterion: those parts take each answer. The problem, the solution and how
 * to start are stated once, by the first answer.
 */
const TAKES_EVERY_ANSWER = new Set<FaqBorneKind>(["success-metrics", "kill-criteria"]);

export function addPartsFromFaqAnswers(parts: Part[]): Part[] {
  const faqs = parts.filter((p) => p.kind === "faq");
  if (!faqs.length) return parts;
  // Internal questions first: "what does success look like" there is the team's measure, not a customer's curiosity.
  const entries = [...faqs.filter((f) => f.audience === "internal"), ...faqs.filter((f) => f.audience !== "internal")].flatMap((f) => f.entries);
  const added: Part[] = [];
  for (const kind of ["problem", "solution", "getting-started", "success-metrics", "kill-criteria"] as const) {
    if (parts.some((p) => p.kind === kind)) continue;
    // A customer asks how to start: the customer FAQ comes first for that one.
    // A customer asking "what if you shut it down?" asks about their data, not about the team's kill criteria.
    const asked = kind === "getting-started" ? faqs.flatMap((f) => f.entries) : kind === "kill-criteria" ? entries.filter((e) => e.audience !== "customer") : entries;
    const found = answering(asked, kind);
    for (const entry of TAKES_EVERY_ANSWER.has(kind) ? found : found.slice(0, 1)) {
      const last = entry.answer[entry.answer.length - 1];
      // How to start is the question itself ("Can I try it in five minutes?") as much as its answer, and
      // "What does success look like in 12 months?" carries the metrics' time frame.
      const first = kind === "getting-started" || kind === "success-metrics" ? entry.question : entry.answer[0];
      const span = { start: first.span.start, end: last.span.end };
      added.push({ kind, blocks: entry.answer, label: null, span, embedded: true });
    }
  }
  for (const [kind, states] of [["success-metrics", statesSuccessMeasure], ["kill-criteria", statesKillCriterion]] as const) {
    if (!parts.some((p) => p.kind === kind) && !added.some((p) => p.kind === kind)) added.push(...statedInPassing(parts, kind, states));
  }
  if (!added.length) return parts;
  return [...parts, ...added].sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
}

/** Sections after the press release whose paragraphs may hold a stop rule or a measure: evaluation measures, risks, notes. */
const HOLDS_PASSING_STATEMENTS = new Set<Part["kind"]>(["success-metrics", "other", "appendix"]);

const SUCCESS_STATEMENT = new RegExp(successStatements.join("|"), "i");
const statesSuccessMeasure = (sentence: string) => SUCCESS_STATEMENT.test(sentence);

/**
 * Success metrics and kill criteria written in passing, with no section or
 * question of their own: "If fewer than three in ten say they would pay, we
 * revisit the wedge" in the answer about risks, "one violation turns the tool
 * off" under the north-star metric, a "stop rule" column in a table of
 * measures, "the north-star metric is weekly active users" in the answer about
 * demand. A customer's FAQ and the press release are left alone: there "we
 * stop" is about the customer's day, not the team's bet.
 */
function statedInPassing(parts: Part[], kind: "success-metrics" | "kill-criteria", states: (sentence: string) => boolean): Part[] {
  const out: Part[] = [];
  const take = (blocks: Block[]) => {
    const stating = blocks.filter((b) => (b.kind === "paragraph" || b.kind === "table-row") && b.sentences.some((s) => states(s.text)));
    if (!stating.length) return;
    const span = { start: stating[0].span.start, end: stating[stating.length - 1].span.end };
    out.push(kind === "kill-criteria" ? { kind, blocks: stating, label: null, span, embedded: true, inPassing: true } : { kind, blocks: stating, label: null, span, embedded: true, inPassing: true });
  };
  for (const part of parts) {
    if (part.kind === kind) continue;
    if (part.kind === "faq" && part.audience !== "customer") for (const entry of part.entries) take(entry.answer);
    else if (HOLDS_PASSING_STATEMENTS.has(part.kind)) take(part.blocks);
  }
  return out;
}
