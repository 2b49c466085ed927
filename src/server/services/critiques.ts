import { sql, type Kysely } from "kysely";
import type { Services } from "../context";
import type { Schema } from "../db/schema";
import { HttpError } from "../errors";
import { critiqueColumns, isPendingFindings, PENDING_RULE_ID } from "../analysis/revision-content";
import { logLine as log } from "../log";
import { refOf, type UserRef } from "./views";

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
const inFlight = new Map<string, { server: Services; done: Promise<void> }>();

/** What one server's critiques hold: counted per server, since tests and tools run several in one process. */
interface Backlog {
  revisions: number;
  chars: number;
  /** When the last critiques finished, oldest first: how fast the backlog drains. */
  finishedAt: number[];
}

const backlogs = new WeakMap<Services, Backlog>();
const RATE_SAMPLE = 20;
const MAX_RETRY_AFTER_S = 120;

function backlogOf(services: Services): Backlog {
  let backlog = backlogs.get(services);
  if (!backlog) backlogs.set(services, (backlog = { revisions: 0, chars: 0, finishedAt: [] }));
  return backlog;
}

/** Seconds until the backlog has room: from how fast critiques have been finishing, else one critique budget (within which some worker frees up). */
function secondsUntilRoom(services: Services, backlog: Backlog): number {
  const times = backlog.finishedAt;
  const elapsed = times.length > 1 ? (times[times.length - 1] - times[0]) / 1000 : 0;
  const perSecond = elapsed > 0 ? (times.length - 1) / elapsed : 0;
  const excess = Math.max(1, backlog.revisions - services.settings.limits.critiqueBacklog + 1);
  const estimate = perSecond > 0 ? excess / perSecond : services.settings.limits.critiqueMs / 1000;
  return Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(estimate)));
}

/**
 * Refuses a save before anything is stored while this server already holds
 * as many critiques as it may: a burst of saves faster than the critic reads
 * would otherwise grow the queue, and the memory holding its texts, without
 * bound. The refusal says when to try again. Saves that pass together may
 * overshoot the limit by at most the saves in progress at that moment.
 */
export function admitSave(services: Services, text: string): void {
  const backlog = backlogOf(services);
  const { critiqueBacklog, critiqueBacklogChars } = services.settings.limits;
  if (backlog.revisions < critiqueBacklog && backlog.chars + text.length <= critiqueBacklogChars) return;
  const seconds = secondsUntilRoom(services, backlog);
  throw new HttpError(
    503,
    "busy",
    `The critic is ${backlog.revisions} revision${backlog.revisions === 1 ? "" : "s"} behind on this server, so your revision was not saved. Nothing is lost: save again in ${seconds} s.`,
    { headers: { "Retry-After": String(seconds) } },
  );
}

const keyOf = (documentId: string, number: number) => `${documentId}:${number}`;

/** Servers shutting down: a critique their analyzer abandons is resumed at the next start, not an error to log. */
const stopping = new WeakSet<Services>();

export interface PendingRevision {
  workspaceId: string;
  documentId: string;
  revisionId: string;
  number: number;
  /** Whose save this is: every event names someone, and looking them up would hold the write lock a round trip longer. */
  author: UserRef;
  text: string;
}

/** Starts the critique of a stored revision; never rejects, a failure is logged and the placeholder stays. */
export function critiqueLater(services: Services, revision: PendingRevision): Promise<void> {
  const key = keyOf(revision.documentId, revision.number);
  const running = inFlight.get(key);
  if (running) return running.done;
  const backlog = backlogOf(services);
  backlog.revisions += 1;
  backlog.chars += revision.text.length;
  const done = critique(services, revision)
    .catch((err: unknown) => {
      if (!stopping.has(services)) log(`the critique of revision ${revision.number} of ${revision.documentId} failed: ${err instanceof Error ? err.message : String(err)}`);
    })
    .finally(() => {
      // A server that stopped gave its entry up (settleCritiques); the key may be another's by now.
      if (inFlight.get(key)?.done === done) inFlight.delete(key);
      backlog.revisions -= 1;
      backlog.chars -= revision.text.length;
      backlog.finishedAt.push(performance.now());
      if (backlog.finishedAt.length > RATE_SAMPLE) backlog.finishedAt.shift();
    });
  inFlight.set(key, { server: services, done });
  return done;
}

async function critique(services: Services, revision: PendingRevision): Promise<void> {
  const content = await services.analyzer.analyze(revision.text, revision.author.id);
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
        actor: revision.author,
      },
    });
    return true;
  });
  if (stored) hub.nudge();
}

/** The critique of a revision this process is working on, if it is. */
export function critiqueInFlight(documentId: string, number: number): Promise<void> | undefined {
  return inFlight.get(keyOf(documentId, number))?.done;
}

/** Waits for the critique of a revision if this process is working on it. */
export async function critiqueSettled(documentId: string, number: number): Promise<void> {
  await inFlight.get(keyOf(documentId, number))?.done;
}

/** Waits for every critique this process has started, at most `ms`; the rest are resumed when a server next starts. */
export async function settleCritiques(services: Services, ms: number): Promise<void> {
  stopping.add(services);
  let timer: NodeJS.Timeout | undefined;
  const own = [...inFlight].filter(([, entry]) => entry.server === services);
  await Promise.race([Promise.all(own.map(([, entry]) => entry.done)), new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
  // What is left is resumed by the next server to start, which must not find this one's unfinished work standing in its way.
  for (const [key, entry] of own) if (inFlight.get(key) === entry) inFlight.delete(key);
}

/** The revisions stored before their critique, found through their partial index (migration 0008). */
export function pendingRevisionsQuery(db: Kysely<Schema>) {
  return db
    .selectFrom("revisions")
    .innerJoin("documents", "documents.id", "revisions.document_id")
    .leftJoin("users", "users.id", "revisions.author_id")
    .select(["revisions.id", "revisions.document_id", "revisions.number", "revisions.author_id", "users.name as author_name", "revisions.text", "revisions.findings", "documents.workspace_id"])
    // A literal, not a parameter, so the planners match it to the partial index of waiting revisions (migration 0008).
    .where(sql<boolean>`revisions.findings like ${sql.lit(`[{"ruleId":"${PENDING_RULE_ID}"%`)}`);
}

/** Critiques the revisions a stopped process left waiting. */
export async function resumePendingCritiques(services: Services): Promise<number> {
  const rows = await pendingRevisionsQuery(services.database.db).execute();
  const pending = rows.filter((row) => isPendingFindings(row.findings));
  for (const row of pending) {
    const author = row.author_name === null ? refOf(new Map(), row.author_id) : { id: row.author_id, name: row.author_name };
    void critiqueLater(services, { workspaceId: row.workspace_id, documentId: row.document_id, revisionId: row.id, number: row.number, author, text: row.text });
  }
  return pending.length;
}
