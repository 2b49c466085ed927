import type { ArchiveCounts } from "../../server/backup";
import { asUserError } from "../errors";

export interface WorkspaceCommandOptions {
  data: string;
  database: string | null;
  workspace: string | null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function describe(counts: ArchiveCounts): string {
  return [
    plural(counts.documents, "document"),
    plural(counts.revisions, "revision"),
    plural(counts.comments, "comment"),
    plural(counts.reviews, "review"),
    plural(counts.decisions, "decision"),
    plural(counts.members, "member"),
  ].join(", ");
}

export async function runWorkspaceExport(dir: string, options: WorkspaceCommandOptions): Promise<string> {
  const { exportWorkspaces } = await import("../../server/admin");
  const { files, workspaces } = await asUserError(() => exportWorkspaces({ dataDir: options.data, database: options.database, dir, workspace: options.workspace }));
  if (!workspaces.length) return "There is no workspace to export.\n";
  const lines: string[] = [];
  for (const ws of workspaces) lines.push(`Exported workspace "${ws.slug}" whole to ${ws.archive}: ${describe(ws.counts)}.`);
  lines.push("Members are exported without passwords; sessions, pending invitations and the audit log are not exported (sqlite3 .backup or pg_dump copy everything).");
  lines.push(files.length ? `The latest revision of each document, as Markdown, beside it (${plural(files.length, "file")}):` : "There are no documents to write as Markdown.");
  for (const f of files) lines.push(`  ${f}`);
  return lines.join("\n") + "\n";
}

export async function runWorkspaceImport(dir: string, options: WorkspaceCommandOptions & { as: string | null; markdown: boolean }): Promise<{ output: string; exitCode: number }> {
  const { archivesUnder, importWorkspace, restoreArchives } = await import("../../server/admin");
  const archives = options.markdown ? [] : archivesUnder(dir);
  if (archives.length) {
    const restored = await asUserError(() => restoreArchives({ dataDir: options.data, database: options.database, paths: archives, slug: options.workspace }));
    const lines: string[] = [];
    for (const r of restored) {
      lines.push(`Restored workspace "${r.workspace.slug}" (${r.workspace.name}): ${describe(r.counts)}.`);
      if (r.existingAccounts.length) lines.push(`  Existing accounts, now members as in the archive: ${r.existingAccounts.join(", ")}`);
      if (r.newAccounts.length) lines.push(`  New accounts without a password (give each one with \`prfaq user reset EMAIL\`): ${r.newAccounts.join(", ")}`);
    }
    return { output: lines.join("\n") + "\n", exitCode: 0 };
  }
  const result = await asUserError(() => importWorkspace({ dataDir: options.data, database: options.database, dir, workspace: options.workspace, as: options.as }));
  const lines = [`Imported ${plural(result.imported.length, "document")} into workspace "${result.workspace}".`];
  for (const path of result.imported) lines.push(`  + ${path}`);
  for (const s of result.skipped) lines.push(`  - ${s.path} (skipped: ${s.reason})`);
  return { output: lines.join("\n") + "\n", exitCode: 0 };
}
