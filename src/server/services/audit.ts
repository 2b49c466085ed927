import type { Kysely } from "kysely";
import type { Schema } from "../db/schema";
import { maySeeDocument, silentReadingHides } from "../events/visibility";
import { now } from "../ids";

export type AuditAction =
  | "workspace.create"
  | "workspace.restore"
  | "member.add"
  | "member.invite"
  | "invitation.accept"
  | "invitation.revoke"
  | "member.update"
  | "member.remove"
  | "document.create"
  | "document.update"
  | "revision.create"
  | "comment.create"
  | "comment.reply"
  | "comment.resolve"
  | "review.create"
  | "review.read"
  | "review.phase"
  | "review.verdict"
  | "decision.create"
  | "session.create"
  | "session.delete"
  | "user.password"
  | "user.rename";

export interface AuditEntry {
  workspaceId: string | null;
  actorId: string | null;
  action: AuditAction;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function audit(trx: Kysely<Schema>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      workspace_id: entry.workspaceId,
      actor_id: entry.actorId,
      action: entry.action,
      target_type: entry.target?.type ?? null,
      target_id: entry.target?.id ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      at: now(),
    })
    .execute();
}

export interface AuditRow {
  actor_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
}

/**
 * The entries of a page of the audit log that `viewerId` may read. An entry
 * about a document they can't see is left out (a private document doesn't
 * exist for them, titles included), and so is a comment or verdict that
 * silent reading still hides from them.
 */
export async function auditEntriesVisibleTo<T extends AuditRow>(db: Kysely<Schema>, rows: T[], viewerId: string): Promise<T[]> {
  const seeDocument = new Map<string, Promise<boolean>>();
  const maySee = (documentId: string) => {
    if (!seeDocument.has(documentId)) seeDocument.set(documentId, maySeeDocument(db, documentId, viewerId));
    return seeDocument.get(documentId)!;
  };
  const visible: T[] = [];
  for (const row of rows) {
    const concern = await concernOf(db, row);
    if (concern.documentId && !(await maySee(concern.documentId))) continue;
    if (concern.hiddenBySilentReading && (await silentReadingHides(db, concern.reviewId, row.actor_id, viewerId))) continue;
    visible.push(row);
  }
  return visible;
}

interface Concern {
  documentId: string | null;
  reviewId: string | null;
  /** Comments and verdicts: what silent reading hides. */
  hiddenBySilentReading: boolean;
}

async function concernOf(db: Kysely<Schema>, row: AuditRow): Promise<Concern> {
  let detail: Record<string, unknown> = {};
  try {
    detail = JSON.parse(row.detail) as Record<string, unknown>;
  } catch {
    // An unreadable detail names no document.
  }
  const named = typeof detail.documentId === "string" ? detail.documentId : null;
  if (row.target_type === "document") return { documentId: row.target_id, reviewId: null, hiddenBySilentReading: false };
  if (row.target_type === "review" && row.target_id) {
    const review = await db.selectFrom("reviews").select("document_id").where("id", "=", row.target_id).executeTakeFirst();
    return { documentId: review?.document_id ?? named, reviewId: row.target_id, hiddenBySilentReading: row.action === "review.verdict" };
  }
  if (row.target_type === "comment" && row.target_id) {
    const comment = await db.selectFrom("comments").select(["document_id", "review_id"]).where("id", "=", row.target_id).executeTakeFirst();
    return { documentId: comment?.document_id ?? named, reviewId: comment?.review_id ?? null, hiddenBySilentReading: row.action !== "comment.resolve" };
  }
  return { documentId: named, reviewId: null, hiddenBySilentReading: false };
}
