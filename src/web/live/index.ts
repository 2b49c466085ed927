import { useEffect, useRef } from "preact/hooks";
import type { LiveEvent } from "../api/types";
import { EVENT_NAMES, type ForwardedEvent, type TabMessage } from "./protocol";

type Listener = (event: LiveEvent) => void;

/** This tab's subscriptions, by stream URL. */
const listeners = new Map<string, Set<Listener>>();
const fallbackSources = new Map<string, EventSource>();
let port: MessagePort | null | undefined;

function dispatch(url: string, data: string): void {
  let event: LiveEvent;
  try {
    event = JSON.parse(data) as LiveEvent;
  } catch {
    // A malformed event is the server's bug; the next refetch catches up.
    return;
  }
  for (const listener of listeners.get(url) ?? []) listener(event);
}

/** The shared worker's port, or null where SharedWorker doesn't exist (then each tab connects itself). */
function sharedPort(): MessagePort | null {
  if (port !== undefined) return port;
  if (typeof SharedWorker === "undefined") return (port = null);
  try {
    const worker = new SharedWorker(new URL("./shared-worker.ts", import.meta.url), { type: "module", name: "prfaq-live" });
    port = worker.port;
    port.onmessage = (message: MessageEvent<ForwardedEvent>) => dispatch(message.data.url, message.data.data);
    port.start();
    window.addEventListener("pagehide", () => {
      for (const url of listeners.keys()) send({ type: "unsubscribe", url });
    });
    window.addEventListener("pageshow", (event) => {
      // Back from the back/forward cache: the worker forgot this tab.
      if (event.persisted) for (const url of listeners.keys()) send({ type: "subscribe", url });
    });
  } catch {
    port = null;
  }
  return port;
}

function send(message: TabMessage): void {
  port?.postMessage(message);
}

function connect(url: string): void {
  const shared = sharedPort();
  if (shared) return send({ type: "subscribe", url });
  const source = new EventSource(url);
  for (const name of EVENT_NAMES) source.addEventListener(name, (event) => dispatch(url, (event as MessageEvent<string>).data));
  fallbackSources.set(url, source);
}

function disconnect(url: string): void {
  if (port) return send({ type: "unsubscribe", url });
  fallbackSources.get(url)?.close();
  fallbackSources.delete(url);
}

/** Listens to a stream; the connection is opened for the first listener and closed after the last. */
export function subscribe(url: string, listener: Listener): () => void {
  let set = listeners.get(url);
  if (!set) {
    set = new Set();
    listeners.set(url, set);
    connect(url);
  }
  set.add(listener);
  return () => {
    const current = listeners.get(url);
    if (!current) return;
    current.delete(listener);
    if (current.size === 0) {
      listeners.delete(url);
      disconnect(url);
    }
  };
}

/**
 * Subscribes to the server's live events while the component is on screen.
 * Events carry ids, not content: the handler refetches what it names, and
 * the server applies silent reading and privacy to what it returns.
 */
export function useLiveEvents(url: string | null, onEvent: Listener, filter?: (event: LiveEvent) => boolean): void {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const accept = useRef(filter);
  accept.current = filter;
  useEffect(() => {
    if (!url || typeof EventSource === "undefined") return;
    return subscribe(url, (event) => {
      if (!accept.current || accept.current(event)) handler.current(event);
    });
  }, [url]);
}

export const workspaceEventsUrl = (ws: string) => `/api/workspaces/${encodeURIComponent(ws)}/events`;

/**
 * One document's events, read from its workspace's stream: every tab of the
 * workspace then shares a single connection.
 */
export function useDocumentEvents(workspaceId: string | undefined, documentId: string, onEvent: Listener): void {
  useLiveEvents(workspaceId ? workspaceEventsUrl(workspaceId) : null, onEvent, (event) => event.documentId === documentId);
}
