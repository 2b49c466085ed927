import { asUserError } from "../errors";

export interface WorkspaceCommandOptions {
  data: string;
  database: string | null;
  workspace: string | null;
}

export async function runWorkspaceExport(dir: string, options: WorkspaceCommandOptions): Promise<string> {
  const { exportWorkspaces } = await import("../../server/admin");
  const { files } = await asUserError(() => exportWorkspaces({ dataDir: options.data, database: options.database, dir, workspace: options.workspace }));
  return files.length ? `Exported ${files.length} document${files.length === 1 ? "" : "s"}:\n${files.map((f) => `  ${f}`).join("\n")}\n` : "There are no documents to export.\n";
}

export async function runWorkspaceImport(dir: string, options: WorkspaceCommandOptions & { as: string | null }): Promise<{ output: string; exitCode: number }> {
  const { importWorkspace } = await import("../../server/admin");
  const result = await asUserError(() => importWorkspace({ dataDir: options.data, database: options.database, dir, workspace: options.workspace, as: options.as }));
  const lines = [`Imported ${result.imported.length} document${result.imported.length === 1 ? "" : "s"} into workspace "${result.workspace}".`];
  for (const path of result.imported) lines.push(`  + ${path}`);
  for (const s of result.skipped) lines.push(`  - ${s.path} (skipped: ${s.reason})`);
  return { output: lines.join("\n") + "\n", exitCode: 0 };
}
