import type { CritiqueReply, CritiqueResult } from "./protocol";

/** The critic failed on a text (a bug in prfaq); the editor keeps working without live findings. */
export class CritiqueError extends Error {
  override name = "CritiqueError";
}

/**
 * The browser side of the critic. It runs in a worker so that typing never
 * waits for a critique, however long the document gets.
 */
export class CriticClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: CritiqueResult) => void; reject: (err: Error) => void }>();

  constructor() {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "prfaq-critic" });
    this.worker.onmessage = (event: MessageEvent<CritiqueReply>) => {
      const reply = event.data;
      const waiter = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if ("error" in reply) waiter?.reject(new CritiqueError(`the critic failed on this text (${reply.error}); please report it`));
      else waiter?.resolve(reply);
    };
    // The worker script itself failed (it didn't load, or threw outside a check): nothing pending will ever be answered.
    this.worker.onerror = (event) => {
      event.preventDefault();
      const err = new CritiqueError(`the critic couldn't start in this browser (${event.message || "worker error"})`);
      for (const waiter of this.waiting.values()) waiter.reject(err);
      this.waiting.clear();
    };
  }

  check(text: string): Promise<CritiqueResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, text });
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.waiting.clear();
  }
}

let shared: CriticClient | null = null;

/** One worker for the whole app: the editor, history and portfolio share it. */
export function sharedCritic(): CriticClient {
  shared ??= new CriticClient();
  return shared;
}
