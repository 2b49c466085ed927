/// <reference lib="webworker" />
/**
 * One connection to the server's event stream for every tab of the
 * workspace. Browsers allow six HTTP/1.1 connections per host; with one
 * EventSource per tab, the seventh tab would hang waiting for a free one.
 */
import { EVENT_NAMES, type ForwardedEvent, type TabMessage } from "./protocol";

declare const self: SharedWorkerGlobalScope;

interface Stream {
  source: EventSource;
  ports: Set<MessagePort>;
}

const streams = new Map<string, Stream>();

const RETRY_MS = 5000;

function connect(url: string, stream: Stream): EventSource {
  const source = new EventSource(url);
  for (const name of EVENT_NAMES) {
    source.addEventListener(name, (event) => {
      const message: ForwardedEvent = { url, name, data: (event as MessageEvent<string>).data };
      for (const port of stream.ports) port.postMessage(message);
    });
  }
  // EventSource retries dropped connections itself, but gives up for good on an
  // error answer (a 401 after the session expired, a 5xx from a proxy). Try again
  // later while tabs still listen: the user may sign in again meanwhile.
  source.addEventListener("error", () => {
    if (source.readyState !== EventSource.CLOSED) return;
    setTimeout(() => {
      if (streams.get(url) === stream && stream.source === source) stream.source = connect(url, stream);
    }, RETRY_MS);
  });
  return source;
}

function open(url: string): Stream {
  const stream = { ports: new Set() } as Stream;
  stream.source = connect(url, stream);
  streams.set(url, stream);
  return stream;
}

function unsubscribe(port: MessagePort, url: string): void {
  const stream = streams.get(url);
  if (!stream) return;
  stream.ports.delete(port);
  if (stream.ports.size === 0) {
    stream.source.close();
    streams.delete(url);
  }
}

self.onconnect = (event: MessageEvent) => {
  const port = event.ports[0];
  port.onmessage = (message: MessageEvent<TabMessage>) => {
    const { type, url } = message.data;
    if (type === "subscribe") (streams.get(url) ?? open(url)).ports.add(port);
    else unsubscribe(port, url);
  };
  port.start();
};
