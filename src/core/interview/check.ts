import { hasQuantity } from "../analysis/quantities";
import type { Critic } from "../engine/critic";
import type { Finding, Severity } from "../engine/types";
import { emptyAnswers, type InterviewAnswers, type Pushback } from "./answers";
import { renderDraft, type TextRange } from "./render";
import { interviewScript, scriptFields, type InterviewField, type InterviewStep } from "./script";

export interface AnswerCheck {
  /** Warnings and errors: the interview asks the author to revise or to keep the answer. */
  pushbacks: Pushback[];
  /** Advice (info findings), shown without stopping the interview. */
  advice: Pushback[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function contains(range: TextRange, f: Finding): boolean {
  return f.offset >= range.start && f.endOffset <= range.end && f.endOffset > f.offset;
}

function overlaps(range: TextRange, f: Finding): boolean {
  return f.offset < range.end && f.endOffset > range.start;
}

function toPushback(fieldId: string, f: Finding): Pushback {
  return { fieldId, ruleId: f.ruleId, severity: f.severity, message: f.message, question: f.question };
}

/**
 * The answer as an FAQ answer to its own question, so the critic's test for
 * evasive answers ("TBD", "we'll figure it out") applies to every part.
 */
function asFaqAnswer(field: InterviewField, answer: string): { text: string; range: TextRange } {
  const head = `## Internal FAQ\n\n**Q: ${field.openQuestion}**\nA: `;
  const body = answer.replace(/\s*\n\s*/g, " ").trim();
  return { text: `${head}${body}\n`, range: { start: head.length, end: head.length + body.length } };
}

/**
 * What the critic says about one answer, read in its place in the draft.
 *
 * A finding counts when it lies inside the answer, or when it covers the
 * answer and belongs to a category that judges this part (an unquantified
 * problem is reported on the whole Problem section). Findings about other
 * parts, or about parts still missing, are left for `prfaq check`.
 */
export function checkAnswer(critic: Critic, steps: readonly InterviewStep[], answers: InterviewAnswers, fieldId: string, answer: string): AnswerCheck {
  const field = scriptFields(steps).find((f) => f.id === fieldId);
  if (!field) throw new Error(`the interview has no question ${fieldId}`);
  const given = answer.trim();
  if (!given) return { pushbacks: [], advice: [] };

  const trial: InterviewAnswers = { ...answers, values: { ...answers.values, [fieldId]: given }, kept: [] };
  const draft = renderDraft(trial, steps);
  const range = draft.ranges[fieldId];
  const found: Pushback[] = [];
  if (range) {
    for (const f of critic.check(draft.text).findings) {
      if (contains(range, f) || (overlaps(range, f) && field.categories.includes(f.category))) found.push(toPushback(fieldId, f));
    }
  }
  if (field.placement !== "internal-faq") {
    const faq = asFaqAnswer(field, given);
    for (const f of critic.check(faq.text).findings) {
      if (f.category === "hard-questions" && overlaps(faq.range, f)) found.push(toPushback(fieldId, f));
    }
  }
  if (field.needsNumber && !hasQuantity(given)) {
    found.push({ fieldId, ruleId: null, severity: "warning", message: field.needsNumber.message, question: field.needsNumber.question });
  }

  const unique = new Map<string, Pushback>();
  for (const p of found) {
    const key = `${p.ruleId}\n${p.message}`;
    if (!unique.has(key)) unique.set(key, p);
  }
  const all = [...unique.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { pushbacks: all.filter((p) => p.severity !== "info"), advice: all.filter((p) => p.severity === "info") };
}

export interface InterviewRun {
  answers: InterviewAnswers;
  /** Every pushback, by field, as the critic gave it. */
  pushbacks: Pushback[];
}

/**
 * Runs the interview without a person at the keyboard (`prfaq new --from`):
 * each answer is checked as it would be at the prompt, and every pushback is
 * kept as an open question, because nobody was there to revise.
 */
export function answerNonInteractively(critic: Critic, given: InterviewAnswers): InterviewRun {
  const steps = interviewScript(given.format, critic.lexicons.hardQuestions);
  const answers: InterviewAnswers = { ...emptyAnswers(given.format), extraQuestions: given.extraQuestions, kept: [...given.kept] };
  const pushbacks: Pushback[] = [];
  for (const field of scriptFields(steps)) {
    const value = (given.values[field.id] ?? "").trim();
    if (!value) continue;
    const { pushbacks: found } = checkAnswer(critic, steps, answers, field.id, value);
    answers.values[field.id] = value;
    pushbacks.push(...found);
    answers.kept.push(...found);
  }
  return { answers, pushbacks };
}
