/**
 * A revision as a file to take into the meeting: Markdown that keeps the
 * recorded decisions (so `prfaq check` reads them back), or HTML, Word and
 * PDF with the decision record and, when asked, the comments as an appendix.
 * The files are the ones `prfaq export` writes, from the same code.
 */
import type { Kysely } from "kysely";
import { recordDecision } from "../../core";
import type { Schema } from "../db/schema";
import { HttpError } from "../errors";
import type { DocumentAccess } from "./access";
import { listComments, type CommentView } from "./comments";
import { decisionViews } from "./decisions";
import { revisionByNumber } from "./documents";
import { slugOf } from "./accounts";
import type { DecisionView } from "./views";

export type ExportFormat = "md" | "html" | "docx" | "pdf";
export const EXPORT_FORMATS: readonly ExportFormat[] = ["md", "html", "docx", "pdf"];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

export interface ExportedFile {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

function overruledSentence(d: DecisionView): string {
  if (!d.overruled) return "";
  const parts = d.overruled.verdicts.map((v) => `${v.user.name}'s ${v.verdict} verdict`);
  if (d.overruled.openErrors) parts.push(`${d.overruled.openErrors} open error${d.overruled.openErrors === 1 ? "" : "s"}`);
  return ` Proceeded over ${parts.join(" and ")}, because: ${d.overruled.reason}`;
}

/** The text with every decision on the document written into it, oldest first, as `prfaq decide` writes them. */
export function withDecisions(text: string, decisions: DecisionView[]): string {
  let out = text;
  for (const d of [...decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))) {
    const cited = d.killCriteria.length ? ` Cites: ${d.killCriteria.map((k) => k.text).join("; ")}` : "";
    const evidence = d.evidence ? ` Evidence: ${d.evidence}` : "";
    const result = recordDecision(out, {
      outcome: d.outcome,
      reason: `${d.reason.trim()}${cited}${evidence}${overruledSentence(d)} (recorded by ${d.decidedBy.name})`,
      date: d.decidedAt.slice(0, 10),
      version: `workspace revision ${d.revision}`,
      // The workspace already held the decision to its rules when it was recorded.
      force: true,
    });
    // Front matter that isn't valid YAML can't take the record; the decision then goes below the text, not nowhere.
    out = result.ok ? result.text : `${out.trimEnd()}\n\n## Decision record\n\n**${d.decidedAt.slice(0, 10)}: ${d.outcome}.** ${d.reason.trim()}${overruledSentence(d)}\n`;
  }
  return out;
}

function quoteLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The comments as a Markdown appendix: open threads first, then resolved ones, each with its passage and replies. */
export function commentsAppendix(comments: CommentView[]): string {
  const thread = (c: CommentView) => {
    const where = c.anchor ? `On “${quoteLine(c.anchor.quote)}” (revision ${c.revision})` : `On the whole document (revision ${c.revision})`;
    const state = c.resolved ? `resolved by ${c.resolved.by.name}` : "open";
    const lines = [`- **${c.author.name}**, ${where}, ${state}: ${quoteLine(c.body)}`];
    for (const r of c.replies) lines.push(`  - **${r.author.name}**: ${quoteLine(r.body)}`);
    return lines.join("\n");
  };
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);
  const parts = ["## Appendix: reviewers' comments", ""];
  if (!comments.length) parts.push("No comments were made.");
  if (open.length) parts.push("### Open", "", ...open.map(thread), "");
  if (resolved.length) parts.push("### Resolved", "", ...resolved.map(thread), "");
  return parts.join("\n").trimEnd() + "\n";
}

export async function exportRevision(
  db: Kysely<Schema>,
  access: DocumentAccess,
  viewerId: string,
  options: { revision: number; format: ExportFormat; comments: boolean; today: string },
): Promise<ExportedFile> {
  const revision = await revisionByNumber(db, access.doc.id, options.revision);
  const rows = await db.selectFrom("decisions").selectAll().where("document_id", "=", access.doc.id).execute();
  let text = withDecisions(revision.text, await decisionViews(db, rows));
  if (options.comments) {
    // The viewer's own view of the comments: silent reading still hides what it hides on screen.
    const { comments } = await listComments(db, access, viewerId, revision.number);
    text = `${text.trimEnd()}\n\n${commentsAppendix(comments)}`;
  }
  const stem = `${slugOf(access.doc.title, 80, "document")}-r${revision.number}`;
  const file = (bytes: Uint8Array): ExportedFile => ({ bytes, contentType: CONTENT_TYPES[options.format], filename: `${stem}.${options.format}` });
  if (options.format === "md") return file(new TextEncoder().encode(text));
  // Loaded on first use: the Word writer and the HTML pipeline are large, and most servers never export.
  const { readExportSource } = await import("../../cli/export/source");
  const source = readExportSource(text, stem);
  if (options.format === "docx") return file(await (await import("../../cli/export/docx")).exportDocx(source));
  const html = (await import("../../cli/export/html")).exportHtml(source, { exportedOn: options.today });
  if (options.format === "html") return file(new TextEncoder().encode(html));
  try {
    return file(await (await import("../../cli/export/pdf")).exportPdf(html));
  } catch (err) {
    // No Chromium on the server: say so, and point at the formats that need none.
    throw new HttpError(503, "internal", `${(err as Error).message.replace(/export --to html/g, "export as HTML")}.`);
  }
}
