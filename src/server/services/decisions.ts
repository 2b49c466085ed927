import type { Kysely } from "kysely";
import type { Auth, Services } from "../context";
import type { DecisionRow, Outcome, Schema } from "../db/schema";
import { HttpError, invalid } from "../errors";
import { newId, now } from "../ids";
import { requirePermission, type DocumentAccess } from "./access";
import { audit } from "./audit";
import { revisionByNumber } from "./documents";
import { decisionView, indexedCriteria, refOf, userRefs, type DecisionView } from "./views";

export interface NewDecision {
  outcome: Outcome;
  reason: string;
  revision: number;
  killCriteria: number[];
  evidence: string | null;
  /** Why the team proceeds although reviewers said Revise or Kill, or the critic still finds errors. */
  overruleReason?: string | null;
}

/** What a decision to proceed went against: reviewers' Revise and Kill verdicts, and the critic's errors. */
export interface Overruled {
  verdicts: { user: { id: string; name: string }; verdict: "revise" | "kill"; note: string | null }[];
  openErrors: number;
}

/**
 * The room a proceed decision would go against: the latest review's Revise
 * and Kill verdicts and the errors the critic finds in the decided revision.
 * Null when nothing stands against it.
 */
export async function againstTheRoom(db: Kysely<Schema>, documentId: string, revision: { errors: number }): Promise<Overruled | null> {
  const latest = await db.selectFrom("reviews").select("id").where("document_id", "=", documentId).orderBy("created_at", "desc").orderBy("id", "desc").executeTakeFirst();
  const dissent = latest
    ? await db
        .selectFrom("review_participants")
        .innerJoin("users", "users.id", "review_participants.user_id")
        .select(["users.id", "users.name", "review_participants.verdict", "review_participants.note"])
        .where("review_participants.review_id", "=", latest.id)
        .where("review_participants.verdict", "in", ["revise", "kill"])
        .orderBy("users.name")
        .execute()
    : [];
  if (!dissent.length && revision.errors === 0) return null;
  return {
    verdicts: dissent.map((d) => ({ user: { id: d.id, name: d.name }, verdict: d.verdict as "revise" | "kill", note: d.note })),
    openErrors: revision.errors,
  };
}

export function describeOverruled(overruled: Overruled): string {
  const parts = overruled.verdicts.map((v) => `${v.user.name}'s ${v.verdict === "kill" ? "Kill" : "Revise"} verdict`);
  if (overruled.openErrors) parts.push(`${overruled.openErrors} error${overruled.openErrors === 1 ? "" : "s"} the critic still finds`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
}

/**
 * Records proceed, revise or kill against one revision, citing that
 * revision's kill criteria. The document becomes decided and any review
 * still open on it is closed.
 */
export async function recordDecision(services: Services, access: DocumentAccess, auth: Auth, input: NewDecision): Promise<DecisionRow> {
  requirePermission(access, "decide", "record decisions");
  const { database, hub } = services;
  const doc = access.doc;
  const revision = await revisionByNumber(database.db, doc.id, input.revision).catch(() => {
    throw invalid("revision", `This document has no revision ${input.revision}.`);
  });
  const criteria = indexedCriteria(revision.kill_criteria);
  const cited = [...new Set(input.killCriteria)].sort((a, b) => a - b);
  const unknown = cited.filter((i) => !criteria[i]);
  if (unknown.length) {
    throw invalid(
      "killCriteria",
      criteria.length
        ? `Revision ${revision.number} has kill criteria 0 to ${criteria.length - 1}; there is no ${unknown.join(", ")}.`
        : `Revision ${revision.number} has no kill criteria to cite. Write them in a "Kill criteria" section first.`,
    );
  }
  const overruled = input.outcome === "proceed" ? await againstTheRoom(database.db, doc.id, revision) : null;
  const overruleReason = input.overruleReason?.trim() || null;
  if (overruled && !overruleReason) {
    throw new HttpError(400, "invalid", `Proceeding goes against ${describeOverruled(overruled)}. Say why the team proceeds anyway (overruleReason); it is recorded with the decision.`, {
      field: "overruleReason",
      extra: { overruled },
    });
  }
  const row: DecisionRow = {
    id: newId("dec"),
    document_id: doc.id,
    revision_number: revision.number,
    outcome: input.outcome,
    reason: input.reason,
    kill_criteria: JSON.stringify(cited.map((i) => criteria[i])),
    evidence: input.evidence,
    decided_by: auth.user.id,
    decided_at: now(),
    overruled: overruled ? JSON.stringify(overruled) : null,
    overrule_reason: overruled ? overruleReason : null,
  };
  await database.transaction(async (trx) => {
    await trx.insertInto("decisions").values(row).execute();
    await trx.updateTable("documents").set({ stage: "decided", decision: row.outcome, updated_at: row.decided_at }).where("id", "=", doc.id).execute();
    await trx.updateTable("reviews").set({ phase: "closed", closed_at: row.decided_at }).where("document_id", "=", doc.id).where("phase", "!=", "closed").execute();
    await audit(trx, { workspaceId: doc.workspace_id, actorId: auth.user.id, action: "decision.create", target: { type: "decision", id: row.id }, detail: { documentId: doc.id, outcome: row.outcome, revision: row.revision_number, overruled: !!overruled } });
    await hub.record(trx, { type: "decision", workspaceId: doc.workspace_id, documentId: doc.id, data: { documentId: doc.id, decisionId: row.id, outcome: row.outcome, actor: { id: auth.user.id, name: auth.user.name } } });
  });
  hub.nudge();
  return row;
}

export async function decisionViews(db: Kysely<Schema>, rows: DecisionRow[]): Promise<DecisionView[]> {
  const refs = await userRefs(
    db,
    rows.map((r) => r.decided_by),
  );
  return rows.map((r) => decisionView(r, refOf(refs, r.decided_by)));
}
