import type { CritiqueResult } from "./protocol";

/**
 * The browser side of the critic. It runs in a worker so that typing never
 * waits for a critique, however long the document gets.
 */
export class CriticClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, (result: CritiqueResult) => void>();

  constructor() {
    this.worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "prfaq-critic" });
    this.worker.onmessage = (event: MessageEvent<CritiqueResult>) => {
      const resolve = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      resolve?.(event.data);
    };
  }

  check(text: string): Promise<CritiqueResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
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
