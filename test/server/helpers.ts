/**
 * Shared by the server tests: a fresh database per test file (a temporary
 * SQLite folder, or a new PostgreSQL database that is dropped afterwards),
 * servers started in-process on a random port, and an HTTP client that keeps
 * its session cookie and CSRF token like a browser would.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startServer, type RunningServer, type ServeOptions } from "../../src/server";

export type DatabaseKind = "sqlite" | "postgres";
export const DATABASE_KINDS: DatabaseKind[] = ["sqlite", "postgres"];

export const POSTGRES_ADMIN_URL = process.env.PRFAQ_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  kind: DatabaseKind;
  dataDir: string;
  /** What to pass as `database`: a postgres:// URL, or null for SQLite in dataDir. */
  database: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "prfaq-test-"));
  if (kind === "sqlite") {
    return { kind, dataDir, database: null, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `prfaq_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    dataDir,
    database: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function startOn(db: TestDatabase, options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return startServer({ host: "127.0.0.1", port: 0, dataDir: db.dataDir, database: db.database, webRoot: null, ...options });
}

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** A browser-like API client: one session cookie, the CSRF token from the session. */
export class Client {
  csrfToken: string | null = null;
  constructor(public baseUrl: string) {}

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken && method !== "GET" && !("x-csrf-token" in h)) h["x-csrf-token"] = this.csrfToken;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === "string" ? body : JSON.stringify(body);
      h["content-type"] ??= "application/json";
    }
    const res = await fetch(this.baseUrl + path, { method, headers: h, body: payload, redirect: "manual" });
    this.keepCookie(res);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  /** Every cookie the server set, by name, like a browser's jar (no paths or expiry: the tests don't need them). */
  readonly jar = new Map<string, string>();

  keepCookie(res: Response): void {
    for (const set of res.headers.getSetCookie()) {
      const pair = set.split(";")[0];
      const name = pair.slice(0, pair.indexOf("="));
      if (pair.endsWith("=")) this.jar.delete(name);
      else this.jar.set(name, pair);
    }
  }

  /** The Cookie header this client sends; setting it replaces the jar (to replay a stolen cookie, say). */
  get cookie(): string | null {
    return this.jar.size ? [...this.jar.values()].join("; ") : null;
  }

  set cookie(header: string | null) {
    this.jar.clear();
    for (const pair of (header ?? "").split(/;\s*/).filter((p) => p.includes("="))) this.jar.set(pair.slice(0, pair.indexOf("=")), pair);
  }

  get = <T = Record<string, unknown>>(path: string) => this.request<T>("GET", path);
  post = <T = Record<string, unknown>>(path: string, body?: unknown) => this.request<T>("POST", path, body ?? {});
  put = <T = Record<string, unknown>>(path: string, body?: unknown) => this.request<T>("PUT", path, body ?? {});
  patch = <T = Record<string, unknown>>(path: string, body?: unknown) => this.request<T>("PATCH", path, body ?? {});
  delete = <T = Record<string, unknown>>(path: string) => this.request<T>("DELETE", path);

  /** Follows a one-time sign-in link, then loads the session (and its CSRF token). */
  async signInWithLink(link: string): Promise<Reply> {
    const res = await fetch(link, { redirect: "manual", headers: this.cookie ? { cookie: this.cookie } : {} });
    this.keepCookie(res);
    const session = await this.get<{ csrfToken: string }>("/api/session");
    if (session.status === 200) this.csrfToken = session.body.csrfToken;
    return { status: res.status, body: {}, headers: res.headers, text: "" };
  }

  async signIn(email: string, password: string): Promise<Reply> {
    const reply = await this.post<{ csrfToken: string }>("/api/session", { email, password });
    if (reply.status === 200) this.csrfToken = reply.body.csrfToken;
    return reply;
  }
}

export interface Member {
  client: Client;
  id: string;
  name: string;
  email: string;
}

export interface Workspace {
  server: RunningServer;
  owner: Member;
  workspaceId: string;
  /** Invites someone with a role and signs them in through their invitation link. */
  invite(name: string, role: "owner" | "editor" | "reviewer" | "viewer", workspaceId?: string): Promise<Member>;
}

/** The local owner, signed in, in the seeded workspace, plus a way to bring in teammates. */
export async function localWorkspace(server: RunningServer): Promise<Workspace> {
  const owner = new Client(server.url);
  if (!server.signInUrl) throw new Error("the server printed no sign-in link");
  await owner.signInWithLink(server.signInUrl);
  const session = await owner.get<{ user: { id: string; name: string; email: string }; workspaces: { id: string }[] }>("/api/session");
  const workspaceId = session.body.workspaces[0].id;
  let counter = 0;
  return {
    server,
    owner: { client: owner, ...session.body.user },
    workspaceId,
    async invite(name, role, ws = workspaceId) {
      const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${++counter}.${randomBytes(3).toString("hex")}@example.com`;
      const added = await owner.post<{ signInUrl: string }>(`/api/workspaces/${ws}/members`, { email, name, role });
      if (added.status !== 201) throw new Error(`invite failed: ${added.status} ${added.text}`);
      const client = new Client(server.url);
      await client.signInWithLink(added.body.signInUrl);
      const session = await client.get<{ user: { id: string } }>("/api/session");
      if (session.status !== 200) throw new Error(`the invitation link did not sign in: ${session.status} ${session.text}`);
      return { client, id: session.body.user.id, name, email };
    },
  };
}

export const SAMPLE = `# ShiftSwap Lets Ward Nurses Trade a Shift in Minutes

## Nurses post a shift they can't work and see it taken before their next break

GLASGOW — St. Columba's Hospital today started ShiftSwap for the 212 nurses on its four surgical wards.

Morag Fraser has worked nights on Ward 7 for eleven years. Each swap took a median of 3.5 days to approve.

## Kill criteria

- Fewer than 40% of swap requests go through ShiftSwap after 12 weeks.
- The share of unfilled swaps has not fallen below 25% by March.
`;

export interface ServerSentEvent {
  id: string | null;
  event: string;
  data: Record<string, unknown>;
}

/** A live event stream, read like a browser's EventSource would; `next` waits for a matching event. */
export async function openEventStream(url: string, cookie: string | null, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { ...(cookie ? { cookie } : {}), ...headers }, signal: controller.signal });
  const received: ServerSentEvent[] = [];
  const waiters: { match: (e: ServerSentEvent) => boolean; resolve: (e: ServerSentEvent) => void }[] = [];
  const deliver = (event: ServerSentEvent) => {
    received.push(event);
    for (const w of [...waiters]) {
      if (w.match(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  };
  if (res.ok && res.body) {
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buffer = "";
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          let cut;
          while ((cut = buffer.indexOf("\n\n")) !== -1) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":") && l.includes(":")).map((l) => [l.slice(0, l.indexOf(":")), l.slice(l.indexOf(":") + 1).trim()]));
            if (fields.event) deliver({ id: fields.id ?? null, event: fields.event, data: JSON.parse(fields.data ?? "{}") });
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return {
    status: res.status,
    headers: res.headers,
    received,
    next(match: (e: ServerSentEvent) => boolean, timeoutMs = 5000): Promise<ServerSentEvent> {
      const already = received.find(match);
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(received.map((e) => e.event))}`)), timeoutMs);
        waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => controller.abort(),
  };
}

export interface ServerProcess {
  url: string;
  signInUrl: string | null;
  child: import("node:child_process").ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string | null>;
}

const BIN = join(import.meta.dirname, "..", "..", "bin", "prfaq.js");

/** Runs `prfaq serve` from the build as a child process, the way a person starts it. */
export async function spawnServer(db: TestDatabase, extraArgs: string[] = []): Promise<ServerProcess> {
  const { spawn } = await import("node:child_process");
  const args = [BIN, "serve", "--port", "0", "--data", db.dataDir, ...(db.database ? ["--database", db.database] : []), ...extraArgs];
  const child = spawn(process.execPath, args, { env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | string | null>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal)));
  const started = await new Promise<{ url: string; signInUrl: string | null }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`prfaq serve did not start:\n${out}`)), 30_000);
    const check = () => {
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      if (url && /Press Ctrl\+C/.test(out)) {
        clearTimeout(timer);
        resolve({ url, signInUrl: /(http:\/\/\S+\/\?token=\S+)/.exec(out)?.[1] ?? null });
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`prfaq serve exited (${code}) before it started:\n${out}`));
    });
  });
  return { ...started, child, output: () => out, exited };
}
