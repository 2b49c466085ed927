/**
 * A child process that critiques and renders what the server is sent, so
 * that neither a slow document nor a fatal V8 error (stack or heap exhausted
 * while compiling a regular expression, say) reaches the process that serves
 * requests: the pool kills and replaces this process instead.
 */
import { createCritic, rules } from "../../core";
import { revisionContentOf, safeHtml, type RevisionContent } from "./revision-content";

export type AnalysisRequest = { id: number; kind: "revision"; text: string } | { id: number; kind: "html"; text: string };

/** The content without the text it was made from: the server has the text, and a copy of a document per save is garbage on its request thread. */
export type AnalyzedContent = Omit<RevisionContent, "text">;

export type AnalysisReply = { ready: true } | { id: number; content: AnalyzedContent } | { id: number; html: string } | { id: number; error: string };

const critic = createCritic({ rules });

function answer(request: AnalysisRequest): AnalysisReply {
  try {
    if (request.kind === "html") return { id: request.id, html: safeHtml(request.text) };
    const { text: _sent, ...content } = revisionContentOf(critic, request.text);
    return { id: request.id, content };
  } catch (err) {
    return { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
}

if (process.send) {
  process.on("message", (request: AnalysisRequest) => process.send!(answer(request)));
  // The parent going away must not leave a critic running on its own.
  process.on("disconnect", () => process.exit(0));
  // Warm up before saying ready, so the first real document's time budget isn't spent compiling the rules.
  critic.check("# Warm-up\n\nA short document.\n");
  process.send({ ready: true });
}
