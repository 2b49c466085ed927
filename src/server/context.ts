import type { HttpBindings } from "@hono/node-server";
import type { RevisionAnalyzer } from "./analysis/pool";
import type { ProxyTrust } from "./auth/client-address";
import type { Database } from "./db/database";
import type { EventHub } from "./events/hub";

export interface Limits {
  /** Largest request body, in bytes (413 above it). */
  bodyBytes: number;
  /** Largest document, in characters (UTF-16 code units). */
  documentChars: number;
  commentChars: number;
  /** How long the critic may take over one document (or the renderer over one comment) before its worker is killed. */
  critiqueMs: number;
  /** Saves whose critique may wait in one process; past it a save is refused with 503 and Retry-After instead of queued. */
  critiqueBacklog: number;
  /** The characters of text those waiting saves may hold in memory together. */
  critiqueBacklogChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  bodyBytes: 1024 * 1024,
  documentChars: 262_144,
  commentChars: 20_000,
  critiqueMs: 5_000,
  // A few seconds of critiques on two workers; a reader of a revision still waiting here waits that long for it.
  critiqueBacklog: 200,
  // About 16 MB of strings: thirty of the largest documents, or the whole backlog of ordinary ones.
  critiqueBacklogChars: 8_000_000,
};

export interface ServerSettings {
  /** The address people open, e.g. http://127.0.0.1:4321 (used in sign-in links). */
  publicUrl: string;
  /** The reverse proxies whose X-Forwarded-* headers count; null when the server faces clients directly. */
  trustProxy: ProxyTrust | null;
  /** Where the built web app lives (dist/web); null to never serve it. */
  webRoot: string | null;
  limits: Limits;
}

/** What every request handler can reach. Nothing in here holds state another instance would need. */
export interface Services {
  database: Database;
  hub: EventHub;
  /** Critiques and renders revision text and comments, in worker processes. */
  analyzer: RevisionAnalyzer;
  settings: ServerSettings;
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  hasPassword: boolean;
  /** The name is a placeholder nobody chose: the app asks for one, once. */
  needsName: boolean;
}

export interface Auth {
  user: SignedInUser;
  sessionId: string;
  csrfToken: string;
}

export type AppEnv = {
  Bindings: HttpBindings;
  Variables: {
    services: Services;
    auth: Auth | null;
  };
};
