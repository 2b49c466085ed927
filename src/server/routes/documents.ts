import { Hono } from "hono";
import type { Database } from "../db/database";
import type { AppEnv } from "../context";
import { HttpError, invalid } from "../errors";
import { now } from "../ids";
import { jsonWithRaw } from "../raw-json";
import { documentAccess, requireAuth, requirePermission } from "../services/access";
import { audit } from "../services/audit";
import { documentWithHead, revisionByNumber, saveRevision } from "../services/documents";
import { critiqueSettled } from "../services/critiques";
import { slugOf } from "../services/accounts";
import { documentSummary, refOf, revisionView, summaryOf, userRefs } from "../services/views";
import { exportRevision } from "../services/export";
import { optionalOneOf, positiveIntegerParam, readJsonObject, requireInteger, requireString, stringArray } from "../validate";

/** The body of GET /api/documents/:id: the document, its latest revision with critique, and what you may do. */
export async function documentResponse(database: Database, documentId: string, userId: string) {
  const { access, revision, revisionAuthor, authors, createdBy } = await documentWithHead(database, documentId, userId);
  return { document: summaryOf(access.doc, authors, createdBy), revision: revisionView(revision, revisionAuthor), permissions: access.permissions };
}

export const documentRoutes = new Hono<AppEnv>()
  .get("/:id", async (c) => {
    const auth = requireAuth(c.var.auth);
    return jsonWithRaw(c, await documentResponse(c.var.services.database, c.req.param("id"), auth.user.id));
  })
  .patch("/:id", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { database, hub } = c.var.services;
    const access = await documentAccess(database.db, c.req.param("id"), auth.user.id);
    const body = await readJsonObject(c);
    const visibility = optionalOneOf(body, "visibility", ["workspace", "private"] as const);
    const stage = optionalOneOf(body, "stage", ["draft", "in-review"] as const);
    if (body.stage === "decided") throw invalid("stage", "A document becomes decided by recording a decision (POST /api/documents/:id/decisions).");
    if (visibility) requirePermission(access, "manage", "change who can see this document");
    if (stage) requirePermission(access, "edit", "change the stage");
    const changes = { ...(visibility ? { visibility } : {}), ...(stage ? { stage } : {}) };
    if (!Object.keys(changes).length) throw invalid("stage", "Send a new \"stage\" or \"visibility\".");
    const doc = access.doc;
    await database.transaction(async (trx) => {
      await trx.updateTable("documents").set({ ...changes, updated_at: now() }).where("id", "=", doc.id).execute();
      await audit(trx, { workspaceId: doc.workspace_id, actorId: auth.user.id, action: "document.update", target: { type: "document", id: doc.id }, detail: changes });
      await hub.record(trx, { type: "document", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, actor: { id: auth.user.id, name: auth.user.name } } });
    });
    hub.nudge();
    const updated = await documentAccess(database.db, doc.id, auth.user.id);
    return c.json({ document: await documentSummary(database.db, updated.doc) });
  })
  .put("/:id/authors", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { database, hub } = c.var.services;
    const access = await documentAccess(database.db, c.req.param("id"), auth.user.id);
    requirePermission(access, "manage", "change the authors");
    const body = await readJsonObject(c);
    const userIds = [...new Set(stringArray(body, "userIds", 50))];
    if (!userIds.length) throw invalid("userIds", "A document needs at least one author.");
    const eligible = await database.db
      .selectFrom("memberships")
      .select("user_id")
      .where("workspace_id", "=", access.doc.workspace_id)
      .where("user_id", "in", userIds)
      .where("role", "in", ["editor", "owner"])
      .execute();
    if (eligible.length !== userIds.length) throw invalid("userIds", "Authors must be members of this workspace with the role editor or owner.");
    const doc = access.doc;
    await database.transaction(async (trx) => {
      await trx.deleteFrom("document_authors").where("document_id", "=", doc.id).execute();
      await trx.insertInto("document_authors").values(userIds.map((user_id) => ({ document_id: doc.id, user_id }))).execute();
      await trx.updateTable("documents").set({ updated_at: now() }).where("id", "=", doc.id).execute();
      await audit(trx, { workspaceId: doc.workspace_id, actorId: auth.user.id, action: "document.update", target: { type: "document", id: doc.id }, detail: { authors: userIds } });
      await hub.record(trx, { type: "document", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, actor: { id: auth.user.id, name: auth.user.name } } });
    });
    hub.nudge();
    return c.json({ document: await documentSummary(database.db, doc) });
  })
  .get("/:id/export", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    // The recorded decisions go into the file, so the download says what was decided, as `prfaq decide` would.
    const file = await exportRevision(db, access, auth.user.id, { revision: access.doc.head_revision, format: "md", comments: false, today: new Date().toISOString().slice(0, 10) });
    const filename = `${slugOf(access.doc.title, 80, "document")}.md`;
    return c.body(new TextDecoder().decode(file.bytes), 200, { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"` });
  })
  .get("/:id/revisions", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const rows = await db
      .selectFrom("revisions")
      .select(["id", "number", "base_number", "title", "author_id", "created_at", "readiness", "errors", "warnings", "infos"])
      .where("document_id", "=", access.doc.id)
      .orderBy("number", "desc")
      .execute();
    const refs = await userRefs(
      db,
      rows.map((r) => r.author_id),
    );
    return c.json({
      revisions: rows.map((r) => ({
        id: r.id,
        number: r.number,
        baseRevision: r.base_number,
        title: r.title,
        author: refOf(refs, r.author_id),
        createdAt: r.created_at,
        readiness: r.readiness,
        errors: r.errors,
        warnings: r.warnings,
        infos: r.infos,
      })),
    });
  })
  .get("/:id/revisions/:number", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const revision = await revisionByNumber(db, access.doc.id, positiveIntegerParam(c.req.param("number"), "revision"));
    const refs = await userRefs(db, [revision.author_id]);
    return jsonWithRaw(c, { revision: revisionView(revision, refOf(refs, revision.author_id)) });
  })
  .get("/:id/revisions/:number/html", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const number = positiveIntegerParam(c.req.param("number"), "revision");
    await critiqueSettled(access.doc.id, number);
    const revision = await db.selectFrom("revisions").select("html").where("document_id", "=", access.doc.id).where("number", "=", number).executeTakeFirst();
    if (!revision) throw new HttpError(404, "not_found", `This document has no revision ${number}.`);
    return c.json({ html: revision.html });
  })
  .post("/:id/revisions", async (c) => {
    const auth = requireAuth(c.var.auth);
    const services = c.var.services;
    const { db } = services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    requirePermission(access, "edit", "save revisions");
    const body = await readJsonObject(c);
    const base = requireInteger(body, "baseRevision", 1);
    const text = requireString(body, "text");
    const { doc, revision } = await saveRevision(services, access.doc.id, { id: auth.user.id, name: auth.user.name }, base, text);
    return jsonWithRaw(c, { revision: revisionView(revision, { id: auth.user.id, name: auth.user.name }), document: await documentSummary(db, doc) }, 201);
  });
