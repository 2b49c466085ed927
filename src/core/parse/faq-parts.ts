import { partQuestions } from "../lexicons/sections";
import type { FaqEntry, Part } from "../model/types";

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

/** A target needs a number: "< 5 minutes", "5K paying subscribers", "zero files lost". */
const HAS_NUMBER = /\d|\bzero\b/i;

function answering(entries: FaqEntry[], kind: FaqBorneKind): FaqEntry | undefined {
  return entries.find((e) => {
    if (!e.answer.length || !e.answerText.trim() || !patterns[kind].test(e.questionText.trim())) return false;
    // Success metrics are a measurable outcome with a target: an answer without a number is a hope, not a metric.
    return kind !== "success-metrics" || HAS_NUMBER.test(e.answerText);
  });
}

export function addPartsFromFaqAnswers(parts: Part[]): Part[] {
  const faqs = parts.filter((p) => p.kind === "faq");
  if (!faqs.length) return parts;
  // Internal questions first: "what does success look like" there is the team's measure, not a customer's curiosity.
  const entries = [...faqs.filter((f) => f.audience === "internal"), ...faqs.filter((f) => f.audience !== "internal")].flatMap((f) => f.entries);
  const added: Part[] = [];
  for (const kind of ["problem", "solution", "getting-started", "success-metrics", "kill-criteria"] as const) {
    if (parts.some((p) => p.kind === kind)) continue;
    // A customer asks how to start: the customer FAQ comes first for that one.
    const entry = answering(kind === "getting-started" ? faqs.flatMap((f) => f.entries) : entries, kind);
    if (!entry) continue;
    const last = entry.answer[entry.answer.length - 1];
    // How to start is the question itself ("Can I try it in five minutes?") as much as its answer.
    const first = kind === "getting-started" ? entry.question : entry.answer[0];
    const span = { start: first.span.start, end: last.span.end };
    added.push({ kind, blocks: entry.answer, label: null, span, embedded: true });
  }
  if (!added.length) return parts;
  return [...parts, ...added].sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
}
