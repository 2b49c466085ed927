import { verdictOf, type Critic, type Finding, type PrfaqDocument } from "../../core";
import { renderMarkdown } from "./render";

/** Everything derived from a revision's text, computed once when it is saved (revisions never change). */
export interface RevisionContent {
  text: string;
  title: string;
  findings: string;
  verdict: string;
  readiness: string;
  errors: number;
  warnings: number;
  infos: number;
  killCriteria: string;
  html: string;
}

const MAX_TITLE = 200;

export function titleOf(doc: PrfaqDocument): string {
  const fromFrontMatter = doc.frontMatter?.data.title;
  if (typeof fromFrontMatter === "string" && fromFrontMatter.trim()) return fromFrontMatter.trim().slice(0, MAX_TITLE);
  const headline = doc.parts.find((p) => p.kind === "headline");
  if (headline && headline.kind === "headline" && headline.text.trim()) return headline.text.trim().slice(0, MAX_TITLE);
  const heading = doc.blocks.find((b) => b.kind === "heading" && b.text.trim());
  if (heading) return heading.text.trim().slice(0, MAX_TITLE);
  const first = doc.blocks.find((b) => b.text.trim());
  return first ? first.text.trim().slice(0, 80) : "Untitled";
}

/**
 * The kill criteria a decision can cite: the list items of the kill-criteria
 * part, or its sentences when it is written as prose.
 */
export function killCriteriaOf(doc: PrfaqDocument): string[] {
  const parts = doc.parts.filter((p) => p.kind === "kill-criteria");
  const blocks = parts.flatMap((p) => p.blocks).filter((b) => b.kind !== "heading" && !b.labelOnly && b.text.trim());
  const items = blocks.filter((b) => b.listItemStart);
  if (items.length) return items.map((b) => b.text.trim());
  return blocks.flatMap((b) => (b.sentences.length ? b.sentences.map((s) => s.text.trim()) : [b.text.trim()])).filter(Boolean);
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * The text as escaped paragraphs, for when Markdown rendering failed or ran
 * out of time: one pass over the text, so it can never be the slow part.
 */
export function plainTextHtml(text: string): string {
  const paragraphs = text.split(/\n[ \t]*\n/).filter((p) => p.trim());
  return paragraphs.map((p) => `<p>${p.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch])}</p>`).join("\n");
}

/** Markdown to safe HTML, or escaped text when the renderer gives up (a stack overflow on deep nesting). */
export function safeHtml(markdown: string): string {
  try {
    return renderMarkdown(markdown);
  } catch {
    return plainTextHtml(markdown);
  }
}

/** A title read line by line, without the parser: the front matter's `title:`, else the first heading, else the first line. */
export function titleFromLines(text: string): string {
  const lines = text.slice(0, 20_000).split("\n");
  let inFrontMatter = lines[0]?.trim() === "---";
  for (const [index, line] of lines.entries()) {
    if (inFrontMatter && index > 0) {
      if (line.trim() === "---") inFrontMatter = false;
      const title = /^title:\s*["']?(.*?)["']?\s*$/.exec(line)?.[1];
      if (title) return title.slice(0, MAX_TITLE);
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)[\s#]*$/.exec(line)?.[1];
    if (heading) return heading.slice(0, MAX_TITLE);
  }
  const first = lines.find((l, i) => l.trim() && !(i === 0 && l.trim() === "---"));
  return first ? first.trim().slice(0, 80) : "Untitled";
}

export type AnalysisFailure = { kind: "timeout"; budgetMs: number } | { kind: "crash" } | { kind: "error"; message: string };

export const UNREVIEWED_RULE_ID = "critique-unavailable";
/** The one finding of a revision stored before its critique: saves are acknowledged first, and the critique replaces it. */
export const PENDING_RULE_ID = "critique-pending";

/** True when a revision's stored findings are the placeholder `pendingContent` gives, not a critique. */
export function isPendingFindings(findings: string): boolean {
  return findings.startsWith(`[{"ruleId":"${PENDING_RULE_ID}"`);
}

/**
 * A revision stored with one error on its first line in place of a critique,
 * so that it reads as not ready rather than as clean.
 */
function contentWithOneError(text: string, ruleId: string, message: string, question: string, html?: string): RevisionContent {
  const firstLineEnd = text.indexOf("\n") === -1 ? text.length : text.indexOf("\n");
  const finding: Finding = {
    ruleId,
    category: "structure",
    severity: "error",
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: firstLineEnd + 1,
    offset: 0,
    endOffset: firstLineEnd,
    message,
    question,
  };
  // The verdict reads nothing of the document but its decision, and an unread document has none.
  const verdict = verdictOf({ decision: null } as Pick<PrfaqDocument, "decision"> as PrfaqDocument, [finding]);
  return {
    text,
    title: titleFromLines(text),
    findings: JSON.stringify([finding]),
    verdict: JSON.stringify(verdict),
    readiness: verdict.readiness,
    errors: verdict.errors,
    warnings: verdict.warnings,
    infos: verdict.infos,
    killCriteria: "[]",
    html: html ?? plainTextHtml(text),
  };
}

/**
 * What a revision is stored with until its critique is done: the text, a
 * title read line by line, and one error saying the critique is on its way.
 */
export function pendingContent(text: string): RevisionContent {
  return contentWithOneError(
    text,
    PENDING_RULE_ID,
    "The critic is still reading this revision; its critique follows in a moment.",
    "The critique replaces this note as soon as it is ready.",
  );
}

function failureMessage(failure: AnalysisFailure): string {
  if (failure.kind === "timeout") {
    return `The critique timed out: the critic did not finish this revision within ${(failure.budgetMs / 1000).toLocaleString("en")} s, so it was saved without a review.`;
  }
  if (failure.kind === "crash") return "The critic crashed on this revision (it ran out of memory or stack), so it was saved without a review.";
  return `The critic failed on this revision (${failure.message.split("\n")[0].slice(0, 200)}), so it was saved without a review.`;
}

/**
 * What a revision is stored with when the critic could not review it: the
 * text is never lost, and one error says why there is no critique.
 */
export function unreviewedContent(text: string, failure: AnalysisFailure, html?: string): RevisionContent {
  return contentWithOneError(
    text,
    UNREVIEWED_RULE_ID,
    failureMessage(failure),
    "Is there a very long run of one character, very deep nesting or a very long line that could be written more simply? Save again once it is gone to get a review.",
    html,
  );
}

/** A stored finding: a hard-questions finding inside an FAQ entry keeps that entry's question, which the portfolio lists. */
export type StoredFinding = Finding & { faqQuestion?: string };

function withFaqQuestions(document: PrfaqDocument, findings: readonly Finding[]): StoredFinding[] {
  const entries = document.parts.flatMap((part) => (part.kind === "faq" ? part.entries : []));
  return findings.map((finding) => {
    if (finding.category !== "hard-questions") return finding;
    const entry = entries.find((e) => e.span.start.offset <= finding.offset && finding.endOffset <= e.span.end.offset);
    return entry?.questionText.trim() ? { ...finding, faqQuestion: entry.questionText.trim() } : finding;
  });
}

export function revisionContentOf(critic: Critic, text: string): RevisionContent {
  let checked: ReturnType<Critic["check"]>;
  try {
    checked = critic.check(text);
  } catch (err) {
    return unreviewedContent(text, { kind: "error", message: err instanceof Error ? err.message : String(err) }, safeHtml(text));
  }
  const { document, findings, verdict } = checked;
  return {
    text,
    title: titleOf(document),
    findings: JSON.stringify(withFaqQuestions(document, findings)),
    verdict: JSON.stringify(verdict),
    readiness: verdict.readiness,
    errors: verdict.errors,
    warnings: verdict.warnings,
    infos: verdict.infos,
    killCriteria: JSON.stringify(killCriteriaOf(document)),
    html: safeHtml(text),
  };
}

/** The columns of a revision row that its critique decides: written on save, and again when a pending critique arrives. */
export function critiqueColumns(content: RevisionContent) {
  return {
    findings: content.findings,
    verdict: content.verdict,
    readiness: content.readiness,
    errors: content.errors,
    warnings: content.warnings,
    infos: content.infos,
    kill_criteria: content.killCriteria,
    html: content.html,
  };
}
