import type { Kysely } from "kysely";
import type { Schema } from "../db/schema";
import { HttpError } from "../errors";
import { documentAccess } from "../services/access";
import { canSeeOthers } from "../services/reviews";

/**
 * Whether silent reading still hides what `actorId` did in a review from
 * `viewerId`: their comments and their verdict, until the viewer has read
 * the document themselves or the review moves on to discussion.
 */
export async function silentReadingHides(db: Kysely<Schema>, reviewId: string | null, actorId: string | null, viewerId: string): Promise<boolean> {
  if (!reviewId || actorId === viewerId) return false;
  const review = await db.selectFrom("reviews").select("phase").where("id", "=", reviewId).executeTakeFirst();
  if (!review) return false;
  const mine = await db.selectFrom("review_participants").select("read_at").where("review_id", "=", reviewId).where("user_id", "=", viewerId).executeTakeFirst();
  return !canSeeOthers(review, mine);
}

/** Whether `viewerId` may see the document; false for one that is private to others, or gone. */
export async function maySeeDocument(db: Kysely<Schema>, documentId: string, viewerId: string): Promise<boolean> {
  try {
    await documentAccess(db, documentId, viewerId);
    return true;
  } catch (err) {
    if (err instanceof HttpError) return false;
    throw err;
  }
}

export interface EventFacts {
  type: string;
  documentId: string | null;
  data: Record<string, unknown>;
}

/**
 * What a live event may tell this subscriber: nothing about a document they
 * can't see, and not who commented or gave a verdict while silent reading
 * still hides it from them (the comment itself is hidden from them too).
 */
export async function eventVisibleTo(db: Kysely<Schema>, event: EventFacts, viewerId: string): Promise<boolean> {
  if (event.documentId && !(await maySeeDocument(db, event.documentId, viewerId))) return false;
  if (event.type === "comment" || event.type === "verdict") {
    const actor = event.data.actor as { id?: unknown } | undefined;
    const reviewId = typeof event.data.reviewId === "string" ? event.data.reviewId : null;
    if (await silentReadingHides(db, reviewId, typeof actor?.id === "string" ? actor.id : null, viewerId)) return false;
  }
  return true;
}
