/**
 * A worker thread that critiques and renders revisions, so the event loop
 * keeps serving reads while a save is being analysed.
 */
import { parentPort } from "node:worker_threads";
import { createCritic, rules } from "../../core";
import { revisionContentOf } from "./revision-content";

export interface AnalysisRequest {
  id: number;
  text: string;
}

export type AnalysisReply = { id: number; content: import("./revision-content").RevisionContent } | { id: number; error: string };

const critic = createCritic({ rules });

parentPort?.on("message", (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { id: request.id, content: revisionContentOf(critic, request.text) };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort!.postMessage(reply);
});
