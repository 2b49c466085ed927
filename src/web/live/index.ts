import { useEffect, useRef } from "preact/hooks";
import type { LiveEvent, LiveEventName } from "./api/types";

const EVENT_NAMES: LiveEventName[] = ["revision", "comment", "comment-resolved", "review", "verdict", "decision", "document"];

/**
 * Subscribes to the server's live events for as long as the component is on
 * screen. Events carry ids, not content: the handler refetches what it names.
 * EventSource reconnects by itself and replays what was missed (Last-Event-ID).
 */
export function useLiveEvents(url: string | null, onEvent: (event: LiveEvent) => void): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  useEffect(() => {
    if (!url || typeof EventSource === "undefined") return;
    const source = new EventSource(url);
    const listener = (message: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(message.data) as LiveEvent);
      } catch {
        // A malformed event is the server's bug; the next refetch catches up.
      }
    };
    for (const name of EVENT_NAMES) source.addEventListener(name, listener as EventListener);
    return () => source.close();
  }, [url]);
}

export const documentEventsUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}/events`;
export const workspaceEventsUrl = (ws: string) => `/api/workspaces/${encodeURIComponent(ws)}/events`;
