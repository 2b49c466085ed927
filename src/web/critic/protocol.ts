import type { Finding, OutlineEntry, Verdict } from "../../core";

/** What the editor asks the critic worker: critique this text. */
export interface CritiqueRequest {
  id: number;
  text: string;
}

/** Character ranges of the document, as the parser read it, for the review layout. */
export interface DocumentShape {
  /** The press release, from headline to its last part; null when none was found. */
  pressRelease: { from: number; to: number } | null;
  /** Each FAQ part, in order. */
  faqs: { from: number; to: number; audience: "customer" | "internal" | "unspecified" }[];
  title: string | null;
  words: { total: number; pressRelease: number; faq: number };
}

/**
 * A critique in a form that crosses a worker boundary: the parsed document
 * holds functions, so only the data the UI shows is sent back.
 */
export interface CritiqueResult {
  id: number;
  findings: Finding[];
  verdict: Verdict;
  outline: OutlineEntry[];
  shape: DocumentShape;
  /** Time the critic took inside the worker, in milliseconds. */
  checkMs: number;
  /** The critic plus the outline and word counts: the worker's whole turn. */
  workerMs: number;
  /**
   * When the worker took the request up and when it replied, in milliseconds
   * since the epoch (timeOrigin + now), so the page can tell waiting for the
   * worker, the worker's turn and waiting for the page apart.
   */
  startedAtEpoch: number;
  repliedAtEpoch: number;
}

/** The critic threw: a bug in prfaq, reported rather than leaving the editor waiting. */
export interface CritiqueFailure {
  id: number;
  error: string;
}

export type CritiqueReply = CritiqueResult | CritiqueFailure;
