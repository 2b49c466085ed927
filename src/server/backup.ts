/**
 * A workspace as one JSON archive, and back: everything a team made in it
 * (documents with every revision and its critique, comments, reviews,
 * verdicts, decisions, stage, authors, visibility) and its members, without
 * passwords. People are named by e-mail, so an archive restores into any
 * database. A full copy of a database (sessions, audit log, every
 * workspace) is `sqlite3 .backup` or `pg_dump`.
 */
import type { Kysely } from "kysely";
import type { Database } from "./db/database";
import { LATEST_SCHEMA_VERSION } from "./db/migrations";
import type { Schema } from "./db/schema";
import { ServeError } from "./errors";
import { newId, now } from "./ids";
import { audit } from "./services/audit";

export const ARCHIVE_FORMAT = "prfaq-workspace-archive";
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_FILE = "workspace.json";

type Row = Record<string, unknown>;

/** The tables of one workspace, parents first, and their columns that name a person. */
const TABLES = [
  ["memberships", ["user_id"]],
  ["documents", ["created_by"]],
  ["document_authors", ["user_id"]],
  ["revisions", ["author_id"]],
  ["reviews", ["created_by"]],
  ["review_participants", ["user_id"]],
  ["comments", ["author_id", "resolved_by"]],
  ["decisions", ["decided_by"]],
] as const satisfies ReadonlyArray<readonly [keyof Schema, readonly string[]]>;

type TableName = (typeof TABLES)[number][0];

export interface Person {
  email: string;
  name: string;
  createdAt: string;
}

export interface WorkspaceArchive {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: string;
  workspace: Row;
  people: Person[];
  tables: Record<TableName, Row[]>;
}

export interface ArchiveCounts {
  members: number;
  documents: number;
  revisions: number;
  comments: number;
  reviews: number;
  decisions: number;
}

export function countsOf(archive: WorkspaceArchive): ArchiveCounts {
  const t = archive.tables;
  return { members: t.memberships.length, documents: t.documents.length, revisions: t.revisions.length, comments: t.comments.length, reviews: t.reviews.length, decisions: t.decisions.length };
}

async function rowsOf(db: Kysely<Schema>, table: TableName, workspaceId: string, documentIds: string[], reviewIds: string[]): Promise<Row[]> {
  if (table === "memberships" || table === "documents") return (await db.selectFrom(table).selectAll().where("workspace_id", "=", workspaceId).execute()) as Row[];
  if (table === "review_participants") return reviewIds.length ? ((await db.selectFrom(table).selectAll().where("review_id", "in", reviewIds).execute()) as Row[]) : [];
  if (!documentIds.length) return [];
  return (await db.selectFrom(table).selectAll().where("document_id", "in", documentIds).execute()) as Row[];
}

/** Reads one workspace whole into an archive. */
export async function archiveWorkspace(db: Kysely<Schema>, workspaceId: string): Promise<WorkspaceArchive> {
  const workspace = await db.selectFrom("workspaces").selectAll().where("id", "=", workspaceId).executeTakeFirstOrThrow();
  const tables = {} as Record<TableName, Row[]>;
  let documentIds: string[] = [];
  let reviewIds: string[] = [];
  for (const [table] of TABLES) {
    tables[table] = await rowsOf(db, table, workspaceId, documentIds, reviewIds);
    if (table === "documents") documentIds = tables.documents.map((d) => String(d.id));
    if (table === "reviews") reviewIds = tables.reviews.map((r) => String(r.id));
  }
  const userIds = new Set<string>();
  for (const [table, columns] of TABLES) for (const row of tables[table]) for (const column of columns) if (typeof row[column] === "string") userIds.add(row[column] as string);
  const users = userIds.size ? await db.selectFrom("users").select(["id", "email", "name", "created_at"]).where("id", "in", [...userIds]).execute() : [];
  const emailOf = new Map(users.map((u) => [u.id, u.email]));
  for (const [table, columns] of TABLES) {
    tables[table] = tables[table].map((row) => {
      const copy = { ...row };
      for (const column of columns) if (typeof copy[column] === "string") copy[column] = emailOf.get(copy[column] as string);
      return copy;
    });
  }
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    exportedAt: now(),
    workspace,
    people: users.map((u) => ({ email: u.email, name: u.name, createdAt: u.created_at })).sort((a, b) => a.email.localeCompare(b.email)),
    tables,
  };
}

const damaged = (source: string, what: string) => new ServeError(`${source} is not a workspace archive prfaq can restore: ${what}. Nothing was imported.`);

/** Checks an archive's shape and its references before anything is written; throws what is wrong. */
export function checkArchive(value: unknown, source: string): WorkspaceArchive {
  if (!value || typeof value !== "object") throw damaged(source, "it is not a JSON object");
  const archive = value as Partial<WorkspaceArchive>;
  if (archive.format !== ARCHIVE_FORMAT) throw damaged(source, `its "format" is not "${ARCHIVE_FORMAT}"`);
  if (archive.version !== ARCHIVE_VERSION) throw damaged(source, `it is version ${String(archive.version)}, and this prfaq reads version ${ARCHIVE_VERSION}`);
  if (typeof archive.schemaVersion !== "number" || archive.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw damaged(source, `it was written by a newer prfaq (schema version ${String(archive.schemaVersion)}, this one knows up to ${LATEST_SCHEMA_VERSION}); upgrade prfaq first`);
  }
  const ws = archive.workspace;
  if (!ws || typeof ws.id !== "string" || typeof ws.slug !== "string" || typeof ws.name !== "string") throw damaged(source, "the workspace has no id, slug or name");
  if (!Array.isArray(archive.people) || archive.people.some((p) => !p || typeof p.email !== "string" || typeof p.name !== "string")) throw damaged(source, '"people" must list { email, name }');
  const emails = new Set(archive.people.map((p) => p.email));
  if (!archive.tables || typeof archive.tables !== "object") throw damaged(source, '"tables" is missing');
  for (const [table, columns] of TABLES) {
    const rows = archive.tables[table];
    if (!Array.isArray(rows) || rows.some((r) => !r || typeof r !== "object" || Array.isArray(r))) throw damaged(source, `"tables.${table}" must be a list of rows`);
    for (const row of rows) {
      for (const column of columns) {
        const email = row[column];
        if (email !== null && email !== undefined && !(typeof email === "string" && emails.has(email))) {
          throw damaged(source, `a row of ${table} names ${JSON.stringify(email)} in ${column}, who is not among the archive's people`);
        }
      }
    }
  }
  const documentIds = new Set(archive.tables.documents.map((d) => d.id));
  for (const table of ["document_authors", "revisions", "reviews", "comments", "decisions"] as const) {
    const stray = archive.tables[table].find((r) => !documentIds.has(r.document_id));
    if (stray) throw damaged(source, `a row of ${table} belongs to document ${String(stray.document_id)}, which the archive doesn't hold`);
  }
  return archive as WorkspaceArchive;
}

/** Where text PostgreSQL can't store (a NUL character) would be lost; the first such place, or null. */
function nulIn(archive: WorkspaceArchive): string | null {
  for (const [table] of TABLES) {
    for (const row of archive.tables[table]) {
      for (const [column, value] of Object.entries(row)) if (typeof value === "string" && value.includes("\u0000")) return `${table}.${column} of ${String(row.id ?? row.document_id ?? "a row")}`;
    }
  }
  return null;
}

export interface RestoreResult {
  workspace: { id: string; slug: string; name: string };
  counts: ArchiveCounts;
  /** Accounts made for people the database didn't know; they have no password yet. */
  newAccounts: string[];
  /** People who already had an account here, which the restored rows now name. */
  existingAccounts: string[];
}

/**
 * Writes an archive into the database in one transaction: everything, or
 * nothing and an error that says why. Ids are kept, so links to documents
 * still work; restoring a workspace that is still in this database is refused.
 */
export async function restoreWorkspace(database: Database, archive: WorkspaceArchive, options: { slug: string | null; source: string }): Promise<RestoreResult> {
  const { db } = database;
  const ws = archive.workspace as { id: string; slug: string; name: string; created_at?: string };
  const slug = options.slug ?? ws.slug;
  if (database.kind === "postgres") {
    const place = nulIn(archive);
    if (place) throw new ServeError(`${options.source} holds a NUL character (in ${place}), which PostgreSQL can't store. Restore it into SQLite, or remove the character there first. Nothing was imported.`);
  }
  const sameId = await db.selectFrom("workspaces").select("slug").where("id", "=", ws.id).executeTakeFirst();
  if (sameId) throw new ServeError(`this database already holds the workspace in ${options.source} (as "${sameId.slug}"); restore it into another database. Nothing was imported.`);
  const sameSlug = await db.selectFrom("workspaces").select("id").where("slug", "=", slug).executeTakeFirst();
  if (sameSlug) throw new ServeError(`a workspace "${slug}" already exists here; restore beside it with --workspace NEW-SLUG. Nothing was imported.`);
  const documentIds = archive.tables.documents.map((d) => String(d.id));
  if (documentIds.length) {
    const clash = await db.selectFrom("documents").select("id").where("id", "in", documentIds).executeTakeFirst();
    if (clash) throw new ServeError(`document ${clash.id} of ${options.source} is already in this database; restore into another database. Nothing was imported.`);
  }

  return database.transaction(async (trx) => {
    const known = archive.people.length ? await trx.selectFrom("users").select(["id", "email"]).where("email", "in", archive.people.map((p) => p.email)).execute() : [];
    const idOf = new Map(known.map((u) => [u.email, u.id]));
    const newAccounts: string[] = [];
    for (const person of archive.people) {
      if (idOf.has(person.email)) continue;
      const id = newId("usr");
      await trx.insertInto("users").values({ id, email: person.email, name: person.name, password_hash: null, created_at: person.createdAt ?? now() }).execute();
      idOf.set(person.email, id);
      newAccounts.push(person.email);
    }
    await trx.insertInto("workspaces").values({ id: ws.id, slug, name: ws.name, created_at: ws.created_at ?? now() }).execute();
    for (const [table, columns] of TABLES) {
      let rows = archive.tables[table].map((row) => {
        const copy: Row = { ...row };
        for (const column of columns) if (typeof copy[column] === "string") copy[column] = idOf.get(copy[column] as string);
        if ("workspace_id" in copy) copy.workspace_id = ws.id;
        return copy;
      });
      // A reply names the comment it answers, which must be written first.
      if (table === "comments") rows = [...rows.filter((r) => !r.parent_id), ...rows.filter((r) => r.parent_id)];
      for (let i = 0; i < rows.length; i += 100) {
        try {
          await trx.insertInto(table).values(rows.slice(i, i + 100) as never).execute();
        } catch (err) {
          throw new ServeError(`${options.source}: the ${table} rows could not be written (${err instanceof Error ? err.message : String(err)}). Nothing was imported.`);
        }
      }
    }
    await audit(trx, { workspaceId: ws.id, actorId: null, action: "workspace.restore", target: { type: "workspace", id: ws.id }, detail: { from: options.source, ...countsOf(archive) } });
    return {
      workspace: { id: ws.id, slug, name: ws.name },
      counts: countsOf(archive),
      newAccounts,
      existingAccounts: archive.people.map((p) => p.email).filter((e) => !newAccounts.includes(e)),
    };
  });
}
