import { hasQuantity } from "../analysis/quantities";
import { createCritic, type Critic } from "../engine/critic";
import type { Finding, Severity } from "../engine/types";
import { emptyAnswers, type InterviewAnswers, type Pushback } from "./answers";
import { renderDraft, type TextRange } from "./render";
import { answerGroups, interviewScript, scriptFields, type InterviewField, type InterviewStep } from "./script";

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

/** Rules that judge whether an answer dodges; the only ones applied to an answer posed as an FAQ answer. */
const EVASION_RULES = new Set(["evasive-answer", "dismissive-answer"]);

const evasionCritics = new WeakMap<Critic, Critic>();

/** The same critic (config, lexicons) with only the evasion rules: the FAQ check runs once per answer. */
function evasionCritic(critic: Critic): Critic {
  let found = evasionCritics.get(critic);
  if (!found) {
    found = createCritic({ rules: critic.rules.filter((r) => EVASION_RULES.has(r.meta.id)), config: critic.config });
    evasionCritics.set(critic, found);
  }
  return found;
}

/**
 * What the critic says about one answer, given in one or more parts (the
 * customer's name, role and context), read in its place in the draft.
 *
 * A finding counts when it lies inside a part of the answer, or when it
 * covers that part and belongs to a category that judges it (an
 * unquantified problem is reported on the whole Problem section). Findings
 * about other parts, or about parts still missing, are left for `prfaq check`.
 */
export function checkAnswers(critic: Critic, steps: readonly InterviewStep[], answers: InterviewAnswers, given: Record<string, string>): AnswerCheck {
  const fields = scriptFields(steps);
  const asked = Object.keys(given).map((id) => {
    const field = fields.find((f) => f.id === id);
    if (!field) throw new Error(`the interview has no question ${id}`);
    return { field, value: given[id].trim() };
  }).filter((a) => a.value);
  if (!asked.length) return { pushbacks: [], advice: [] };

  const values = { ...answers.values };
  for (const a of asked) values[a.field.id] = a.value;
  const draft = renderDraft({ ...answers, values, kept: [] }, steps, { layout: "sections" });
  const found: Pushback[] = [];
  const findings = critic.check(draft.text).findings;
  for (const f of findings) {
    const overlapping = asked.filter((a) => draft.ranges[a.field.id] && overlaps(draft.ranges[a.field.id], f));
    // A finding across a quote and its attribution that cites the attribution's words is about the attribution.
    const cited = overlapping.length > 1 ? overlapping.find((a) => f.message.includes(`"${a.value}"`) || f.message.includes(`“${a.value}”`)) : undefined;
    const owner =
      asked.find((a) => draft.ranges[a.field.id] && contains(draft.ranges[a.field.id], f)) ??
      cited ??
      overlapping.find((a) => a.field.categories.includes(f.category));
    if (owner) found.push(toPushback(owner.field.id, f));
  }
  for (const { field, value } of asked) {
    if (field.placement !== "internal-faq" && field.placement !== "customer-faq-answer" && field.canEvade !== false) {
      const faq = asFaqAnswer(field, value);
      for (const f of evasionCritic(critic).check(faq.text).findings) {
        if (EVASION_RULES.has(f.ruleId) && overlaps(faq.range, f)) found.push(toPushback(field.id, f));
      }
    }
    if (field.needsNumber && !hasQuantity(value)) {
      found.push({ fieldId: field.id, ruleId: null, severity: "warning", message: field.needsNumber.message, question: field.needsNumber.question });
    }
  }

  const unique = new Map<string, Pushback>();
  for (const p of found) {
    const key = `${p.ruleId}\n${p.message}`;
    if (!unique.has(key)) unique.set(key, p);
  }
  const all = [...unique.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return { pushbacks: all.filter((p) => p.severity !== "info"), advice: all.filter((p) => p.severity === "info") };
}

/** What the critic says about a single answer. */
export function checkAnswer(critic: Critic, steps: readonly InterviewStep[], answers: InterviewAnswers, fieldId: string, answer: string): AnswerCheck {
  return checkAnswers(critic, steps, answers, { [fieldId]: answer });
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
  for (const group of steps.flatMap(answerGroups)) {
    const values = Object.fromEntries(group.map((f) => [f.id, (given.values[f.id] ?? "").trim()]).filter(([, v]) => v));
    if (!Object.keys(values).length) continue;
    const { pushbacks: found } = checkAnswers(critic, steps, answers, values);
    Object.assign(answers.values, values);
    pushbacks.push(...found);
    answers.kept.push(...found);
  }
  return { answers, pushbacks };
}
