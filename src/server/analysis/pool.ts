import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { createCritic, rules, type Critic } from "../../core";
import { packageInfo } from "../paths";
import { revisionContentOf, type RevisionContent } from "./revision-content";
import type { AnalysisReply } from "./worker";

/** Turns a revision's text into everything stored with it: critique, title, kill criteria, HTML. */
export interface RevisionAnalyzer {
  analyze(text: string): Promise<RevisionContent>;
  close(): Promise<void>;
}

/** Analysis on the calling thread: for tools that save a handful of documents, and where no built worker exists. */
export function inThreadAnalyzer(critic: Critic = createCritic({ rules })): RevisionAnalyzer {
  return {
    analyze: async (text) => revisionContentOf(critic, text),
    close: async () => undefined,
  };
}

interface Job {
  id: number;
  text: string;
  resolve(content: RevisionContent): void;
  reject(err: Error): void;
}

/** Where the bundled worker lives (dist/cli/analysis-worker.js); null when running from source. */
export function builtWorkerPath(): string | null {
  const root = packageInfo()?.root;
  const path = root ? join(root, "dist", "cli", "analysis-worker.js") : null;
  return path && existsSync(path) ? path : null;
}

/**
 * A small pool of worker threads, first come first served. The critic takes
 * milliseconds per document; on the event loop, fifty concurrent saves would
 * stall every read behind them.
 */
export function workerPoolAnalyzer(workerPath: string, size = Math.max(1, Math.min(2, availableParallelism() - 1))): RevisionAnalyzer {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  let nextId = 1;
  let closed = false;

  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, text: job.text });
    }
  };

  const spawn = () => {
    const worker = new Worker(workerPath);
    worker.unref();
    worker.on("message", (reply: AnalysisReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (job && job.id === reply.id) {
        if ("error" in reply) job.reject(new Error(`the critic failed on this document: ${reply.error}`));
        else job.resolve(reply.content);
      }
      dispatch();
    });
    worker.on("error", (err) => {
      // A crashed worker fails only its own job; a fresh one takes its place.
      busy.get(worker)?.reject(err);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at !== -1) idle.splice(at, 1);
      if (!closed) {
        spawn();
        dispatch();
      }
    });
    idle.push(worker);
  };
  for (let i = 0; i < size; i++) spawn();

  return {
    analyze(text) {
      if (closed) return Promise.reject(new Error("the analyzer is closed"));
      return new Promise<RevisionContent>((resolve, reject) => {
        queue.push({ id: nextId++, text, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the server is shutting down"));
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}

/**
 * The worker pool when running from the build; the calling thread when
 * running from source (tests, tsx), so source never mixes with a stale build.
 */
export function defaultAnalyzer(): RevisionAnalyzer {
  const fromBuild = import.meta.url.endsWith(".js");
  const path = fromBuild ? builtWorkerPath() : null;
  return path ? workerPoolAnalyzer(path) : inThreadAnalyzer();
}
