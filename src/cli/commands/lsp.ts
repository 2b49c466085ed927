import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "../../lsp/server";

/**
 * Runs the language server on standard input and output until the client
 * sends `exit` or closes the stream. Editors pass `--stdio` (and sometimes
 * `--clientProcessId`); stdio is the only transport, so those are accepted.
 */
export function runLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  startServer(connection);
}
