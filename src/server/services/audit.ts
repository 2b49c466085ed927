import type { Kysely } from "kysely";
import type { Schema } from "../db/schema";
import { now } from "../ids";

export type AuditAction =
  | "workspace.create"
  | "member.add"
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
