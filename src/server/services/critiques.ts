import { sql } from "kysely";
import type { Services } from "../context";
import { critiqueColumns, isPendingFindings, PENDING_RULE_ID } from "../analysis/revision-content";
import { logLine as log } from "../log";
import { refOf, userRefs } from "./views";

/**
 * Critiques that follow a save. A save is acknowledged once its revision is
 * stored; the critic then reads it in a worker, the stored row gets its
 * critique, and a `critique` event tells whoever watches the document. So a
 * burst of saves never queues behind one another's critique.
 *
 * Reads of a revision whose critique this process is still working on wait
 * for it, so a client that saves and then reads sees the critique. Another
 * instance sees the placeholder (one error saying the critique is on its
 * way) until the event arrives. A revision left waiting by a process that
 * stopped is critiqued when a server next starts.
 */
const inFlight = new Map<string, Promise<void>>();

const keyOf = (documentId: string, number: number) => `${documentId}:${number}`;

/** Servers shutting down: a critique their analyzer abandons is resumed at the next start, not an error to log. */
const stopping = new WeakSet<Services>();

export interface PendingRevision {
  workspaceId: string;
  documentId: string;
  revisionId: string;
  number: number;
  authorId: string;
  text: string;
}

/** Starts the critique of a stored revision; never rejects, a failure is logged and the placeholder stays. */
export function critiqueLater(services: Services, revision: PendingRevision): Promise<void> {
  const key = keyOf(revision.documentId, revision.number);
  const running = inFlight.get(key);
  if (running) return running;
  const done = critique(services, revision)
    .catch((err: unknown) => {
      if (!stopping.has(services)) log(`the critique of revision ${revision.number} of ${revision.documentId} failed: ${err instanceof Error ? err.message : String(err)}`);
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, done);
  return done;
}

async function critique(services: Services, revision: PendingRevision): Promise<void> {
  const content = await services.analyzer.analyze(revision.text, revision.authorId);
  const { database, hub } = services;
  const stored = await database.transaction(async (trx) => {
    const updated = await trx
      .updateTable("revisions")
      .set({ title: content.title, ...critiqueColumns(content) })
      .where("id", "=", revision.revisionId)
      .where("findings", "like", `[{"ruleId":"${PENDING_RULE_ID}"%`)
      .executeTakeFirst();
    // Another instance got there first: its critique stands, and it announced it.
    if (Number(updated.numUpdatedRows) === 0) return false;
    await trx
      .updateTable("documents")
      .set({ title: content.title, readiness: content.readiness })
      .where("id", "=", revision.documentId)
      .where("head_revision", "=", revision.number)
      .execute();
    await hub.record(trx, {
      type: "critique",
      workspaceId: revision.workspaceId,
      documentId: revision.documentId,
      data: {
        documentId: revision.documentId,
        revision: revision.number,
        revisionId: revision.revisionId,
        readiness: content.readiness,
        // Whose save this critique is of, as every event names someone.
        actor: refOf(await userRefs(trx, [revision.authorId]), revision.authorId),
      },
    });
    return true;
  });
  if (stored) hub.nudge();
}

/** The critique of a revision this process is working on, if it is. */
export function critiqueInFlight(documentId: string, number: number): Promise<void> | undefined {
  return inFlight.get(keyOf(documentId, number));
}

/** Waits for the critique of a revision if this process is working on it. */
export async function critiqueSettled(documentId: string, number: number): Promise<void> {
  await inFlight.get(keyOf(documentId, number));
}

/** Waits for every critique this process has started, at most `ms`; the rest are resumed when a server next starts. */
export async function settleCritiques(services: Services, ms: number): Promise<void> {
  stopping.add(services);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(inFlight.values()), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/** Critiques the revisions a stopped process left waiting. */
export async function resumePendingCritiques(services: Services): Promise<number> {
  const rows = await services.database.db
    .selectFrom("revisions")
    .innerJoin("documents", "documents.id", "revisions.document_id")
    .select(["revisions.id", "revisions.document_id", "revisions.number", "revisions.author_id", "revisions.text", "revisions.findings", "documents.workspace_id"])
    .where(sql<boolean>`revisions.findings like ${`[{"ruleId":"${PENDING_RULE_ID}"%`}`)
    .execute();
  const pending = rows.filter((row) => isPendingFindings(row.findings));
  for (const row of pending) {
    void critiqueLater(services, { workspaceId: row.workspace_id, documentId: row.document_id, revisionId: row.id, number: row.number, authorId: row.author_id, text: row.text });
  }
  return pending.length;
}
