/** Messages between a tab and the shared live-events worker. */
export type TabMessage = { type: "subscribe"; url: string } | { type: "unsubscribe"; url: string };

export interface ForwardedEvent {
  url: string;
  /** The SSE event name (revision, comment, …). */
  name: string;
  data: string;
}

export const EVENT_NAMES = ["revision", "critique", "comment", "comment-resolved", "review", "verdict", "decision", "document"] as const;
