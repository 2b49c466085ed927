/**
 * A small LSP client for the tests and the benchmark: it spawns
 * `node bin/prfaq.js lsp --stdio` and speaks JSON-RPC to it, as an editor does.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowDocumentParams,
  type ShowMessageParams,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from "vscode-languageserver-protocol/node";
import type { VerdictNotificationParams } from "../../src/lsp/protocol";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export const FULL_CAPABILITIES: ClientCapabilities = {
  general: { positionEncodings: ["utf-16"] },
  textDocument: {
    hover: { contentFormat: ["markdown", "plaintext"] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
    publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: true },
  },
  workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
  window: { showDocument: { support: true } },
};

type Waiter<T> = { accept: (value: T) => boolean; resolve: (value: T) => void };

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly verdicts = new Map<string, VerdictNotificationParams>();
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly registrations: string[] = [];
  stderr = "";
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly verdictWaiters: Waiter<VerdictNotificationParams>[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      settle(this.diagnosticWaiters, params);
    });
    connection.onNotification("prfaq/verdict", (params: VerdictNotificationParams) => {
      this.verdicts.set(params.uri, params);
      settle(this.verdictWaiters, params);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => void this.messages.push(params));
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) this.registrations.push(r.method);
    });
    connection.listen();
  }

  static start(cwd: string = ROOT): LspClient {
    const child = spawn(process.execPath, [`${ROOT}/bin/prfaq.js`, "lsp", "--stdio"], { cwd, stdio: "pipe" });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new LspClient(child, connection);
  }

  async initialize(initializationOptions: unknown = { debounceMs: 0 }, capabilities: ClientCapabilities = FULL_CAPABILITIES): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      initializationOptions,
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = "markdown"): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  configChanged(uri: string): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
  }

  /** Resolves with the first diagnostics for `uri` (already received or still to come) that satisfy `accept`. */
  diagnosticsFor(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const known = this.diagnostics.get(uri);
    if (known && accept(known)) return Promise.resolve(known);
    return new Promise((resolve) => this.diagnosticWaiters.push({ accept: (p) => p.uri === uri && accept(p), resolve }));
  }

  diagnosticsForVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnosticsFor(uri, (p) => p.version === version);
  }

  verdictFor(uri: string, accept: (p: VerdictNotificationParams) => boolean = () => true): Promise<VerdictNotificationParams> {
    const known = this.verdicts.get(uri);
    if (known && accept(known)) return Promise.resolve(known);
    return new Promise((resolve) => this.verdictWaiters.push({ accept: (p) => p.uri === uri && accept(p), resolve }));
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = []): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } });
  }

  symbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /** Sends shutdown and exit as an editor does, and resolves with the server's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}

function settle<T>(waiters: Waiter<T>[], value: T): void {
  for (let i = waiters.length - 1; i >= 0; i--) {
    if (waiters[i].accept(value)) {
      waiters[i].resolve(value);
      waiters.splice(i, 1);
    }
  }
}
