import type { Finding, Verdict } from "../core";

/**
 * Sent after every check of a PR/FAQ, and with `verdict: null` when a
 * document stops being one (closed, renamed, or no longer matched by the
 * `files` globs), so a client can show readiness in its status line.
 */
export const VERDICT_NOTIFICATION = "prfaq/verdict";

export interface VerdictNotificationParams {
  uri: string;
  /** The document version the verdict was computed for. */
  version: number | null;
  verdict: Verdict | null;
  /** What a reviewer would raise first: the top-ranked errors and warnings (the strengths are in `verdict`). */
  lead?: Pick<Finding, "rank" | "line" | "severity" | "category" | "message">[];
}

/** `initializationOptions` the server understands; every field is optional. */
export interface PrfaqInitializationOptions {
  /** How long to wait for a pause in typing before checking again, in milliseconds (default 150). */
  debounceMs?: number;
}

export function readInitializationOptions(raw: unknown): Required<PrfaqInitializationOptions> {
  const options = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const debounce = options.debounceMs;
  return { debounceMs: typeof debounce === "number" && Number.isFinite(debounce) && debounce >= 0 ? Math.min(debounce, 10_000) : 150 };
}
