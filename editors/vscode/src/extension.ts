import { existsSync } from "node:fs";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { resolveServerCommand } from "./server-command";

/** What `prfaq lsp` sends after each check (see src/lsp/protocol.ts in prfaq). */
interface VerdictNotificationParams {
  uri: string;
  version: number | null;
  verdict: {
    label: string;
    readiness: string;
    errors: number;
    warnings: number;
    infos: number;
    strengths?: { category: string; line: number; message: string }[];
  } | null;
  lead?: { line: number; category: string; message: string }[];
}

let client: LanguageClient | undefined;
let warnedMissing = false;

/** The names that make a Markdown file a PR/FAQ without a .prfaq.yml (the server's defaults). */
const PRFAQ_FILE_PATTERN = "**/{*.prfaq.md,PRFAQ.md,PR-FAQ.md,pr-faq.md,prfaq.md}";
const verdicts = new Map<string, Pick<VerdictNotificationParams, "verdict" | "lead">>();

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = "prfaq verdict";
  context.subscriptions.push(status);

  const showVerdict = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const { verdict, lead } = (uri ? verdicts.get(uri) : undefined) ?? { verdict: null, lead: undefined };
    if (!verdict) return status.hide();
    const icon = verdict.readiness === "not-ready" ? "$(error)" : verdict.readiness === "ready" ? "$(pass)" : "$(law)";
    status.text = `${icon} PR/FAQ: ${verdict.label}`;
    // The tooltip reads like the review's opening: what to fix first, then what to keep.
    const first = (lead ?? []).map((f, i) => `${i + 1}. line ${f.line}: ${f.message}`);
    const keep = (verdict.strengths ?? []).map((s) => `+ line ${s.line}: ${s.message}`);
    status.tooltip = [
      `prfaq: ${count(verdict.errors, "error")}, ${count(verdict.warnings, "warning")}, ${count(verdict.infos, "note")}`,
      ...(first.length ? ["", "First, a reviewer would raise:", ...first] : []),
      ...(keep.length ? ["", "Keep:", ...keep] : []),
    ].join("\n");
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showVerdict));

  context.subscriptions.push(
    vscode.commands.registerCommand("prfaq.restartServer", async () => {
      await stop();
      await start(showVerdict);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("prfaq")) await restart(showVerdict);
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(showVerdict)),
  );
  await start(showVerdict);
}

async function restart(showVerdict: () => void): Promise<void> {
  await stop();
  await start(showVerdict);
}

/**
 * Starts `prfaq lsp` for the workspace's PR/FAQs. Never throws: a server
 * that cannot start is reported, and the rest of VS Code carries on.
 */
async function start(showVerdict: () => void): Promise<void> {
  const settings = vscode.workspace.getConfiguration("prfaq");
  if (!settings.get<boolean>("enable", true)) return;
  const resolved = resolveServerCommand({
    configuredPath: settings.get<string>("path", ""),
    workspaceFolders: vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [],
    platform: process.platform,
    pathEnv: process.env.PATH ?? "",
    exists: existsSync,
    trusted: vscode.workspace.isTrusted,
  });
  if ("error" in resolved) {
    // Once per session: a missing prfaq is a setup step, not something to repeat on every restart.
    if (!warnedMissing) void vscode.window.showWarningMessage(resolved.error);
    warnedMissing = true;
    return;
  }
  // TransportKind.stdio appends --stdio, which `prfaq lsp` accepts.
  const serverOptions: ServerOptions = { command: resolved.command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: resolved.shell } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: await documentSelector(),
    initializationOptions: { debounceMs: settings.get<number>("debounceMs", 150) },
  };
  const starting = new LanguageClient("prfaq", "prfaq", serverOptions, clientOptions);
  starting.onNotification("prfaq/verdict", (params: VerdictNotificationParams) => {
    if (params.verdict) verdicts.set(params.uri, { verdict: params.verdict, lead: params.lead });
    else verdicts.delete(params.uri);
    showVerdict();
  });
  try {
    await starting.start();
    client = starting;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(`prfaq could not start its language server (${resolved.command} lsp): ${reason}. Check the prfaq.path setting, then run "prfaq: Restart the language server".`);
  }
}

/**
 * PR/FAQs by name everywhere; every Markdown file once a .prfaq.yml exists,
 * because its `files` globs can name any of them and the server reads those.
 */
async function documentSelector(): Promise<LanguageClientOptions["documentSelector"]> {
  const configs = await vscode.workspace.findFiles("**/.prfaq.{yml,yaml}", "**/node_modules/**", 1);
  if (configs.length) return [{ scheme: "file", language: "markdown" }];
  return [{ scheme: "file", language: "markdown", pattern: PRFAQ_FILE_PATTERN }];
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  verdicts.clear();
  if (running) await running.stop();
}

export function deactivate(): Promise<void> {
  return stop();
}
