import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createCritic, leadOf, rules, type Critic } from "../core";
import { VERSION } from "../cli/version";
import { checkText, type CheckedText } from "./check";
import { codeActionsFor, OPEN_RULES_REFERENCE_COMMAND } from "./code-actions";
import { configProblemDiagnostic, DIAGNOSTIC_SOURCE } from "./diagnostics";
import { findingsAt, hoverFor } from "./hover";
import { rangesTouch } from "./positions";
import { readInitializationOptions, VERDICT_NOTIFICATION, type VerdictNotificationParams } from "./protocol";
import { findRuleDocsFolder, RuleDocs } from "./rule-docs";
import { documentSymbols, flatSymbols } from "./symbols";
import { ConfigStore, isConfigFileName, isPrfaqDocument, type ConfigLookup } from "./workspace-config";

interface CheckedVersion extends CheckedText {
  version: number;
}

interface Session {
  uri: string;
  path: string | null;
  lookup: ConfigLookup | null;
  served: boolean;
  critic: Critic | null;
  checked: CheckedVersion | null;
  /** Whether the client holds diagnostics from us that a later change must clear. */
  published: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  lastCheckMs: number;
}

/**
 * A document whose check takes longer than SLOW_CHECK_MS (a very large one)
 * waits for a pause as long as its last check took, up to MAX_BACKOFF_MS, so
 * the server never spends all its time re-checking it while someone types.
 */
const SLOW_CHECK_MS = 200;
const MAX_BACKOFF_MS = 2000;

export interface ServerOptions {
  /** Where the rules reference lives; found from the installed package when omitted. */
  ruleDocsFolder?: string | null;
}

/**
 * Wires the critic to an LSP connection: diagnostics on open and change,
 * hover, quick fixes, the outline and a verdict notification. Documents are
 * checked with one critic each, which keeps the parse of every chunk between
 * top-level headings, so a keystroke reparses only the chunk it touched.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const configs = new ConfigStore();
  const docs = new RuleDocs(options.ruleDocsFolder === undefined ? findRuleDocsFolder() : options.ruleDocsFolder);
  const sessions = new Map<string, Session>();
  let debounceMs = 150;
  let capabilities: ClientCapabilities = {};

  const markdownHover = () => capabilities.textDocument?.hover?.contentFormat?.includes("markdown") ?? true;

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    debounceMs = readInitializationOptions(params.initializationOptions).debounceMs;
    return {
      capabilities: {
        positionEncoding: "utf-16",
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: { label: "PR/FAQ" },
        executeCommandProvider: { commands: [OPEN_RULES_REFERENCE_COMMAND] },
      },
      serverInfo: { name: "prfaq", version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/.prfaq.{yml,yaml}" }],
      });
    }
  });

  function sessionFor(uri: string): Session {
    let session = sessions.get(uri);
    if (!session) {
      session = { uri, path: filePathOf(uri), lookup: null, served: false, critic: null, checked: null, published: false, timer: null, lastCheckMs: 0 };
      sessions.set(uri, session);
    }
    return session;
  }

  /** Re-reads which configuration applies; returns true when the critic had to change. */
  function configure(session: Session): boolean {
    const lookup = session.path ? configs.forDocument(session.path) : null;
    const served = !!session.path && !!lookup && isPrfaqDocument(session.path, lookup);
    const changed = served !== session.served || lookup?.key !== session.lookup?.key;
    session.lookup = lookup;
    session.served = served;
    if (!served) session.critic = null;
    // Repeated words stay separate findings: each is a diagnostic on a line the author has to change.
    else if (changed || !session.critic) session.critic = createCritic({ rules, config: lookup!.config, collapse: "places" });
    if (changed) session.checked = null;
    return changed;
  }

  function publish(session: Session, version: number | null, diagnostics: Diagnostic[], params: VerdictNotificationParams): void {
    void connection.sendDiagnostics({ uri: session.uri, version: version ?? undefined, diagnostics });
    void connection.sendNotification(VERDICT_NOTIFICATION, params);
    session.published = diagnostics.length > 0 || params.verdict !== null;
  }

  function check(session: Session): void {
    cancelPending(session);
    const document = documents.get(session.uri);
    if (!document) return;
    if (!session.served || !session.critic) {
      session.checked = null;
      if (session.published) publish(session, document.version, [], { uri: session.uri, version: document.version, verdict: null });
      return;
    }
    const text = document.getText();
    // The first check with a new critic parses every chunk and warms the engine; only warm checks predict a keystroke's cost.
    const warm = session.checked !== null;
    const started = performance.now();
    let checked: CheckedText;
    try {
      checked = checkText(session.critic, text, docs, session.uri);
    } catch (err) {
      // A crash in the critic is prfaq's bug; the editor should say so and stay usable.
      connection.console.error(`prfaq could not check ${session.uri}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      session.checked = null;
      const message = `prfaq could not check this document (${err instanceof Error ? err.message : String(err)}). This is a bug in prfaq; please report it.`;
      publish(session, document.version, [internalErrorDiagnostic(message)], { uri: session.uri, version: document.version, verdict: null });
      return;
    }
    session.checked = { ...checked, version: document.version };
    const diagnostics = [...checked.findingDiagnostics];
    const problem = session.lookup ? configProblemDiagnostic(session.lookup, firstLineLength(text)) : null;
    if (problem) diagnostics.unshift(problem);
    const lead = leadOf(checked.critique.findings).map(({ rank, line, severity, category, message }) => ({ rank, line, severity, category, message }));
    publish(session, document.version, diagnostics, { uri: session.uri, version: document.version, verdict: checked.critique.verdict, lead });
    if (warm) session.lastCheckMs = performance.now() - started;
  }

  function schedule(session: Session): void {
    cancelPending(session);
    const backoff = session.lastCheckMs > SLOW_CHECK_MS ? Math.min(session.lastCheckMs, MAX_BACKOFF_MS) : 0;
    const delay = Math.max(debounceMs, backoff);
    session.timer = setTimeout(() => check(session), delay);
  }

  function cancelPending(session: Session): void {
    if (session.timer) clearTimeout(session.timer);
    session.timer = null;
  }

  /** Requests answer for the text the client has now, so a pending check runs first. */
  function current(uri: string): CheckedVersion | null {
    const session = sessions.get(uri);
    const document = documents.get(uri);
    if (!session || !document || !session.served) return null;
    if (session.checked?.version !== document.version) check(session);
    return session.checked;
  }

  /** After a configuration change, re-checks only the documents whose critic changed. */
  function reconfigureAll(): void {
    configs.forget();
    for (const session of sessions.values()) {
      if (configure(session)) check(session);
    }
  }

  documents.onDidOpen(({ document }) => {
    // Clients without file watching still pick up an edited .prfaq.yml on the next open.
    configs.forget();
    for (const other of sessions.values()) {
      if (other.uri !== document.uri && configure(other)) check(other);
    }
    const session = sessionFor(document.uri);
    configure(session);
    check(session);
  });

  documents.onDidChangeContent(({ document }) => {
    const session = sessions.get(document.uri);
    if (!session || session.checked?.version === document.version) return;
    if (session.served) schedule(session);
  });

  documents.onDidClose(({ document }) => {
    const session = sessions.get(document.uri);
    if (!session) return;
    cancelPending(session);
    sessions.delete(document.uri);
    if (session.published) {
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      void connection.sendNotification(VERDICT_NOTIFICATION, { uri: document.uri, version: null, verdict: null } satisfies VerdictNotificationParams);
    }
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    if (changes.some((c) => isConfigFileName(c.uri))) reconfigureAll();
  });

  connection.onHover(({ textDocument, position }) => {
    const checked = current(textDocument.uri);
    if (!checked) return null;
    const offset = checked.mapper.offsetAt(position);
    const critic = sessions.get(textDocument.uri)?.critic;
    const metaOf = (id: string) => critic?.rules.find((r) => r.meta.id === id)?.meta;
    return hoverFor(findingsAt(checked.critique.findings, offset), checked.mapper, docs, markdownHover(), metaOf);
  });

  connection.onCodeAction(({ textDocument, range, context }): CodeAction[] => {
    const checked = current(textDocument.uri);
    if (!checked) return [];
    // Editors ask with the diagnostics under the cursor's line (Neovim at column 0), which may not touch the cursor's range.
    const sent = context.diagnostics.filter((d) => d.source === undefined || d.source === DIAGNOSTIC_SOURCE);
    const touched = checked.critique.findings
      .map((finding, i) => ({ finding, diagnostic: checked.findingDiagnostics[i] }))
      .filter(({ diagnostic }) => rangesTouch(diagnostic.range, range) || sent.some((d) => sameDiagnostic(d, diagnostic)));
    return codeActionsFor(touched, {
      uri: textDocument.uri,
      doc: checked.critique.document,
      mapper: checked.mapper,
      hasReference: (id) => docs.uriFor(id) !== null,
    });
  });

  connection.onDocumentSymbol(({ textDocument }) => {
    const checked = current(textDocument.uri);
    if (!checked) return [];
    const symbols = documentSymbols(checked.critique.document, checked.mapper);
    return capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatSymbols(symbols, textDocument.uri);
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    if (command !== OPEN_RULES_REFERENCE_COMMAND) return;
    const ruleId = typeof args?.[0] === "string" ? args[0] : "";
    const uri = docs.uriFor(ruleId);
    // Notifications, not message requests: a request waits for an answer, which Neovim 0.7 asks for with a blocking prompt.
    if (!uri) {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `prfaq has no reference page for "${ruleId}". Run \`prfaq explain ${ruleId}\` instead.` });
      return;
    }
    if (capabilities.window?.showDocument?.support) await connection.window.showDocument({ uri, takeFocus: true });
    else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `The rules reference for ${ruleId} is ${fileURLToPath(uri)}` });
  });

  documents.listen(connection);
  connection.listen();
}

function filePathOf(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character && a.range.end.line === b.range.end.line && a.range.end.character === b.range.end.character;
}

function firstLineLength(text: string): number {
  const end = text.search(/\r|\n/);
  return end < 0 ? text.length : end;
}

function internalErrorDiagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 1, source: DIAGNOSTIC_SOURCE, code: "internal-error", message };
}
