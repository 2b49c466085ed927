/**
 * `prfaq new`: the guided interview, from the customer to the kill criteria,
 * with the critic pushing back on each answer as it is given. Also drafts
 * from a file of answers (`--from`) or as a blank template (`--template`).
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  answerGroups,
  answerNonInteractively,
  answersFromData,
  checkAnswers,
  createCritic,
  emptyAnswers,
  interviewScript,
  renderDraft,
  rules,
  scriptFields,
  type Critic,
  type InterviewAnswers,
  type InterviewField,
  type InterviewFormat,
  type InterviewStep,
  type Pushback,
} from "../../core";
import { UserError } from "../errors";
import { ConfigResolver } from "../io/config";
import { readDocument } from "../io/read-document";
import { plural } from "../format/plural";

export interface NewOptions {
  format: InterviewFormat;
  from: string | null;
  template: boolean;
  force: boolean;
  config: string | null;
  /** Today's date, YYYY-MM-DD; passed in so tests and drafts agree. */
  today: string;
}

export interface NewRun {
  /** The draft, when it goes to standard output. */
  output: string;
  /** Lines for standard error: what was written, what stays open. */
  notes: string[];
}

function criticFor(target: string | null, configPath: string | null): Critic {
  const resolver = new ConfigResolver(configPath ? resolve(configPath) : null);
  const { config } = resolver.forDocument(target && target !== "-" ? resolve(target) : resolve("draft.md"));
  return createCritic({ rules, config });
}

async function writeDraft(target: string, text: string, force: boolean): Promise<void> {
  if (!force && existsSync(target)) throw new UserError(`${target} already exists; choose another file name, or pass --force to replace it`);
  try {
    await writeFile(target, text, { flag: force ? "w" : "wx" });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new UserError(`${target} already exists; choose another file name, or pass --force to replace it`);
    throw new UserError(`${target}: cannot be written (${code ?? (err as Error).message})`);
  }
}

function summary(critic: Critic, text: string, openQuestions: number, where: string): string[] {
  const result = critic.check(text);
  const v = result.verdict;
  return [
    `${where}: ${v.label}; ${plural(v.errors, "error")}, ${plural(v.warnings, "warning")}, ${plural(openQuestions, "open question")}.`,
    where === "<stdout>" ? "Run `prfaq check` on the saved draft for the full critique." : `Next: prfaq check ${where}`,
  ];
}

async function readAnswers(path: string, critic: Critic, format: InterviewFormat | null): Promise<InterviewAnswers> {
  const text = path === "-" ? await readStdinText() : await readDocument(path);
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: false });
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new UserError(`${path}${line ? `:${line}` : ""}: not valid YAML (${(err as Error).message.split("\n")[0]})`);
  }
  const { answers, problems } = answersFromData(data, critic.lexicons.hardQuestions, format ?? undefined);
  if (problems.length) throw new UserError(`${path}: ${problems.join("; ")}`);
  return answers;
}

async function readStdinText(): Promise<string> {
  const { readStdin } = await import("../io/read-document");
  return readStdin();
}

/** Fields given in the answers that this format never asks, so the author knows they were left out. */
function unusedAnswers(answers: InterviewAnswers, steps: InterviewStep[]): string[] {
  const asked = new Set(scriptFields(steps).map((f) => f.id));
  return Object.keys(answers.values).filter((id) => answers.values[id].trim() && !asked.has(id));
}

export async function runNewFromAnswers(target: string | null, options: NewOptions): Promise<NewRun> {
  const critic = criticFor(target, options.config);
  const given = options.template ? emptyAnswers(options.format) : await readAnswers(options.from!, critic, options.format);
  const steps = interviewScript(given.format, critic.lexicons.hardQuestions);
  const run = answerNonInteractively(critic, given);
  const draft = renderDraft(run.answers, steps, { date: options.today });
  const notes: string[] = [];
  for (const id of unusedAnswers(given, steps)) notes.push(`"${id}" is not part of the ${given.format} format; it was left out of the draft`);
  for (const p of run.pushbacks) notes.push(`${p.fieldId}: ${p.message} Open question: ${p.question}`);
  if (target && target !== "-") {
    await writeDraft(target, draft.text, options.force);
    notes.push(...summary(critic, draft.text, draft.openQuestions.length, target));
    return { output: "", notes };
  }
  return { output: draft.text, notes };
}

/* ---------------------------------------------------------------- interactive */

type Clack = typeof import("@clack/prompts");

class Cancelled extends Error {}

const KEEP = "\u0000keep";

function unwrap<T>(clack: Clack, value: T): Exclude<T, symbol> {
  if (clack.isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

function describePushback(p: Pushback): string {
  return `${p.message}\n${p.question}`;
}

async function ask(clack: Clack, field: InterviewField, initial: string): Promise<string> {
  return (unwrap(clack, await clack.text({ message: field.prompt, placeholder: field.hint, initialValue: initial, defaultValue: "" })) ?? "").trim();
}

/**
 * Asks the fields that make one answer (the customer's name, role and
 * context), then lets the critic judge them together. A field the critic
 * objects to is asked again, or kept with the objection as an open question.
 */
async function askGroup(clack: Clack, critic: Critic, steps: InterviewStep[], answers: InterviewAnswers, fields: InterviewField[]): Promise<void> {
  const given: Record<string, string> = {};
  // An answer to a question left empty, or the speaker of no quote, is not asked for.
  const worthAsking = (field: InterviewField) => !field.after || !!(given[field.after] ?? answers.values[field.after]);
  for (const field of fields) given[field.id] = worthAsking(field) ? await ask(clack, field, "") : "";
  const kept = new Set<string>();
  for (;;) {
    const open = fields.filter((f) => given[f.id] && !kept.has(f.id));
    const { pushbacks, advice } = checkAnswers(critic, steps, answers, Object.fromEntries(open.map((f) => [f.id, given[f.id]])));
    for (const a of advice) clack.log.info(describePushback(a));
    const objected = open.find((f) => pushbacks.some((p) => p.fieldId === f.id));
    if (!objected) break;
    const mine = pushbacks.filter((p) => p.fieldId === objected.id);
    clack.log.warn(`${objected.label}: "${given[objected.id]}"\n${mine.map(describePushback).join("\n\n")}`);
    // The critic judges the group's parts together, so the part at fault may be another one (a quote's speaker, not the quote).
    const others = fields.filter((f) => f !== objected);
    const choice = unwrap(
      clack,
      await clack.select<string>({
        message: "The critic pushes back. What now?",
        options: [
          { value: objected.id, label: others.length ? `Revise the ${objected.label.toLowerCase()}` : "Revise the answer" },
          { value: KEEP, label: "Keep it", hint: "the critic's question stays in the draft as an open question" },
          ...others.map((f) => ({ value: f.id, label: `Revise the ${f.label.toLowerCase()} instead`, hint: given[f.id] ? `now: ${given[f.id]}` : "not answered yet" })),
        ],
        initialValue: objected.id,
      }),
    );
    if (choice === KEEP) {
      kept.add(objected.id);
      answers.kept = answers.kept.filter((k) => k.fieldId !== objected.id).concat(mine);
    } else {
      const revised = fields.find((f) => f.id === choice)!;
      given[revised.id] = await ask(clack, revised, given[revised.id]);
    }
  }
  for (const field of fields) {
    if (given[field.id]) answers.values[field.id] = given[field.id];
    else delete answers.values[field.id];
  }
  const skipped = fields.filter((f) => !given[f.id]);
  if (skipped.length) clack.log.info(`Left open: ${skipped.map((f) => f.label.toLowerCase()).join(", ")}. The draft asks ${skipped.length === 1 ? "it" : "them"} as open questions.`);
}

async function askExtraQuestions(clack: Clack, answers: InterviewAnswers): Promise<void> {
  for (;;) {
    const question = unwrap(clack, await clack.text({ message: "Another hard question leadership will ask? (Enter to move on)", placeholder: "What happens to our support load?", defaultValue: "" }) ?? "").trim();
    if (!question) return;
    const answer = unwrap(clack, await clack.text({ message: question, placeholder: "Yes, no, a number, or how you'll find out", defaultValue: "" }) ?? "").trim();
    answers.extraQuestions.push({ question, answer });
  }
}

function suggestedFileName(answers: InterviewAnswers): string {
  const base = (answers.values["product.name"] ?? "").toLowerCase().normalize("NFKD").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
  return `${base || "prfaq-draft"}${answers.format === "brief" ? "-brief" : ""}.md`;
}

/**
 * The interview itself. Ctrl-C at any prompt still saves what was answered
 * (when a file name is known), so no answer typed is lost.
 */
export async function runInterview(target: string | null, options: NewOptions): Promise<NewRun> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      "prfaq new is an interview and needs a terminal, but standard input or output is not one; use --from answers.yml to answer from a file, or --template for a blank draft",
    );
  }
  if (target && target !== "-" && !options.force && existsSync(target)) {
    throw new UserError(`${target} already exists; choose another file name, or pass --force to replace it`);
  }
  const clack: Clack = await import("@clack/prompts");
  const critic = criticFor(target, options.config);
  const steps = interviewScript(options.format, critic.lexicons.hardQuestions);
  const answers = emptyAnswers(options.format);
  clack.intro(options.format === "brief" ? "prfaq new: a one-page customer brief" : "prfaq new: a PR/FAQ, working backwards from the customer");
  clack.log.message("Answer in your own words. Leave an answer empty to keep it as an open question. Ctrl-C saves what you have answered.");
  let cancelled = false;
  try {
    for (const step of steps) {
      clack.log.step(`${step.order}. ${step.title}\n${step.intro}`);
      for (const group of answerGroups(step)) await askGroup(clack, critic, steps, answers, group);
      if (step.id === "hard-questions") await askExtraQuestions(clack, answers);
    }
  } catch (err) {
    if (!(err instanceof Cancelled)) throw err;
    cancelled = true;
  }
  let where = target;
  if (!where && !cancelled) {
    const chosen = await clack.text({ message: "Save the draft as", initialValue: suggestedFileName(answers), defaultValue: suggestedFileName(answers) });
    where = clack.isCancel(chosen) ? suggestedFileName(answers) : String(chosen).trim() || suggestedFileName(answers);
  }
  where ??= suggestedFileName(answers);
  const draft = renderDraft(answers, steps, { date: options.today });
  if (where === "-") {
    clack.outro("The draft follows.");
    return { output: draft.text, notes: [] };
  }
  try {
    await writeDraft(where, draft.text, options.force);
  } catch (err) {
    if (!(err instanceof UserError) || cancelled) throw err;
    // The name was taken while the interview ran: keep the answers under a free name.
    where = `${where.replace(/\.md$/, "")}-${Date.now()}.md`;
    await writeDraft(where, draft.text, false);
  }
  const notes = summary(critic, draft.text, draft.openQuestions.length, where);
  if (cancelled) clack.cancel(`Interview stopped. What you answered is saved in ${where}.`);
  else clack.outro(`Draft saved: ${where}`);
  return { output: "", notes };
}
