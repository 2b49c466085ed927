import { existsSync } from "node:fs";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { resolveServerCommand } from "./server-command";

/** What `prfaq lsp` sends after each check (see src/lsp/protocol.ts in prfaq). */
interface VerdictNotificationParams {
  uri: string;
  version: number | null;
  verdict: { label: string; readiness: string; errors: number; warnings: number; infos: number } | null;
}

let client: LanguageClient | undefined;
const verdicts = new Map<string, VerdictNotificationParams["verdict"]>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.name = "prfaq verdict";
  context.subscriptions.push(status);

  const showVerdict = () => {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const verdict = uri ? verdicts.get(uri) : null;
    if (!verdict) return status.hide();
    const icon = verdict.readiness === "not-ready" ? "$(error)" : verdict.readiness === "ready" ? "$(pass)" : "$(law)";
    status.text = `${icon} PR/FAQ: ${verdict.label}`;
    status.tooltip = `prfaq: ${verdict.errors} errors, ${verdict.warnings} warnings, ${verdict.infos} notes`;
    status.show();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(showVerdict));

  context.subscriptions.push(
    vscode.commands.registerCommand("prfaq.restartServer", async () => {
      await stop();
      await start(showVerdict);
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("prfaq")) {
        await stop();
        await start(showVerdict);
      }
    }),
  );
  await start(showVerdict);
}

async function start(showVerdict: () => void): Promise<void> {
  const settings = vscode.workspace.getConfiguration("prfaq");
  const resolved = resolveServerCommand({
    configuredPath: settings.get<string>("path", ""),
    workspaceFolders: vscode.workspace.workspaceFolders?.map((f) => f.uri.fsPath) ?? [],
    platform: process.platform,
    pathEnv: process.env.PATH ?? "",
    exists: existsSync,
  });
  if ("error" in resolved) {
    void vscode.window.showWarningMessage(resolved.error);
    return;
  }
  // TransportKind.stdio appends --stdio, which `prfaq lsp` accepts.
  const serverOptions: ServerOptions = { command: resolved.command, args: ["lsp"], transport: TransportKind.stdio, options: { shell: resolved.shell } };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: "file", language: "markdown" }],
    initializationOptions: { debounceMs: settings.get<number>("debounceMs", 150) },
  };
  client = new LanguageClient("prfaq", "prfaq", serverOptions, clientOptions);
  client.onNotification("prfaq/verdict", (params: VerdictNotificationParams) => {
    if (params.verdict) verdicts.set(params.uri, params.verdict);
    else verdicts.delete(params.uri);
    showVerdict();
  });
  await client.start();
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
