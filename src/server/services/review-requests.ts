import type { Kysely } from "kysely";
import type { ReviewPhase, Schema } from "../db/schema";
import { refOf, userRefs, type UserRef } from "./views";

/** A review someone asked of you that still waits on you: you haven't finished reading, or haven't given a verdict. */
export interface ReviewRequest {
  reviewId: string;
  document: { id: string; title: string; headRevision: number };
  /** The revision under review; older than `document.headRevision` when the author has edited since. */
  revision: number;
  phase: Exclude<ReviewPhase, "closed">;
  requestedBy: UserRef;
  requestedAt: string;
  readAt: string | null;
}

/** Reviews of this workspace's documents that wait on this person, newest first. */
export async function reviewsWaitingOn(db: Kysely<Schema>, workspaceId: string, userId: string): Promise<ReviewRequest[]> {
  const rows = await db
    .selectFrom("review_participants")
    .innerJoin("reviews", "reviews.id", "review_participants.review_id")
    .innerJoin("documents", "documents.id", "reviews.document_id")
    .select([
      "reviews.id as review_id",
      "reviews.revision_number",
      "reviews.phase",
      "reviews.created_by",
      "reviews.created_at",
      "review_participants.read_at",
      "documents.id as document_id",
      "documents.title",
      "documents.head_revision",
    ])
    .where("review_participants.user_id", "=", userId)
    .where("review_participants.verdict", "is", null)
    .where("reviews.phase", "!=", "closed")
    .where("documents.workspace_id", "=", workspaceId)
    .orderBy("reviews.created_at", "desc")
    .orderBy("reviews.id", "desc")
    .execute();
  const refs = await userRefs(
    db,
    rows.map((r) => r.created_by),
  );
  return rows.map((r) => ({
    reviewId: r.review_id,
    document: { id: r.document_id, title: r.title, headRevision: r.head_revision },
    revision: r.revision_number,
    phase: r.phase as ReviewRequest["phase"],
    requestedBy: refOf(refs, r.created_by),
    requestedAt: r.created_at,
    readAt: r.read_at,
  }));
}
