import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { AppEnv } from "../context";
import type { LiveEvent } from "./hub";

const PING_MS = 15_000;

export interface StreamScope {
  workspaceId: string;
  /** Only this document's events, when set. */
  documentId: string | null;
  /** Whether the subscriber may still see this event's document; asked for every event. */
  maySee(event: LiveEvent): Promise<boolean>;
}

/** A server-sent event stream of live events in one scope, resuming after Last-Event-ID. */
export function eventStream(c: Context<AppEnv>, scope: StreamScope) {
  const hub = c.var.services.hub;
  const lastId = Number.parseInt(c.req.header("last-event-id") ?? "", 10);
  return streamSSE(c, async (stream) => {
    let queue: Promise<void> = Promise.resolve();
    const inScope = (e: LiveEvent) => e.workspaceId === scope.workspaceId && (!scope.documentId || e.documentId === scope.documentId);
    const send = (event: LiveEvent) => {
      // One write at a time, in order, with the access check made just before sending.
      queue = queue.then(async () => {
        if (stream.aborted || stream.closed || !(await scope.maySee(event))) return;
        await stream.writeSSE({ id: String(event.id), event: event.type, data: JSON.stringify({ id: event.id, type: event.type, workspaceId: event.workspaceId, at: event.at, ...event.data }) });
      }).catch(() => undefined);
    };
    const unsubscribe = hub.subscribe((event) => {
      if (inScope(event)) send(event);
    });
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const forgetShutdown = hub.onShutdown(() => {
      stream.abort();
      void stream.close().catch(() => undefined);
    });
    stream.onAbort(() => end());
    c.req.raw.signal.addEventListener("abort", () => stream.abort(), { once: true });
    try {
      await stream.write(": connected\n\n");
      if (Number.isFinite(lastId) && lastId >= 0) {
        for (const event of await hub.replay(lastId, scope.workspaceId)) if (inScope(event)) send(event);
      }
      while (!stream.aborted && !stream.closed) {
        // A plain sleep would leave its timer behind when the stream ends early, keeping a stopping process alive.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, PING_MS);
          void ended.then(() => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (!stream.aborted && !stream.closed) await stream.write(": ping\n\n").catch(() => undefined);
      }
    } finally {
      unsubscribe();
      forgetShutdown();
    }
  });
}
