import type { Severity } from "../engine/types";
import { compilePhrases, type HardQuestion } from "../lexicons";
import { CUSTOMER_QUESTIONS, customerQuestionFieldId, hardQuestionFieldId, INTERVIEW_FORMATS, type InterviewFormat } from "./script";

/** What the critic said about an answer that the author chose to keep. */
export interface Pushback {
  fieldId: string;
  /** The critic's rule, or null for the interview's own checks. */
  ruleId: string | null;
  severity: Severity;
  message: string;
  /** What the critic asks; it becomes the open question in the draft. */
  question: string;
}

export interface ExtraQuestion {
  question: string;
  answer: string;
}

export interface InterviewAnswers {
  format: InterviewFormat;
  /** Field id → the author's answer as given. Missing or empty means unanswered. */
  values: Record<string, string>;
  /** Hard questions the author added beyond the lexicon's. */
  extraQuestions: ExtraQuestion[];
  /** Pushbacks the author heard and answered by keeping the answer. */
  kept: Pushback[];
}

export function emptyAnswers(format: InterviewFormat = "prfaq"): InterviewAnswers {
  return { format, values: {}, extraQuestions: [], kept: [] };
}

export function answerOf(answers: InterviewAnswers, fieldId: string): string {
  return (answers.values[fieldId] ?? "").trim();
}

/** The shape of answers.yml, by key. `true` marks a free-text leaf. */
type Shape = { [key: string]: Shape | true };
const SHAPE: Shape = {
  format: true,
  customer: { name: true, role: true, context: true },
  day: true,
  problem: true,
  alternative: true,
  outcome: true,
  measure: true,
  launch: { place: true, date: true },
  product: { name: true, headline: true, subheading: true, summary: true, solution: true, getting_started: true },
  quotes: { spokesperson: { text: true, speaker: true }, customer: { text: true, speaker: true } },
  customer_faq: true,
  hard_questions: true,
  kill_criteria: true,
};

function keyOf(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}

function textOf(value: unknown, where: string, problems: string[]): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  problems.push(`${where}: expected text, found ${Array.isArray(value) ? "a list" : "a mapping"}`);
  return null;
}

function normalizeQuestion(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** Finds the lexicon's hard question that a question written by the author asks, if any. */
export function matchHardQuestion(text: string, questions: readonly HardQuestion[]): HardQuestion | null {
  const plain = normalizeQuestion(text);
  const exact = questions.find((q) => q.id === text.trim() || normalizeQuestion(q.question) === plain);
  if (exact) return exact;
  for (const q of questions) {
    if (!q.paraphrases.length || !compilePhrases(q.paraphrases).test(text)) continue;
    if (q.notWhen?.length && compilePhrases(q.notWhen).test(text)) continue;
    return q;
  }
  return null;
}

function readHardQuestions(value: unknown, questions: readonly HardQuestion[], into: InterviewAnswers, problems: string[]): void {
  for (const { question, answer: answerValue, where } of readQuestionPairs(value, "hard_questions", problems)) {
    const answer = textOf(answerValue, where, problems) ?? "";
    const known = matchHardQuestion(question, questions);
    const fieldId = known ? hardQuestionFieldId(known.id) : null;
    if (fieldId && !(fieldId in into.values)) into.values[fieldId] = answer;
    else into.extraQuestions.push({ question: question.trim(), answer });
  }
}

/** Question–answer pairs given as a mapping (question → answer) or a list of {question, answer}. */
function readQuestionPairs(value: unknown, key: string, problems: string[]): { question: string; answer: unknown; where: string }[] {
  if (value === null || value === undefined) return [];
  if (isRecord(value)) return Object.entries(value).map(([question, answer]) => ({ question, answer, where: `${key}.${question}` }));
  if (!Array.isArray(value)) {
    problems.push(`${key}: expected a mapping of question to answer, or a list of {question, answer}`);
    return [];
  }
  const pairs: { question: string; answer: unknown; where: string }[] = [];
  value.forEach((item, i) => {
    const where = `${key}[${i}]`;
    if (!isRecord(item)) {
      problems.push(`${where}: expected a mapping with "question" (or "id") and "answer"`);
      return;
    }
    const question = textOf(item.question ?? item.id, `${where}.question`, problems);
    if (!question) {
      problems.push(`${where}: has no "question"`);
      return;
    }
    pairs.push({ question, answer: item.answer, where: `${where}.answer` });
  });
  return pairs;
}

function readCustomerQuestions(value: unknown, into: InterviewAnswers, problems: string[]): void {
  const pairs = readQuestionPairs(value, "customer_faq", problems);
  if (pairs.length > CUSTOMER_QUESTIONS) {
    problems.push(`customer_faq: the interview drafts ${CUSTOMER_QUESTIONS} customer questions and ${pairs.length} were given; add the others to the draft once it is written`);
  }
  pairs.slice(0, CUSTOMER_QUESTIONS).forEach(({ question, answer, where }, i) => {
    into.values[customerQuestionFieldId(i + 1, "question")] = question.trim();
    into.values[customerQuestionFieldId(i + 1, "answer")] = textOf(answer, where, problems) ?? "";
  });
}

function walk(data: Record<string, unknown>, shape: Shape, path: string[], into: InterviewAnswers, questions: readonly HardQuestion[], problems: string[]): void {
  for (const [rawKey, value] of Object.entries(data)) {
    const key = keyOf(rawKey);
    const where = [...path, rawKey].join(".");
    const expected = shape[key];
    if (expected === undefined) {
      problems.push(`${where}: unknown key (expected one of: ${Object.keys(shape).join(", ")})`);
      continue;
    }
    const id = [...path, key].join(".");
    if (id === "format") continue;
    if (id === "hard_questions") {
      readHardQuestions(value, questions, into, problems);
      continue;
    }
    if (id === "customer_faq") {
      readCustomerQuestions(value, into, problems);
      continue;
    }
    if (expected === true) {
      const text = textOf(value, where, problems);
      if (text !== null) into.values[id] = text;
    } else if (isRecord(value)) {
      walk(value, expected, [...path, key], into, questions, problems);
    } else if (typeof value === "string" && "name" in expected) {
      // `customer: Morag Fraser` is shorthand for the name alone.
      into.values[`${id}.name`] = value;
    } else if (typeof value === "string" && "text" in expected) {
      into.values[`${id}.text`] = value;
    } else if (value !== null && value !== undefined) {
      problems.push(`${where}: expected a mapping with ${Object.keys(expected).join(", ")}`);
    }
  }
}

export interface AnswersFromData {
  answers: InterviewAnswers;
  /** Everything in the data that could not be read, one line each. */
  problems: string[];
}

/**
 * Reads answers given as data (the parsed answers.yml). Unknown keys are
 * reported rather than ignored, so a typo doesn't silently leave a part
 * unanswered.
 */
export function answersFromData(data: unknown, questions: readonly HardQuestion[], format?: InterviewFormat): AnswersFromData {
  const problems: string[] = [];
  if (data === null || data === undefined) return { answers: emptyAnswers(format ?? "prfaq"), problems };
  if (!isRecord(data)) return { answers: emptyAnswers(format ?? "prfaq"), problems: ["the answers must be a mapping of keys to answers (customer, problem, …)"] };
  let chosen: InterviewFormat = format ?? "prfaq";
  const declared = data.format;
  if (!format && declared !== undefined) {
    if (typeof declared === "string" && (INTERVIEW_FORMATS as readonly string[]).includes(declared)) chosen = declared as InterviewFormat;
    else problems.push(`format: expected one of ${INTERVIEW_FORMATS.join(", ")}`);
  }
  const answers = emptyAnswers(chosen);
  walk(data, SHAPE, [], answers, questions, problems);
  return { answers, problems };
}
