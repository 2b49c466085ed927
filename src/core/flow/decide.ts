/**
 * Records a review decision (proceed, revise or kill) in the document itself:
 * in the front matter, where tools read it, and in a Decision section, where
 * people read it. Only those two places change; every other byte of the file
 * stays as the author wrote it.
 */
import { stringify } from "yaml";
import { defaultLexicons, type Lexicons } from "../lexicons";
import type { PrfaqDocument } from "../model/types";
import { parseDocument } from "../parse";

export type DecisionOutcome = "proceed" | "revise" | "kill";
export const DECISION_OUTCOMES: readonly DecisionOutcome[] = ["proceed", "revise", "kill"];

/** How the results compare with the bar the kill criteria set. */
export type CriteriaResult = "met" | "missed" | "not-tested";
export const CRITERIA_RESULTS: readonly CriteriaResult[] = ["met", "missed", "not-tested"];

export interface DecisionInput {
  outcome: DecisionOutcome;
  reason: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Defaults to "missed" for a kill and "not-tested" otherwise. */
  criteria?: CriteriaResult;
  /** The version that was decided on (a commit, or a digest of the text). */
  version?: string | null;
  /** Record proceed or kill even though the document has no kill criteria. */
  force?: boolean;
  /** Errors the critic finds in the document; proceeding over any needs `overruleReason`. */
  openErrors?: number;
  /** Why the team proceeds although the critic still finds errors: recorded with the decision. */
  overruleReason?: string;
}

/** One insertion or replacement, in offsets of the original text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type DecideResult =
  | { ok: true; text: string; edits: TextEdit[]; criteria: CriteriaResult; hasKillCriteria: boolean }
  | { ok: false; problem: "no-kill-criteria" | "no-reason" | "bad-date" | "bad-front-matter" | "against-the-room"; message: string };

const CRITERIA_SENTENCE: Record<CriteriaResult, string> = {
  met: "Kill criteria: met, the results cleared the bar they set.",
  missed: "Kill criteria: missed, the results fell short of the bar they set.",
  "not-tested": "Kill criteria: not tested yet, there are no results to hold against them.",
};

/** True when the document states kill criteria with some content beyond placeholders. */
export function hasKillCriteria(doc: PrfaqDocument, lexicons: Lexicons = defaultLexicons()): boolean {
  const placeholders = lexicons.matcher("placeholders");
  return doc.parts.some((p) => {
    if (p.kind !== "kill-criteria") return false;
    let text = p.blocks.map((b) => b.text).join(" ");
    for (const m of placeholders.find(text).reverse()) text = text.slice(0, m.start) + text.slice(m.end);
    return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3;
  });
}

function newlineOf(text: string): string {
  return /\r\n/.test(text) ? "\r\n" : "\n";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function errorsPhrase(count: number): string {
  return `${count} error${count === 1 ? "" : "s"} the critic still finds`;
}

/** True when the decision proceeds over errors, so what it overruled goes on record. */
function overrules(input: DecisionInput): boolean {
  return input.outcome === "proceed" && (input.openErrors ?? 0) > 0;
}

function frontMatterBlock(input: DecisionInput, criteria: CriteriaResult, nl: string): string {
  const record: Record<string, string> = { outcome: input.outcome, date: input.date, reason: oneLine(input.reason), kill_criteria: criteria };
  if (input.version) record.version = input.version;
  if (overrules(input)) {
    record.overruled = errorsPhrase(input.openErrors!);
    record.overrule_reason = oneLine(input.overruleReason ?? "");
  }
  return stringify({ decision: record }, { lineWidth: 0 }).trimEnd().split("\n").join(nl) + nl;
}

/**
 * The `decision:` key with everything nested under it, as [start, end)
 * offsets of whole lines inside the front matter; null when absent.
 */
function decisionKeyLines(text: string, from: number, to: number): { start: number; end: number } | null {
  const lines: { start: number; end: number; text: string }[] = [];
  let at = from;
  while (at < to) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 || nl >= to ? to : nl + 1;
    lines.push({ start: at, end, text: text.slice(at, end) });
    at = end;
  }
  const first = lines.findIndex((l) => /^decision\s*:/.test(l.text));
  if (first < 0) return null;
  let last = first;
  for (let i = first + 1; i < lines.length; i++) {
    // Nested lines are indented; a blank line belongs only if nested lines follow it.
    if (/^[ \t]+\S/.test(lines[i].text) || /^\s*-\s/.test(lines[i].text)) last = i;
    else if (lines[i].text.trim() !== "") break;
  }
  return { start: lines[first].start, end: lines[last].end };
}

function frontMatterEdit(doc: PrfaqDocument, block: string, nl: string): TextEdit | string {
  const fm = doc.frontMatter;
  if (!fm) return { start: 0, end: 0, text: `---${nl}${block}---${nl}${doc.text.length ? nl : ""}` };
  if (fm.error) return `the front matter is not valid YAML (${fm.error.message}); fix it first, so the decision can be written into it`;
  const text = doc.text;
  const open = text.indexOf("\n", fm.span.start.offset) + 1;
  // The closing fence: the last line of the front matter.
  const closeLine = text.lastIndexOf("\n", fm.span.end.offset - 1) + 1;
  const existing = decisionKeyLines(text, open, closeLine);
  if (existing) return { start: existing.start, end: existing.end, text: block };
  return { start: closeLine, end: closeLine, text: block };
}

/**
 * A `stage:` (or `status:`) the author keeps in the front matter says
 * "decided" once a decision is recorded; left at "draft", the portfolio
 * would list a killed idea as a draft.
 */
function stageEdits(doc: PrfaqDocument): TextEdit[] {
  const fm = doc.frontMatter;
  if (!fm || fm.error) return [];
  const text = doc.text;
  const open = text.indexOf("\n", fm.span.start.offset) + 1;
  const close = text.lastIndexOf("\n", fm.span.end.offset - 1) + 1;
  const edits: TextEdit[] = [];
  for (const line of text.slice(open, close).matchAll(/^((?:stage|status)[ \t]*:[ \t]*)([^\r\n#]*?)[ \t]*(?=[ \t]#|\r?\n|$)/gm)) {
    const [, key, value] = line;
    if (value.replace(/^["']|["']$/g, "") === "decided") continue;
    const start = open + line.index + key.length;
    edits.push({ start, end: start + value.length, text: key.endsWith(":") ? " decided" : "decided" });
  }
  return edits;
}

function decisionEntry(input: DecisionInput, criteria: CriteriaResult): string {
  const reason = oneLine(input.reason).replace(/([^.!?])$/, "$1.");
  const version = input.version ? ` Decided on version ${input.version}.` : "";
  const overruled = overrules(input) ? ` Proceeded over ${errorsPhrase(input.openErrors!)}, because: ${oneLine(input.overruleReason ?? "").replace(/([^.!?])$/, "$1.")}` : "";
  return `**${input.date}: ${input.outcome}.** ${reason}${overruled} ${CRITERIA_SENTENCE[criteria]}${version}`;
}

function sectionEdit(doc: PrfaqDocument, entry: string, nl: string): TextEdit {
  const text = doc.text;
  const section = doc.parts.find((p) => p.kind === "decision" && p.label?.kind === "heading");
  if (section?.label) {
    // Newest first: the entry goes right under the heading, so readers and the parser see it first.
    const afterHeading = text.indexOf("\n", section.label.span.end.offset);
    const at = afterHeading < 0 ? text.length : afterHeading + 1;
    const lead = afterHeading < 0 ? nl : "";
    return { start: at, end: at, text: `${lead}${nl}${entry}${nl}` };
  }
  const trailing = /(\r?\n)*$/.exec(text)?.[0] ?? "";
  const at = text.length - trailing.length;
  return { start: at, end: text.length, text: `${nl}${nl}## Decision${nl}${nl}${entry}${nl}` };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * Writes a decision into a document's text. Refuses proceed and kill when
 * the document has no kill criteria, unless forced: a decision that can't be
 * held against criteria written up front is the rationalisation the method
 * exists to prevent.
 */
export function recordDecision(source: string, input: DecisionInput, lexicons?: Lexicons): DecideResult {
  const bom = source.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
  const doc = parseDocument(source);
  if (!oneLine(input.reason)) return { ok: false, problem: "no-reason", message: "a decision needs a reason: say why, in a sentence" };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date)) return { ok: false, problem: "bad-date", message: `"${input.date}" is not a date in the form YYYY-MM-DD` };
  const killCriteria = hasKillCriteria(doc, lexicons);
  if (!killCriteria && input.outcome !== "revise" && !input.force) {
    return {
      ok: false,
      problem: "no-kill-criteria",
      message: `the document has no kill criteria, so a ${input.outcome} decision can't be held against them; add a "Kill criteria" section, decide to revise, or pass --force`,
    };
  }
  if (overrules(input) && !oneLine(input.overruleReason ?? "")) {
    return {
      ok: false,
      problem: "against-the-room",
      message: `the critic still finds ${input.openErrors} error${input.openErrors === 1 ? "" : "s"} in the document; to proceed anyway, say why with --overrule "…" (it is recorded with the decision), or fix them first (prfaq check)`,
    };
  }
  const criteria = input.criteria ?? (input.outcome === "kill" ? "missed" : "not-tested");
  const nl = newlineOf(doc.text);
  const fmEdit = frontMatterEdit(doc, frontMatterBlock(input, criteria, nl), nl);
  if (typeof fmEdit === "string") return { ok: false, problem: "bad-front-matter", message: fmEdit };
  const edits = [fmEdit, sectionEdit(doc, decisionEntry(input, criteria), nl)];
  edits.push(...stageEdits(doc));
  return { ok: true, text: bom + applyEdits(doc.text, edits), edits, criteria, hasKillCriteria: killCriteria };
}
