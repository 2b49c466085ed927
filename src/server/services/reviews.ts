import type { Kysely } from "kysely";
import type { Auth, Services } from "../context";
import type { Outcome, ParticipantRow, ReviewPhase, ReviewRow, Schema } from "../db/schema";
import { conflict, forbidden, HttpError, invalid, notFound } from "../errors";
import { newId, now } from "../ids";
import { documentAccess, requirePermission, roleAtLeast, type DocumentAccess } from "./access";
import { audit } from "./audit";
import { refOf, userRefs, type UserRef } from "./views";

/**
 * Silent reading: while a review is in its silent-reading phase, a person
 * sees only their own comments and verdict in it, until they have marked it
 * read. Non-participants wait for the discussion.
 */
export function canSeeOthers(review: Pick<ReviewRow, "phase">, mine: Pick<ParticipantRow, "read_at"> | undefined): boolean {
  return review.phase !== "silent-reading" || !!mine?.read_at;
}

export interface ReviewView {
  id: string;
  documentId: string;
  revision: number;
  phase: ReviewPhase;
  createdBy: UserRef;
  createdAt: string;
  closedAt: string | null;
  participants: { user: UserRef; readAt: string | null; verdict: Outcome | null; note: string | null; hidden: boolean }[];
  me: { participant: boolean; readAt: string | null; canSeeOthers: boolean };
}

export async function reviewViews(db: Kysely<Schema>, reviews: ReviewRow[], viewerId: string): Promise<ReviewView[]> {
  if (!reviews.length) return [];
  const participants = await db
    .selectFrom("review_participants")
    .selectAll()
    .where(
      "review_id",
      "in",
      reviews.map((r) => r.id),
    )
    .execute();
  const refs = await userRefs(db, [...reviews.map((r) => r.created_by), ...participants.map((p) => p.user_id)]);
  return reviews.map((review) => {
    const mine = participants.find((p) => p.review_id === review.id && p.user_id === viewerId);
    const open = canSeeOthers(review, mine);
    return {
      id: review.id,
      documentId: review.document_id,
      revision: review.revision_number,
      phase: review.phase,
      createdBy: refOf(refs, review.created_by),
      createdAt: review.created_at,
      closedAt: review.closed_at,
      participants: participants
        .filter((p) => p.review_id === review.id)
        .map((p) => {
          const hidden = !open && p.user_id !== viewerId;
          return { user: refOf(refs, p.user_id), readAt: p.read_at, verdict: hidden ? null : p.verdict, note: hidden ? null : p.note, hidden };
        })
        .sort((a, b) => a.user.name.localeCompare(b.user.name)),
      me: { participant: !!mine, readAt: mine?.read_at ?? null, canSeeOthers: open },
    };
  });
}

export async function reviewView(db: Kysely<Schema>, reviewId: string, viewerId: string): Promise<ReviewView> {
  const row = await db.selectFrom("reviews").selectAll().where("id", "=", reviewId).executeTakeFirstOrThrow();
  return (await reviewViews(db, [row], viewerId))[0];
}

/** The review and the access to its document; 404 when the document is hidden from you. */
export async function reviewAccess(db: Kysely<Schema>, reviewId: string, userId: string): Promise<{ review: ReviewRow; access: DocumentAccess; mine: ParticipantRow | undefined }> {
  const review = await db.selectFrom("reviews").selectAll().where("id", "=", reviewId).executeTakeFirst();
  if (!review) throw notFound("review");
  const access = await documentAccess(db, review.document_id, userId).catch((err) => {
    throw err instanceof HttpError && err.status === 404 ? notFound("review") : err;
  });
  const mine = await db.selectFrom("review_participants").selectAll().where("review_id", "=", reviewId).where("user_id", "=", userId).executeTakeFirst();
  return { review, access, mine };
}

function actor(auth: Auth): UserRef {
  return { id: auth.user.id, name: auth.user.name };
}

export async function startReview(services: Services, access: DocumentAccess, auth: Auth, reviewers: string[], revision: number): Promise<string> {
  requirePermission(access, "review", "start a review");
  const { database, hub } = services;
  const doc = access.doc;
  if (!reviewers.length) throw invalid("reviewers", "Invite at least one reviewer.");
  const exists = await database.db.selectFrom("revisions").select("id").where("document_id", "=", doc.id).where("number", "=", revision).executeTakeFirst();
  if (!exists) throw invalid("revision", `This document has no revision ${revision}.`);
  const members = await database.db.selectFrom("memberships").select(["user_id", "role"]).where("workspace_id", "=", doc.workspace_id).where("user_id", "in", reviewers).execute();
  const eligible = new Set(members.filter((m) => roleAtLeast(m.role, "reviewer")).map((m) => m.user_id));
  const missing = reviewers.filter((id) => !eligible.has(id));
  if (missing.length) throw invalid("reviewers", `Reviewers must be members of this workspace with the role reviewer or above (not: ${missing.join(", ")}).`);
  const id = newId("rvw");
  await database.transaction(async (trx) => {
    const at = now();
    await trx.insertInto("reviews").values({ id, document_id: doc.id, revision_number: revision, phase: "silent-reading", created_by: auth.user.id, created_at: at, closed_at: null }).execute();
    await trx.insertInto("review_participants").values(reviewers.map((user_id) => ({ review_id: id, user_id, read_at: null, verdict: null, note: null, verdict_at: null }))).execute();
    await trx.updateTable("documents").set({ stage: "in-review", updated_at: at }).where("id", "=", doc.id).execute();
    await audit(trx, { workspaceId: doc.workspace_id, actorId: auth.user.id, action: "review.create", target: { type: "review", id }, detail: { documentId: doc.id, revision, reviewers } });
    await hub.record(trx, { type: "review", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, reviewId: id, phase: "silent-reading", actor: actor(auth) } });
  });
  hub.nudge();
  return id;
}

export async function markRead(services: Services, reviewId: string, auth: Auth): Promise<void> {
  const { database, hub } = services;
  const { access, mine } = await reviewAccess(database.db, reviewId, auth.user.id);
  if (!mine) throw forbidden("Only invited reviewers mark a review as read.");
  if (mine.read_at) return;
  await database.transaction(async (trx) => {
    // Two last readers at once must not both miss each other: on PostgreSQL, take turns on the review row.
    if (database.kind === "postgres") await trx.selectFrom("reviews").select("id").where("id", "=", reviewId).forUpdate().execute();
    const at = now();
    await trx.updateTable("review_participants").set({ read_at: at }).where("review_id", "=", reviewId).where("user_id", "=", auth.user.id).execute();
    const unread = await trx.selectFrom("review_participants").select("user_id").where("review_id", "=", reviewId).where("read_at", "is", null).execute();
    // When everyone has read, the review moves on to discussion by itself.
    const current = await trx.selectFrom("reviews").select("phase").where("id", "=", reviewId).executeTakeFirstOrThrow();
    const phase: ReviewPhase = current.phase === "silent-reading" && unread.length === 0 ? "discussion" : current.phase;
    if (phase !== current.phase) await trx.updateTable("reviews").set({ phase }).where("id", "=", reviewId).where("phase", "=", "silent-reading").execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "review.read", target: { type: "review", id: reviewId } });
    await hub.record(trx, { type: "review", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, reviewId, phase, actor: actor(auth) } });
  });
  hub.nudge();
}

export async function changePhase(services: Services, reviewId: string, auth: Auth, phase: "discussion" | "closed"): Promise<void> {
  const { database, hub } = services;
  const { review, access } = await reviewAccess(database.db, reviewId, auth.user.id);
  requirePermission(access, "edit", "move a review on");
  if (review.phase === "closed") throw conflict("This review is closed.");
  if (review.phase === phase) return;
  await database.transaction(async (trx) => {
    const at = now();
    await trx.updateTable("reviews").set({ phase, closed_at: phase === "closed" ? at : null }).where("id", "=", reviewId).execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "review.phase", target: { type: "review", id: reviewId }, detail: { from: review.phase, to: phase } });
    await hub.record(trx, { type: "review", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, reviewId, phase, actor: actor(auth) } });
  });
  hub.nudge();
}

export async function giveVerdict(services: Services, reviewId: string, auth: Auth, verdict: Outcome, note: string | null): Promise<void> {
  const { database, hub } = services;
  const { review, access, mine } = await reviewAccess(database.db, reviewId, auth.user.id);
  if (!mine) throw forbidden("Only invited reviewers give a verdict.");
  requirePermission(access, "comment", "give a verdict");
  if (review.phase === "closed") throw conflict("This review is closed; verdicts can no longer change.");
  await database.transaction(async (trx) => {
    await trx.updateTable("review_participants").set({ verdict, note, verdict_at: now() }).where("review_id", "=", reviewId).where("user_id", "=", auth.user.id).execute();
    await audit(trx, { workspaceId: access.doc.workspace_id, actorId: auth.user.id, action: "review.verdict", target: { type: "review", id: reviewId }, detail: { verdict } });
    await hub.record(trx, { type: "verdict", workspaceId: access.doc.workspace_id, documentId: access.doc.id, data: { documentId: access.doc.id, reviewId, actor: actor(auth) } });
  });
  hub.nudge();
}
