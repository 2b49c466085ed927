import { fork, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { availableParallelism, setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCritic, rules, type Critic } from "../../core";
import { logLine as log } from "../log";
import { packageInfo } from "../paths";
import { plainTextHtml, revisionContentOf, safeHtml, unreviewedContent, type AnalysisFailure, type RevisionContent } from "./revision-content";
import type { AnalysisReply, AnalysisRequest } from "./worker";

/** Turns a revision's text into everything stored with it (critique, title, kill criteria, HTML), and Markdown into safe HTML. */
export interface RevisionAnalyzer {
  /** Never rejects for anything the text does: a critic that fails or runs out of time gives a revision with an error saying so. */
  analyze(text: string, owner?: string): Promise<RevisionContent>;
  /** Safe HTML for a comment; escaped text when rendering fails or runs out of time. */
  renderHtml(markdown: string, owner?: string): Promise<string>;
  close(): Promise<void>;
}

/** Analysis on the calling thread: for tools that save a handful of their own documents (import, seeding from the command line). */
export function inThreadAnalyzer(critic: Critic = createCritic({ rules })): RevisionAnalyzer {
  return {
    analyze: async (text) => revisionContentOf(critic, text),
    renderHtml: async (markdown) => safeHtml(markdown),
    close: async () => undefined,
  };
}

/** Where the bundled worker lives (dist/cli/analysis-worker.js); null when running from source. */
export function builtWorkerPath(): string | null {
  const root = packageInfo()?.root;
  const path = root ? join(root, "dist", "cli", "analysis-worker.js") : null;
  return path && existsSync(path) ? path : null;
}

/** How to start a worker process: a script, and the Node options it needs to load. */
export interface WorkerScript {
  script: string;
  execArgv: string[];
}

let sourceBundle: Promise<WorkerScript> | null = null;

/**
 * From source (tests, tsx), the worker is bundled once per process with
 * esbuild, as the build does: a child loads one file in a second or two,
 * where tsx would transform every module of the critic again in each one.
 */
function bundleWorkerFromSource(): Promise<WorkerScript> {
  sourceBundle ??= (async () => {
    const { build } = await import("esbuild");
    const outfile = join(tmpdir(), `prfaq-analysis-worker-${process.pid}-${Date.now().toString(36)}.mjs`);
    await build({
      entryPoints: [fileURLToPath(new URL("./worker.ts", import.meta.url))],
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      logLevel: "warning",
      banner: { js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);" },
    });
    process.once("exit", () => rmSync(outfile, { force: true }));
    return { script: outfile, execArgv: [] };
  })();
  return sourceBundle;
}

/** The bundled worker when running from the build; a fresh bundle of the source when running from source, so source never mixes with a stale build. */
export async function defaultWorkerScript(): Promise<WorkerScript | null> {
  if (!import.meta.url.endsWith(".ts")) {
    const built = builtWorkerPath();
    return built ? { script: built, execArgv: [] } : null;
  }
  try {
    return await bundleWorkerFromSource();
  } catch (err) {
    log(`can't bundle the critic's worker from source: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

export interface PoolOptions {
  /** Workers kept running. */
  size: number;
  /** Workers at most, when every one is busy and work is waiting. */
  maxSize: number;
  /** How long one document may take before its worker is killed and replaced. */
  budgetMs: number;
  /** The heap each worker may use before V8 ends it. */
  heapMb: number;
}

/**
 * Two workers on a two-core machine, up to four on larger ones: the request
 * thread itself does little but wait on the database. Up to two more start
 * while every worker is busy, so one slow document can't queue everyone's saves.
 */
export function defaultPoolOptions(budgetMs: number): PoolOptions {
  const size = Math.max(2, Math.min(4, availableParallelism()));
  return { size, maxSize: size + 2, budgetMs, heapMb: 512 };
}

type JobKind = AnalysisRequest["kind"];

interface Job {
  id: number;
  kind: JobKind;
  text: string;
  owner: string;
  /** Called exactly once, with the worker's answer or the reason there is none. */
  settle(outcome: AnalysisReply | AnalysisFailure): void;
  /** Called instead of settle when the pool closes first. */
  abandon(err: Error): void;
}

interface Slot {
  child: ChildProcess;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  idleTimer: NodeJS.Timeout | null;
  stderr: string;
  /** Set when the pool itself ended this worker, so its exit is not a crash. */
  ended: boolean;
}

const IDLE_EXTRA_WORKER_MS = 10_000;
/** A worker not ready by then is stuck, not slow: it is ended and counts as a failed start. */
const START_TIMEOUT_MS = 60_000;
const STDERR_KEPT = 4096;
const STARTS_BEFORE_GIVING_UP = 3;
/** Below the request thread, so a worker that runs flat out never delays an answer to /api/health. */
const WORKER_NICENESS = 10;

/** The line of a dead worker's output that says why, e.g. "FATAL ERROR: RegExpCompiler Allocation failed - process out of memory". */
function causeOf(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim());
  return lines.find((l) => /FATAL ERROR|RangeError|out of memory/i.test(l)) ?? lines.find(Boolean) ?? "no output";
}

/**
 * A pool of child processes that critique and render. A process, not a
 * thread: a fatal V8 error in a worker thread ends the whole server, while a
 * child process that dies takes only itself. Each document gets a time
 * budget; past it the worker is killed and replaced, and the revision is
 * saved with an error saying the critique timed out. Waiting work goes to
 * whoever has the fewest documents being analysed, so one person saving
 * slow documents waits for their own.
 */
export function processPoolAnalyzer(worker: WorkerScript, options: PoolOptions): RevisionAnalyzer {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;
  let failedStarts = 0;
  let brokenReason: string | null = null;

  const running = (owner: string) => slots.filter((s) => s.job?.owner === owner).length;

  const takeFairest = (): Job => {
    let best = 0;
    for (let i = 1; i < queue.length && running(queue[best].owner) > 0; i++) {
      if (running(queue[i].owner) < running(queue[best].owner)) best = i;
    }
    return queue.splice(best, 1)[0];
  };

  const finish = (slot: Slot, outcome: AnalysisReply | AnalysisFailure) => {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    job.settle(outcome);
  };

  const remove = (slot: Slot) => {
    const at = slots.indexOf(slot);
    if (at !== -1) slots.splice(at, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
  };

  const end = (slot: Slot) => {
    slot.ended = true;
    remove(slot);
    slot.child.kill("SIGKILL");
  };

  const dispatch = () => {
    if (brokenReason) {
      for (const job of queue.splice(0)) job.settle({ kind: "error", message: brokenReason });
      return;
    }
    while (queue.length) {
      const slot = slots.find((s) => s.ready && !s.job);
      if (!slot) break;
      const job = takeFairest();
      slot.job = job;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.timer = setTimeout(() => {
        finish(slot, { kind: "timeout", budgetMs: options.budgetMs });
        end(slot);
        fillUp();
      }, options.budgetMs);
      slot.child.send({ id: job.id, kind: job.kind, text: job.text } satisfies AnalysisRequest);
    }
    fillUp();
  };

  /** Keeps `size` workers, and starts one more (up to maxSize) while work waits and none is starting. */
  const fillUp = () => {
    if (closed || brokenReason) return;
    while (slots.length < options.size) spawn();
    const starting = slots.some((s) => !s.ready);
    if (queue.length && !starting && slots.length < options.maxSize) spawn();
  };

  const retireWhenIdle = (slot: Slot) => {
    if (slots.length <= options.size) return;
    slot.idleTimer = setTimeout(() => {
      if (!slot.job && slots.length > options.size) end(slot);
    }, IDLE_EXTRA_WORKER_MS);
    slot.idleTimer.unref();
  };

  function spawn(): void {
    const child = fork(worker.script, [], {
      execArgv: [...worker.execArgv, `--max-old-space-size=${options.heapMb}`],
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
    });
    const slot: Slot = { child, ready: false, job: null, timer: null, idleTimer: null, stderr: "", ended: false };
    slots.push(slot);
    const startTimer = setTimeout(() => {
      slot.stderr += `\nnot ready after ${START_TIMEOUT_MS / 1000} s`;
      child.kill("SIGKILL");
    }, START_TIMEOUT_MS);
    startTimer.unref();
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, WORKER_NICENESS);
      } catch {
        // Some systems forbid it; the worker then competes with the request thread as an equal.
      }
    }
    child.stderr?.on("data", (chunk: Buffer) => {
      slot.stderr = (slot.stderr + chunk.toString()).slice(-STDERR_KEPT);
    });
    child.on("message", (reply: AnalysisReply) => {
      if ("ready" in reply) {
        clearTimeout(startTimer);
        slot.ready = true;
        failedStarts = 0;
        dispatch();
        return;
      }
      if (slot.job?.id !== reply.id) return;
      finish(slot, reply);
      retireWhenIdle(slot);
      dispatch();
    });
    const died = (why: string) => {
      clearTimeout(startTimer);
      if (slot.ended) return;
      slot.ended = true;
      remove(slot);
      if (closed) return;
      if (!slot.ready && ++failedStarts >= STARTS_BEFORE_GIVING_UP) {
        brokenReason = `the critic's worker process could not start (${why})`;
        log(`${brokenReason}; revisions are saved without a critique until the server is restarted.`);
      } else {
        log(`an analysis worker died (${why}); a new one takes its place.`);
      }
      if (slot.job) finish(slot, { kind: "crash" });
      dispatch();
    };
    child.on("exit", (code, signal) => died(`${signal ?? `exit code ${code}`}: ${causeOf(slot.stderr)}`));
    child.on("error", (err) => died(err.message));
    child.unref();
    child.channel?.unref();
  }

  const submit = <T>(kind: JobKind, text: string, owner: string, settle: (outcome: AnalysisReply | AnalysisFailure) => T): Promise<T> => {
    if (closed) return Promise.reject(new Error("the analyzer is closed"));
    return new Promise<T>((resolve, reject) => {
      queue.push({ id: nextId++, kind, text, owner, settle: (outcome) => resolve(settle(outcome)), abandon: reject });
      dispatch();
    });
  };

  fillUp();

  return {
    analyze(text, owner = "") {
      return submit("revision", text, owner, (outcome) => {
        if ("content" in outcome) return { ...outcome.content, text };
        if ("error" in outcome) return unreviewedContent(text, { kind: "error", message: outcome.error });
        if ("kind" in outcome) return unreviewedContent(text, outcome);
        return unreviewedContent(text, { kind: "error", message: "the worker answered with something else" });
      });
    },
    renderHtml(markdown, owner = "") {
      return submit("html", markdown, owner, (outcome) => ("html" in outcome ? outcome.html : plainTextHtml(markdown)));
    },
    async close() {
      closed = true;
      const gone = new Error("the server is shutting down");
      for (const job of queue.splice(0)) job.abandon(gone);
      for (const slot of [...slots]) {
        slot.job?.abandon(gone);
        slot.job = null;
        if (slot.timer) clearTimeout(slot.timer);
        end(slot);
      }
    },
  };
}

/**
 * The process pool, from the build or from source; on the calling thread
 * only when neither can be found (a partial install), said once in the log.
 */
export async function defaultAnalyzer(budgetMs: number): Promise<RevisionAnalyzer> {
  const worker = await defaultWorkerScript();
  if (worker) return processPoolAnalyzer(worker, defaultPoolOptions(budgetMs));
  log("the critic's worker script was not found, so documents are critiqued on the request thread without a time limit; run `npm run build`.");
  return inThreadAnalyzer();
}
