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

function open(url: string): Stream {
  const source = new EventSource(url);
  const stream: Stream = { source, ports: new Set() };
  for (const name of EVENT_NAMES) {
    source.addEventListener(name, (event) => {
      const message: ForwardedEvent = { url, name, data: (event as MessageEvent<string>).data };
      for (const port of stream.ports) port.postMessage(message);
    });
  }
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
