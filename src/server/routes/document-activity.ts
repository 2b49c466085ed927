import { Hono } from "hono";
import type { AppEnv } from "../context";
import { invalid } from "../errors";
import { eventStream } from "../events/sse";
import { eventVisibleTo } from "../events/visibility";
import { documentAccess, requireAuth } from "../services/access";
import { addComment, listComments, newCommentView } from "../services/comments";
import { decisionViews, recordDecision } from "../services/decisions";
import { reviewView, reviewViews, startReview } from "../services/reviews";
import { documentSummary } from "../services/views";
import { integerArray, optionalInteger, optionalString, readJsonObject, requireOneOf, requireString, stringArray, type JsonObject } from "../validate";

function anchorOf(body: JsonObject): { start: number; end: number } | null {
  const anchor = body.anchor;
  if (anchor === undefined || anchor === null) return null;
  if (typeof anchor !== "object" || Array.isArray(anchor)) throw invalid("anchor", '"anchor" must be null or { "start": number, "end": number }.');
  const { start, end } = anchor as Record<string, unknown>;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw invalid("anchor", '"anchor" needs whole-number "start" and "end" offsets.');
  return { start: start as number, end: end as number };
}

/** What happens around one document: its comments, reviews, decisions and live events. */
export const documentActivityRoutes = new Hono<AppEnv>()
  .get("/:id/comments", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const asked = c.req.query("revision");
    let number = access.doc.head_revision;
    if (asked !== undefined) {
      if (!/^\d{1,9}$/.test(asked) || Number(asked) < 1) throw invalid("revision", "revision must be a revision number (1, 2, …).");
      number = Number(asked);
    }
    return c.json(await listComments(db, access, auth.user.id, number));
  })
  .post("/:id/comments", async (c) => {
    const auth = requireAuth(c.var.auth);
    const services = c.var.services;
    const access = await documentAccess(services.database.db, c.req.param("id"), auth.user.id);
    const body = await readJsonObject(c);
    const revision = optionalInteger(body, "revision", 1) ?? access.doc.head_revision;
    const comment = await addComment(services, access, auth, {
      revision,
      anchor: anchorOf(body),
      body: requireString(body, "body"),
      reviewId: optionalString(body, "reviewId", { max: 100 }),
    });
    return c.json({ comment: newCommentView(comment, { id: auth.user.id, name: auth.user.name }) }, 201);
  })
  .get("/:id/reviews", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const rows = await db.selectFrom("reviews").selectAll().where("document_id", "=", access.doc.id).orderBy("created_at", "desc").execute();
    return c.json({ reviews: await reviewViews(db, rows, auth.user.id) });
  })
  .post("/:id/reviews", async (c) => {
    const auth = requireAuth(c.var.auth);
    const services = c.var.services;
    const access = await documentAccess(services.database.db, c.req.param("id"), auth.user.id);
    const body = await readJsonObject(c);
    const reviewers = [...new Set(stringArray(body, "reviewers", 50))];
    const revision = optionalInteger(body, "revision", 1) ?? access.doc.head_revision;
    const id = await startReview(services, access, auth, reviewers, revision);
    return c.json({ review: await reviewView(services.database.db, id, auth.user.id) }, 201);
  })
  .get("/:id/decisions", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const rows = await db.selectFrom("decisions").selectAll().where("document_id", "=", access.doc.id).orderBy("decided_at", "desc").execute();
    return c.json({ decisions: await decisionViews(db, rows) });
  })
  .post("/:id/decisions", async (c) => {
    const auth = requireAuth(c.var.auth);
    const services = c.var.services;
    const { db } = services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    const body = await readJsonObject(c);
    const row = await recordDecision(services, access, auth, {
      outcome: requireOneOf(body, "outcome", ["proceed", "revise", "kill"] as const),
      reason: requireString(body, "reason", { trim: true, min: 1, max: 10_000 }),
      revision: optionalInteger(body, "revision", 1) ?? access.doc.head_revision,
      killCriteria: integerArray(body, "killCriteria"),
      evidence: optionalString(body, "evidence", { trim: true, max: 10_000 }),
      overruleReason: optionalString(body, "overruleReason", { trim: true, max: 10_000 }),
    });
    const updated = await documentAccess(db, access.doc.id, auth.user.id);
    return c.json({ decision: (await decisionViews(db, [row]))[0], document: await documentSummary(db, updated.doc) }, 201);
  })
  .get("/:id/events", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await documentAccess(db, c.req.param("id"), auth.user.id);
    return eventStream(c, {
      workspaceId: access.doc.workspace_id,
      documentId: access.doc.id,
      maySee: (event) => eventVisibleTo(db, { ...event, documentId: event.documentId ?? access.doc.id }, auth.user.id),
    });
  });
