import type { Kysely } from "kysely";
import { jsonArrayFrom as postgresJsonArray } from "kysely/helpers/postgres";
import { jsonArrayFrom as sqliteJsonArray } from "kysely/helpers/sqlite";
import type { Services } from "../context";
import { isUniqueViolation, type Database } from "../db/database";
import type { DocumentRow, RevisionRow, Schema, Visibility } from "../db/schema";
import { HttpError, notFound } from "../errors";
import { newId, now } from "../ids";
import { audit } from "./audit";
import { critiqueColumns, isPendingFindings, pendingContent, type RevisionContent } from "../analysis/revision-content";
import { accessOf, documentWithMembership, type DocumentAccess } from "./access";
import { admitSave, critiqueInFlight, critiqueLater, critiqueSettled } from "./critiques";
import { refOf, userRefs, type UserRef } from "./views";

export function checkDocumentSize(services: Services, text: string): void {
  const limit = services.settings.limits.documentChars;
  if (text.length > limit) {
    throw new HttpError(
      413,
      "too_large",
      `The document is too large: ${text.length.toLocaleString("en")} characters, and the limit is ${limit.toLocaleString("en")}. A PR/FAQ should fit in about six pages; move appendices to linked files.`,
    );
  }
}

function revisionRow(documentId: string, number: number, base: number | null, authorId: string, content: RevisionContent, at: string): RevisionRow {
  return {
    id: newId("rev"),
    document_id: documentId,
    number,
    base_number: base,
    text: content.text,
    title: content.title,
    author_id: authorId,
    created_at: at,
    ...critiqueColumns(content),
  };
}

export interface NewDocument {
  workspaceId: string;
  authorId: string;
  text: string;
  visibility: Visibility;
}

/** Inserts a document with its first revision inside `trx`; the critique must already be computed. */
export async function insertDocument(services: Services, trx: Kysely<Schema>, input: NewDocument, content: RevisionContent): Promise<DocumentRow> {
  const at = now();
  const doc: DocumentRow = {
    id: newId("doc"),
    workspace_id: input.workspaceId,
    title: content.title,
    stage: "draft",
    decision: null,
    visibility: input.visibility,
    head_revision: 1,
    readiness: content.readiness,
    created_by: input.authorId,
    created_at: at,
    updated_at: at,
  };
  await trx.insertInto("documents").values(doc).execute();
  await trx.insertInto("document_authors").values({ document_id: doc.id, user_id: input.authorId }).execute();
  const revision = revisionRow(doc.id, 1, null, input.authorId, content, at);
  await trx.insertInto("revisions").values(revision).execute();
  await audit(trx, { workspaceId: input.workspaceId, actorId: input.authorId, action: "document.create", target: { type: "document", id: doc.id }, detail: { title: doc.title, visibility: doc.visibility } });
  await services.hub.record(trx, { type: "document", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, actor: await actorRef(trx, input.authorId) } });
  await services.hub.record(trx, { type: "revision", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, revision: 1, revisionId: revision.id, actor: await actorRef(trx, input.authorId) } });
  return doc;
}

export async function createDocument(services: Services, input: NewDocument): Promise<DocumentRow> {
  checkDocumentSize(services, input.text);
  // The critic runs before the transaction: a write lock is never held while rules run.
  const content = await services.analyzer.analyze(input.text, input.authorId);
  const doc = await services.database.transaction((trx) => insertDocument(services, trx, input, content));
  services.hub.nudge();
  return doc;
}

async function actorRef(db: Kysely<Schema>, userId: string) {
  return refOf(await userRefs(db, [userId]), userId);
}

async function staleSave(db: Kysely<Schema>, documentId: string, base: number): Promise<HttpError> {
  const current = await db
    .selectFrom("documents")
    .innerJoin("revisions", (join) => join.onRef("revisions.document_id", "=", "documents.id").onRef("revisions.number", "=", "documents.head_revision"))
    .innerJoin("users", "users.id", "revisions.author_id")
    .select(["revisions.id", "revisions.number", "revisions.text", "revisions.created_at", "users.id as author_id", "users.name as author_name"])
    .where("documents.id", "=", documentId)
    .executeTakeFirstOrThrow();
  return new HttpError(
    409,
    "stale_revision",
    `Revision ${current.number} was saved by ${current.author_name} after revision ${base}, which your changes are based on. Nothing was overwritten: merge your changes into revision ${current.number} and save again.`,
    {
      extra: {
        current: { number: current.number, id: current.id, text: current.text, author: { id: current.author_id, name: current.author_name }, createdAt: current.created_at },
      },
    },
  );
}

/**
 * Saves a new revision on top of `base`. The document row is locked (FOR
 * UPDATE on PostgreSQL; BEGIN IMMEDIATE on SQLite) while the head is
 * compared, so of two saves on the same base exactly one wins and the other
 * gets 409. The unique (document, number) constraint backs this up.
 */
export async function saveRevision(services: Services, documentId: string, author: UserRef, base: number, text: string): Promise<{ doc: DocumentRow; revision: RevisionRow }> {
  const authorId = author.id;
  checkDocumentSize(services, text);
  admitSave(services, text);
  // Stored with a placeholder and acknowledged at once; the critique follows (see critiques.ts).
  const content = pendingContent(text);
  const { database, hub } = services;
  try {
    const saved = await database.transaction(async (trx) => {
      let query = trx.selectFrom("documents").selectAll().where("id", "=", documentId);
      if (database.kind === "postgres") query = query.forUpdate();
      const doc = await query.executeTakeFirst();
      if (!doc) throw notFound("document");
      if (doc.head_revision !== base) throw await staleSave(trx, documentId, base);
      const at = now();
      const revision = revisionRow(documentId, base + 1, base, authorId, content, at);
      await trx.insertInto("revisions").values(revision).execute();
      // The document keeps its last critiqued readiness until this revision's critique replaces it.
      const updated: DocumentRow = { ...doc, head_revision: revision.number, title: content.title, updated_at: at };
      await trx.updateTable("documents").set({ head_revision: updated.head_revision, title: updated.title, updated_at: at }).where("id", "=", documentId).execute();
      await audit(trx, { workspaceId: doc.workspace_id, actorId: authorId, action: "revision.create", target: { type: "document", id: documentId }, detail: { revision: revision.number, base } });
      // The author comes from the session, so the write lock isn't held for another query to look them up.
      await hub.record(trx, { type: "revision", workspaceId: doc.workspace_id, documentId, data: { documentId, revision: revision.number, revisionId: revision.id, actor: author } });
      return { doc: updated, revision };
    });
    hub.nudge();
    void critiqueLater(services, { workspaceId: saved.doc.workspace_id, documentId, revisionId: saved.revision.id, number: saved.revision.number, author, text });
    return saved;
  } catch (err) {
    if (isUniqueViolation(err)) throw await staleSave(database.db, documentId, base);
    throw err;
  }
}

/** Every column but the rendered HTML, which only the /html route needs. */
const REVISION_COLUMNS = [
  "id",
  "document_id",
  "number",
  "base_number",
  "text",
  "title",
  "author_id",
  "created_at",
  "findings",
  "verdict",
  "readiness",
  "errors",
  "warnings",
  "infos",
  "kill_criteria",
] as const;

export type StoredRevision = Omit<RevisionRow, "html">;

export async function revisionByNumber(db: Kysely<Schema>, documentId: string, number: number): Promise<StoredRevision> {
  await critiqueSettled(documentId, number);
  const row = await db.selectFrom("revisions").select(REVISION_COLUMNS).where("document_id", "=", documentId).where("number", "=", number).executeTakeFirst();
  if (!row) throw new HttpError(404, "not_found", `This document has no revision ${number}.`);
  return row;
}

/** The head revision's columns, prefixed so they sit beside the document's own in one row. */
const HEAD_REVISION_COLUMNS = [
  "revisions.id as revision_id",
  "revisions.document_id as revision_document_id",
  "revisions.number as revision_number",
  "revisions.base_number as revision_base_number",
  "revisions.text as revision_text",
  "revisions.title as revision_title",
  "revisions.author_id as revision_author_id",
  "revisions.created_at as revision_created_at",
  "revisions.findings as revision_findings",
  "revisions.verdict as revision_verdict",
  "revisions.readiness as revision_readiness",
  "revisions.errors as revision_errors",
  "revisions.warnings as revision_warnings",
  "revisions.infos as revision_infos",
  "revisions.kill_criteria as revision_kill_criteria",
] as const;

const REMOVED_USER = "(removed user)";

export interface DocumentWithHead {
  access: DocumentAccess;
  revision: StoredRevision;
  revisionAuthor: UserRef;
  authors: UserRef[];
  createdBy: UserRef;
}

function headQuery(database: Database, documentId: string, userId: string) {
  return documentWithMembership(database.db, documentId, userId)
    .innerJoin("revisions", (join) => join.onRef("revisions.document_id", "=", "documents.id").onRef("revisions.number", "=", "documents.head_revision"))
    .leftJoin("users as revision_author", "revision_author.id", "revisions.author_id")
    .leftJoin("users as creator", "creator.id", "documents.created_by")
    .select(HEAD_REVISION_COLUMNS)
    .select(["revision_author.name as revision_author_name", "creator.name as creator_name"])
    .select((eb) => {
      const authors = eb
        .selectFrom("document_authors")
        .innerJoin("users", "users.id", "document_authors.user_id")
        .select(["users.id", "users.name"])
        .whereRef("document_authors.document_id", "=", "documents.id")
        .orderBy("users.name");
      return (database.kind === "postgres" ? postgresJsonArray(authors) : sqliteJsonArray(authors)).as("authors");
    });
}

/**
 * A document you may see, with its head revision, its authors and who made
 * it, in one query: a read is the request people make most, and on
 * PostgreSQL each further round trip cost the server and the database more
 * than the query itself. A head whose critique this process is still
 * working on is read again once the critique is stored.
 */
export async function documentWithHead(database: Database, documentId: string, userId: string): Promise<DocumentWithHead> {
  let row = await headQuery(database, documentId, userId).executeTakeFirst();
  const critiquing = row && isPendingFindings(row.revision_findings) ? critiqueInFlight(documentId, row.revision_number) : undefined;
  if (critiquing) {
    await critiquing;
    row = await headQuery(database, documentId, userId).executeTakeFirst();
  }
  const access = accessOf(row);
  const found = row!;
  const revision: StoredRevision = {
    id: found.revision_id,
    document_id: found.revision_document_id,
    number: found.revision_number,
    base_number: found.revision_base_number,
    text: found.revision_text,
    title: found.revision_title,
    author_id: found.revision_author_id,
    created_at: found.revision_created_at,
    findings: found.revision_findings,
    verdict: found.revision_verdict,
    readiness: found.revision_readiness,
    errors: found.revision_errors,
    warnings: found.revision_warnings,
    infos: found.revision_infos,
    kill_criteria: found.revision_kill_criteria,
  };
  // PostgreSQL hands json back parsed; SQLite, as text.
  const authors = (typeof found.authors === "string" ? JSON.parse(found.authors) : found.authors) as UserRef[];
  return {
    access,
    revision,
    revisionAuthor: { id: revision.author_id, name: found.revision_author_name ?? REMOVED_USER },
    authors,
    createdBy: { id: access.doc.created_by, name: found.creator_name ?? REMOVED_USER },
  };
}
