import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, sql } from "kysely";
import pg from "pg";
import type { DatabaseKind } from "./migrations/helpers";
import { MIGRATIONS, migrationProvider, schemaVersionOf } from "./migrations";
import type { Schema } from "./schema";
import { PreparedStatementPool } from "./prepared-pool";
import { CachedSqliteDialect } from "./sqlite-driver";

export type { DatabaseKind };

export type DatabaseTarget = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<Schema>;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  /** The PostgreSQL connection string, for the LISTEN connection of live events. */
  readonly postgresUrl: string | null;
  /** Runs `work` in one transaction: all of it is written, or none of it. */
  transaction<T>(work: (trx: Kysely<Schema>) => Promise<T>): Promise<T>;
  /** Applies every migration not yet applied; safe when several servers start at once. */
  migrate(upTo?: number): Promise<number>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

function openSqlite(file: string): Kysely<Schema> {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const native = new BetterSqlite3(file);
  native.pragma("journal_mode = WAL");
  // In WAL mode, NORMAL loses nothing when the process dies (kill -9 included): a commit is in
  // the operating system's hands before it is acknowledged. Only a power cut or kernel crash can
  // lose the last commits. FULL closes that gap with an fsync per commit, which blocks the event
  // loop for a disk flush on every write; PRFAQ_SQLITE_SYNCHRONOUS=full chooses it.
  native.pragma(`synchronous = ${process.env.PRFAQ_SQLITE_SYNCHRONOUS?.toLowerCase() === "full" ? "FULL" : "NORMAL"}`);
  native.pragma("busy_timeout = 10000");
  native.pragma("foreign_keys = ON");
  return new Kysely<Schema>({ dialect: new CachedSqliteDialect(native) });
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "postgres://…";
  }
}

function openPostgres(url: string): Kysely<Schema> {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  // An idle client that loses its server would otherwise crash the process with an unhandled 'error'.
  pool.on("error", (err) => process.stderr.write(`prfaq: PostgreSQL connection error: ${err.message}\n`));
  return new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new PreparedStatementPool(pool) }) });
}

export function openDatabase(target: DatabaseTarget): Database {
  const kind = target.kind;
  const db = target.kind === "sqlite" ? openSqlite(target.file) : openPostgres(target.url);
  return {
    kind,
    db,
    location: target.kind === "sqlite" ? target.file : redactUrl(target.url),
    postgresUrl: target.kind === "postgres" ? target.url : null,
    transaction: (work) => db.transaction().execute(work),
    async migrate(upTo) {
      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db).catch(() => null);
      const known = new Set(MIGRATIONS.map(([name]) => name));
      const unknown = (applied?.rows ?? []).map((r) => r.name).filter((name) => !known.has(name));
      if (unknown.length) {
        throw new Error(
          `could not upgrade the database: it was written by a newer prfaq (schema version ${Math.max(...unknown.map(schemaVersionOf))}, this prfaq knows up to ${MIGRATIONS.length}). Upgrade prfaq, or restore a backup made with this version.`,
        );
      }
      const migrator = new Migrator({ db, provider: migrationProvider(kind, upTo) });
      const { error, results } = await migrator.migrateToLatest();
      if (error) {
        const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "a migration";
        throw new Error(`could not upgrade the database (${failed}): ${error instanceof Error ? error.message : String(error)}`);
      }
      return this.schemaVersion();
    },
    async schemaVersion() {
      const result = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db).catch(() => null);
      return schemaVersionOf(result?.rows[0]?.name);
    },
    close: () => db.destroy(),
  };
}

/** A unique or primary-key violation, on either database. */
export function isUniqueViolation(err: unknown): boolean {
  if (!err || typeof err !== "object") return false;
  const code = (err as { code?: unknown }).code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Parses `postgres://…` or a SQLite path into a target. */
export function databaseTargetOf(options: { database?: string | null; dataDir: string }): DatabaseTarget {
  const url = options.database;
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  if (url && /^sqlite:/i.test(url)) return { kind: "sqlite", file: url.replace(/^sqlite:(\/\/)?/i, "") };
  if (url) return { kind: "sqlite", file: url };
  return { kind: "sqlite", file: join(options.dataDir, "prfaq.sqlite") };
}
