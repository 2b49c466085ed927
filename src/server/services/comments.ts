import type { Kysely } from "kysely";
import type { Auth, Services } from "../context";
import type { CommentRow, ParticipantRow, ReviewRow, Schema } from "../db/schema";
import { HttpError, invalid, notFound } from "../errors";
import { newId, now } from "../ids";
import { documentAccess, requirePermission, type DocumentAccess } from "./access";
import { reanchor, type TextAnchor, anchorIn } from "./anchors";
import { audit } from "./audit";
import { revisionByNumber } from "./documents";
import { canSeeOthers } from "./reviews";
import { refOf, userRefs, type UserRef } from "./views";

export interface ReplyView {
  id: string;
  body: string;
  bodyHtml: string;
  author: UserRef;
  createdAt: string;
}

export interface CommentView {
  id: string;
  documentId: string;
  reviewId: string | null;
  revision: number;
  anchor: { start: number; end: number; quote: string } | null;
  status: "anchored" | "outdated" | "document";
  body: string;
  bodyHtml: string;
  author: UserRef;
  createdAt: string;
  resolved: { by: UserRef; at: string } | null;
  replies: ReplyView[];
}

/** Decides, for one viewer, which comments silent reading still hides. */
async function visibilityFilter(db: Kysely<Schema>, documentId: string, viewerId: string): Promise<(c: CommentRow) => boolean> {
  const reviews = await db.selectFrom("reviews").selectAll().where("document_id", "=", documentId).execute();
  const mine = reviews.length
    ? await db
        .selectFrom("review_participants")
        .selectAll()
        .where(
          "review_id",
          "in",
          reviews.map((r) => r.id),
        )
        .where("user_id", "=", viewerId)
        .execute()
    : [];
  const open = new Map<string, boolean>(reviews.map((r: ReviewRow) => [r.id, canSeeOthers(r, mine.find((p: ParticipantRow) => p.review_id === r.id))]));
  return (c) => c.author_id === viewerId || !c.review_id || open.get(c.review_id) !== false;
}

function storedAnchor(c: CommentRow): TextAnchor | null {
  if (c.anchor_start === null || c.anchor_end === null || c.anchor_quote === null) return null;
  return { start: c.anchor_start, end: c.anchor_end, quote: c.anchor_quote, prefix: c.anchor_prefix ?? "", suffix: c.anchor_suffix ?? "" };
}

export interface CommentList {
  revision: number;
  comments: CommentView[];
  hiddenBySilentReading: number;
}

/** Views of top-level comments (with their replies from `rows`), anchored into revision `number`. */
async function viewsOf(db: Kysely<Schema>, documentId: string, number: number, tops: CommentRow[], rows: CommentRow[]): Promise<CommentView[]> {
  const needsText = tops.some((c) => c.revision_number !== number && c.anchor_quote !== null);
  const target = needsText
    ? await db.selectFrom("revisions").select("text").where("document_id", "=", documentId).where("number", "=", number).executeTakeFirst()
    : null;
  const sourceLengths = new Map<number, number>();
  const needed = [...new Set(tops.filter((c) => c.revision_number !== number && c.anchor_quote !== null).map((c) => c.revision_number))];
  if (needed.length) {
    const sources = await db
      .selectFrom("revisions")
      .select((eb) => ["number", eb.fn("length", ["text"]).as("length")])
      .where("document_id", "=", documentId)
      .where("number", "in", needed)
      .execute();
    for (const s of sources) sourceLengths.set(s.number, Number(s.length));
  }
  const refs = await userRefs(db, [...rows.map((c) => c.author_id), ...rows.map((c) => c.resolved_by)]);
  return tops.map((c): CommentView => {
    const anchor = storedAnchor(c);
    let placed: { start: number; end: number } | null = null;
    if (anchor && c.revision_number === number) placed = { start: anchor.start, end: anchor.end };
    else if (anchor && target) placed = reanchor(anchor, sourceLengths.get(c.revision_number) ?? target.text.length, target.text);
    return {
      id: c.id,
      documentId: c.document_id,
      reviewId: c.review_id,
      revision: c.revision_number,
      anchor: placed && anchor ? { ...placed, quote: anchor.quote } : null,
      status: !anchor ? "document" : placed ? "anchored" : "outdated",
      body: c.body,
      bodyHtml: c.body_html,
      author: refOf(refs, c.author_id),
      createdAt: c.created_at,
      resolved: c.resolved_at && c.resolved_by ? { by: refOf(refs, c.resolved_by), at: c.resolved_at } : null,
      replies: rows
        .filter((r) => r.parent_id === c.id)
        .map((r) => ({ id: r.id, body: r.body, bodyHtml: r.body_html, author: refOf(refs, r.author_id), createdAt: r.created_at })),
    };
  });
}

/** Every comment of a document you may see, anchored into revision `number`. */
export async function listComments(db: Kysely<Schema>, access: DocumentAccess, viewerId: string, number: number): Promise<CommentList> {
  await revisionByNumber(db, access.doc.id, number);
  const rows = await db.selectFrom("comments").selectAll().where("document_id", "=", access.doc.id).orderBy("created_at").execute();
  const visible = await visibilityFilter(db, access.doc.id, viewerId);
  const shown = rows.filter(visible);
  const tops = shown.filter((c) => c.parent_id === null);
  const hidden = rows.filter((c) => c.parent_id === null).length - tops.length;
  const views = await viewsOf(db, access.doc.id, number, tops, shown);
  const rank = (v: CommentView) => (v.status === "document" ? 0 : v.status === "anchored" ? 1 : 2);
  views.sort((a, b) => rank(a) - rank(b) || (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0) || a.createdAt.localeCompare(b.createdAt));
  return { revision: number, comments: views, hiddenBySilentReading: hidden };
}

/** One comment with its thread, anchored into revision `number`. */
export async function commentView(db: Kysely<Schema>, access: DocumentAccess, viewerId: string, commentId: string, number: number): Promise<CommentView> {
  const top = await db.selectFrom("comments").selectAll().where("id", "=", commentId).where("document_id", "=", access.doc.id).executeTakeFirst();
  const replies = top ? await db.selectFrom("comments").selectAll().where("parent_id", "=", commentId).orderBy("created_at").execute() : [];
  const rows = top ? [top, ...replies] : [];
  const visible = await visibilityFilter(db, access.doc.id, viewerId);
  const shown = rows.filter(visible);
  if (!top || top.parent_id !== null || !visible(top)) throw notFound("comment");
  return (await viewsOf(db, access.doc.id, number, [top], shown))[0];
}

/** The view of a comment just written: nothing to re-anchor, no replies yet. */
export function newCommentView(row: CommentRow, author: UserRef): CommentView {
  const anchored = row.anchor_start !== null && row.anchor_end !== null && row.anchor_quote !== null;
  return {
    id: row.id,
    documentId: row.document_id,
    reviewId: row.review_id,
    revision: row.revision_number,
    anchor: anchored ? { start: row.anchor_start!, end: row.anchor_end!, quote: row.anchor_quote! } : null,
    status: anchored ? "anchored" : "document",
    body: row.body,
    bodyHtml: row.body_html,
    author,
    createdAt: row.created_at,
    resolved: null,
    replies: [],
  };
}

function checkBody(services: Services, body: string): void {
  if (!body.trim()) throw invalid("body", "The comment is empty.");
  const limit = services.settings.limits.commentChars;
  if (body.length > limit) throw new HttpError(413, "too_large", `The comment is too long: ${body.length} characters, and the limit is ${limit}.`);
}

export interface NewComment {
  revision: number;
  anchor: { start: number; end: number } | null;
  body: string;
  reviewId: string | null;
}

/** The open review this person takes part in, which a comment joins when it names none. */
async function activeReviewOf(db: Kysely<Schema>, documentId: string, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom("reviews")
    .innerJoin("review_participants", "review_participants.review_id", "reviews.id")
    .select("reviews.id")
    .where("reviews.document_id", "=", documentId)
    .where("review_participants.user_id", "=", userId)
    .where("reviews.phase", "!=", "closed")
    .orderBy("reviews.created_at", "desc")
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function addComment(services: Services, access: DocumentAccess, auth: Auth, input: NewComment): Promise<CommentRow> {
  requirePermission(access, "comment", "comment");
  checkBody(services, input.body);
  const { database, hub } = services;
  const { db } = database;
  const revision = await revisionByNumber(db, access.doc.id, input.revision).catch(() => {
    throw invalid("revision", `This document has no revision ${input.revision}.`);
  });
  let anchor: TextAnchor | null = null;
  if (input.anchor) {
    const { start, end } = input.anchor;
    if (!(start >= 0 && end > start && end <= revision.text.length)) {
      throw invalid("anchor", `The anchor must satisfy 0 <= start < end <= ${revision.text.length} (the length of revision ${revision.number}).`);
    }
    anchor = anchorIn(revision.text, start, end);
  }
  let reviewId = input.reviewId;
  if (reviewId) {
    const review = await db.selectFrom("reviews").select(["id", "phase"]).where("id", "=", reviewId).where("document_id", "=", access.doc.id).executeTakeFirst();
    if (!review) throw invalid("reviewId", "No review of this document has that id.");
  } else {
    reviewId = await activeReviewOf(db, access.doc.id, auth.user.id);
  }
  const row: CommentRow = {
    id: newId("cmt"),
    document_id: access.doc.id,
    review_id: reviewId,
    parent_id: null,
    revision_number: revision.number,
    anchor_start: anchor?.start ?? null,
    anchor_end: anchor?.end ?? null,
    anchor_quote: anchor?.quote ?? null,
    anchor_prefix: anchor?.prefix ?? null,
    anchor_suffix: anchor?.suffix ?? null,
    body: input.body,
    body_html: await services.analyzer.renderHtml(input.body, auth.user.id),
    author_id: auth.user.id,
    created_at: now(),
    resolved_at: null,
    resolved_by: null,
  };
  await database.transaction(async (trx) => {
    await trx.insertInto("comments").values(row).execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "comment.create", target: { type: "comment", id: row.id }, detail: { documentId: access.doc.id, revision: row.revision_number } });
    await hub.record(trx, { type: "comment", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, commentId: row.id, reviewId, parentId: null, actor: { id: auth.user.id, name: auth.user.name } } });
  });
  hub.nudge();
  return row;
}

/** The top-level comment with this id, and access to its document; 404 when you can't see it (silent reading included). */
export async function commentAccess(db: Kysely<Schema>, commentId: string, userId: string): Promise<{ comment: CommentRow; access: DocumentAccess }> {
  const comment = await db.selectFrom("comments").selectAll().where("id", "=", commentId).executeTakeFirst();
  if (!comment) throw notFound("comment");
  const access = await documentAccess(db, comment.document_id, userId).catch((err) => {
    throw err instanceof HttpError && err.status === 404 ? notFound("comment") : err;
  });
  const visible = await visibilityFilter(db, comment.document_id, userId);
  if (!visible(comment)) throw notFound("comment");
  if (comment.parent_id) throw invalid("id", "That is a reply; reply to and resolve the comment it belongs to.");
  return { comment, access };
}

export async function addReply(services: Services, commentId: string, auth: Auth, body: string): Promise<ReplyView> {
  const { database, hub } = services;
  const { comment, access } = await commentAccess(database.db, commentId, auth.user.id);
  requirePermission(access, "comment", "reply");
  checkBody(services, body);
  const row: CommentRow = {
    ...comment,
    id: newId("cmt"),
    parent_id: comment.id,
    anchor_start: null,
    anchor_end: null,
    anchor_quote: null,
    anchor_prefix: null,
    anchor_suffix: null,
    body,
    body_html: await services.analyzer.renderHtml(body, auth.user.id),
    author_id: auth.user.id,
    created_at: now(),
    resolved_at: null,
    resolved_by: null,
  };
  await database.transaction(async (trx) => {
    await trx.insertInto("comments").values(row).execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "comment.reply", target: { type: "comment", id: row.id }, detail: { parentId: comment.id } });
    await hub.record(trx, { type: "comment", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, commentId: row.id, reviewId: row.review_id, parentId: comment.id, actor: { id: auth.user.id, name: auth.user.name } } });
  });
  hub.nudge();
  return { id: row.id, body: row.body, bodyHtml: row.body_html, author: { id: auth.user.id, name: auth.user.name }, createdAt: row.created_at };
}

export async function resolveComment(services: Services, commentId: string, auth: Auth, resolved: boolean): Promise<{ access: DocumentAccess; comment: CommentRow }> {
  const { database, hub } = services;
  const { comment, access } = await commentAccess(database.db, commentId, auth.user.id);
  requirePermission(access, "comment", "resolve comments");
  await database.transaction(async (trx) => {
    await trx
      .updateTable("comments")
      .set(resolved ? { resolved_at: now(), resolved_by: auth.user.id } : { resolved_at: null, resolved_by: null })
      .where("id", "=", comment.id)
      .execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "comment.resolve", target: { type: "comment", id: comment.id }, detail: { resolved } });
    await hub.record(trx, { type: "comment-resolved", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, commentId: comment.id, resolved, actor: { id: auth.user.id, name: auth.user.name } } });
  });
  hub.nudge();
  return { access, comment };
}
