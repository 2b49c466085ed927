/**
 * The workspace server: `prfaq serve`. Hono on Node, Kysely over SQLite
 * (local mode) or PostgreSQL (team mode, any number of instances).
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { defaultAnalyzer, type RevisionAnalyzer } from "./analysis/pool";
import { createApp } from "./app";
import { parseProxyTrust } from "./auth/client-address";
import { createSignInToken, pruneExpired } from "./auth/sessions";
import { DEFAULT_LIMITS, type Limits, type Services } from "./context";
import { databaseTargetOf, openDatabase, type Database } from "./db/database";
import { ServeError } from "./errors";
import { EventHub } from "./events/hub";
import { defaultWebRoot, examplesDir } from "./paths";
import { resumePendingCritiques, settleCritiques } from "./services/critiques";
import { readExamples, setUpWorkspace } from "./services/setup";

export { ServeError };

export interface ServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** Where the SQLite database lives when no `database` is given. */
  dataDir: string;
  /** `postgres://…` for team mode, or a SQLite file; default: DATA_DIR/prfaq.sqlite. */
  database?: string | null;
  /** true (one proxy), a number of proxies, or their addresses/subnets: see parseProxyTrust. */
  trustProxy?: boolean | number | string | string[] | null;
  /** The address people reach the server at, if not http://host:port (behind a proxy). */
  publicUrl?: string | null;
  webRoot?: string | null;
  limits?: Partial<Limits>;
  /** Seed a new workspace with the example documents (default true). */
  seedExamples?: boolean;
  /** Reads revisions in place of the worker pool (tests that must hold a critique back); it is closed with the server. */
  analyzer?: RevisionAnalyzer;
}

export interface RunningServer {
  url: string;
  port: number;
  database: Database;
  /** The one-time sign-in link printed in local mode; null in team mode. */
  signInUrl: string | null;
  /** True when this start created the workspace. */
  seeded: boolean;
  close(): Promise<void>;
}


const SIGN_IN_LINK_TTL_MS = 24 * 3600 * 1000;
const SHUTDOWN_GRACE_MS = 2000;

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h);
}

function urlHost(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

function listen(app: ReturnType<typeof createApp>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }) as Server;
    server.once("listening", () => resolve(server));
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") reject(new ServeError(`port ${port} on ${host} is already in use; stop the other server or pass --port`));
      else if (err.code === "EADDRNOTAVAIL" || err.code === "ENOTFOUND") reject(new ServeError(`can't listen on ${host}: this machine has no such address`));
      else if (err.code === "EACCES") reject(new ServeError(`not allowed to listen on port ${port}; use a port above 1023`));
      else reject(err);
    });
  });
}

async function requireRealAccounts(database: Database, host: string): Promise<void> {
  const account = await database.db.selectFrom("users").select("id").where("password_hash", "is not", null).limit(1).executeTakeFirst();
  if (!account) {
    throw new ServeError(
      `listening on ${host} makes the workspace reachable from other machines, so it needs real accounts. Create one first: prfaq user add you@example.com --name "Your Name"${database.kind === "postgres" ? " --database <the same DATABASE_URL>" : ""}`,
    );
  }
  // Links are a loopback convenience; none left over from local mode may work on the network.
  await database.db.deleteFrom("sign_in_tokens").where("purpose", "=", "local-owner").execute();
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const trustProxy = parseProxyTrust(options.trustProxy);
  if (typeof trustProxy === "string") throw new ServeError(trustProxy);
  const target = databaseTargetOf({ database: options.database, dataDir: options.dataDir });
  let database: Database;
  try {
    database = openDatabase(target);
  } catch (err) {
    throw new ServeError(`can't open the database at ${target.kind === "sqlite" ? target.file : "the PostgreSQL URL"}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const hub = new EventHub(database);
  let server: Server | null = null;
  let analyzer: RevisionAnalyzer | null = null;
  try {
    await database.migrate().catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      throw new ServeError(database.kind === "postgres" ? `can't use the PostgreSQL database ${database.location}: ${message}` : message);
    });
    await pruneExpired(database.db);
    const local = isLoopback(options.host);
    if (!local) await requireRealAccounts(database, options.host);
    await hub.start();
    const settings = {
      publicUrl: "",
      trustProxy,
      webRoot: options.webRoot === undefined ? defaultWebRoot() : options.webRoot,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
    };
    analyzer = options.analyzer ?? (await defaultAnalyzer(settings.limits.critiqueMs));
    const services: Services = { database, hub, analyzer, settings };
    await resumePendingCritiques(services);
    const setup = await setUpWorkspace(services, { localOwner: local, examples: options.seedExamples === false ? [] : readExamples(examplesDir()) });
    server = await listen(createApp(services), options.host, options.port);
    const port = (server.address() as AddressInfo).port;
    const url = `http://${urlHost(options.host)}:${port}`;
    settings.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, "");
    let signInUrl: string | null = null;
    if (local && setup.localOwner) {
      const token = await createSignInToken(database.db, setup.localOwner.id, "local-owner", SIGN_IN_LINK_TTL_MS);
      signInUrl = `${settings.publicUrl}/?token=${token}`;
    }
    const running = server;
    return {
      url: settings.publicUrl,
      port,
      database,
      signInUrl,
      seeded: setup.seeded,
      async close() {
        await new Promise<void>((resolve) => {
          // Requests in flight get a moment to finish; each connection is closed as soon as it falls idle.
          const sweep = setInterval(() => running.closeIdleConnections(), 25);
          const deadline = setTimeout(() => running.closeAllConnections(), SHUTDOWN_GRACE_MS);
          running.close(() => {
            clearInterval(sweep);
            clearTimeout(deadline);
            resolve();
          });
          // Live event streams never end by themselves.
          hub.endStreams();
          running.closeIdleConnections();
        });
        // Critiques of saves already acknowledged get the same grace; any left are resumed at the next start.
        await settleCritiques(services, SHUTDOWN_GRACE_MS);
        await hub.stop();
        await analyzer?.close();
        await database.close();
      },
    };
  } catch (err) {
    server?.close();
    await hub.stop().catch(() => undefined);
    await analyzer?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw err;
  }
}
