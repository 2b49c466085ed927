import { sql, type Kysely } from "kysely";
import pg from "pg";
import type { Database } from "../db/database";
import type { Schema } from "../db/schema";

export type EventType = "revision" | "critique" | "comment" | "comment-resolved" | "review" | "verdict" | "decision" | "document";

export interface LiveEvent {
  id: number;
  type: EventType;
  workspaceId: string;
  documentId: string | null;
  at: string;
  data: Record<string, unknown>;
}

export interface NewEvent {
  type: EventType;
  workspaceId: string;
  documentId: string | null;
  data: Record<string, unknown>;
}

type Listener = (event: LiveEvent) => void;

const CHANNEL = "prfaq_events";
const POLL_MS = 200;
const REPLAY_LIMIT = 500;

interface EventRow {
  id: number;
  type: string;
  workspace_id: string;
  document_id: string | null;
  data: string;
  at: string;
}

function eventOf(row: EventRow): LiveEvent {
  return { id: Number(row.id), type: row.type as EventType, workspaceId: row.workspace_id, documentId: row.document_id, at: row.at, data: JSON.parse(row.data) };
}

/**
 * Live events across server instances. Every event is written to the
 * `events` table in the same transaction as the change it announces, so an
 * event exists exactly when its change does. PostgreSQL then wakes every
 * instance with NOTIFY (delivered at commit); on SQLite each instance polls
 * the table. The in-memory part is only this process's own subscribers.
 */
export class EventHub {
  readonly #database: Database;
  readonly #listeners = new Set<Listener>();
  readonly #streamEnders = new Set<() => void>();
  #lastSeen = 0;
  #timer: NodeJS.Timeout | null = null;
  #polling = false;
  #listenClient: pg.Client | null = null;
  #stopped = false;

  constructor(database: Database) {
    this.#database = database;
  }

  async start(): Promise<void> {
    const { db } = this.#database;
    const max = await db.selectFrom("events").select((eb) => eb.fn.max("id").as("max")).executeTakeFirst();
    this.#lastSeen = Number(max?.max ?? 0);
    if (this.#database.kind === "postgres") await this.#listen();
    else this.#timer = setInterval(() => void this.#poll(), POLL_MS);
    // Old events only serve reconnecting clients; a week is plenty.
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();
    await db.deleteFrom("events").where("at", "<", weekAgo).execute();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    const client = this.#listenClient;
    this.#listenClient = null;
    await client?.end().catch(() => undefined);
    this.#listeners.clear();
  }

  /** Writes an event inside the caller's transaction; it goes out when that transaction commits. */
  async record(trx: Kysely<Schema>, event: NewEvent): Promise<void> {
    const at = new Date().toISOString();
    const inserted = await trx
      .insertInto("events")
      .values({ workspace_id: event.workspaceId, document_id: event.documentId, type: event.type, data: JSON.stringify(event.data), at })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (this.#database.kind === "postgres") {
      const payload: LiveEvent = { id: Number(inserted.id), ...event, at };
      await sql`select pg_notify(${CHANNEL}, ${JSON.stringify(payload)})`.execute(trx);
    }
  }

  /** Call after a commit on SQLite so this instance's own subscribers hear it without waiting for the next poll. */
  nudge(): void {
    if (this.#database.kind === "sqlite") void this.#poll();
  }

  /** Registers a way to end one open event stream when the server shuts down. */
  onShutdown(end: () => void): () => void {
    this.#streamEnders.add(end);
    return () => this.#streamEnders.delete(end);
  }

  /** Ends every open event stream of this instance (browsers reconnect to another one). */
  endStreams(): void {
    for (const end of [...this.#streamEnders]) end();
    this.#streamEnders.clear();
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Events after `afterId` (for Last-Event-ID), oldest first. */
  async replay(afterId: number, workspaceId: string): Promise<LiveEvent[]> {
    const rows = await this.#database.db
      .selectFrom("events")
      .selectAll()
      .where("id", ">", afterId)
      .where("workspace_id", "=", workspaceId)
      .orderBy("id")
      .limit(REPLAY_LIMIT)
      .execute();
    return rows.map(eventOf);
  }

  #dispatch(event: LiveEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // One broken stream must not stop the others.
      }
    }
  }

  async #poll(): Promise<void> {
    if (this.#polling || this.#stopped) return;
    this.#polling = true;
    try {
      const rows = await this.#database.db.selectFrom("events").selectAll().where("id", ">", this.#lastSeen).orderBy("id").limit(1000).execute();
      for (const row of rows) {
        this.#lastSeen = Math.max(this.#lastSeen, Number(row.id));
        if (this.#listeners.size) this.#dispatch(eventOf(row));
      }
    } catch {
      // The database is busy or closing; the next poll tries again.
    } finally {
      this.#polling = false;
    }
  }

  async #listen(): Promise<void> {
    const url = this.#database.postgresUrl;
    if (!url || this.#stopped) return;
    const client = new pg.Client({ connectionString: url });
    let dropped = false;
    const drop = () => {
      if (dropped) return;
      dropped = true;
      if (this.#listenClient === client) this.#listenClient = null;
      client.end().catch(() => undefined);
      this.#retryListen();
    };
    client.on("error", drop);
    client.on("end", drop);
    client.on("notification", (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const event = JSON.parse(message.payload) as LiveEvent;
        this.#lastSeen = Math.max(this.#lastSeen, event.id);
        this.#dispatch(event);
      } catch {
        // A payload we can't read is skipped; clients refetch on the next event anyway.
      }
    });
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
    } catch (err) {
      drop();
      throw err;
    }
    this.#listenClient = client;
    // Whatever was committed while we were not listening (after a reconnect) still reaches subscribers.
    await this.#poll();
  }

  #retryListen(): void {
    if (this.#stopped) return;
    setTimeout(() => void this.#listen().catch(() => undefined), 1000).unref();
  }
}
