/**
 * A save is acknowledged once its revision is stored; the critique follows
 * as a `critique` event, and reads wait for it. So saves never queue behind
 * one another's critique, on either database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, openEventStream, SAMPLE, startOn, type TestDatabase, type Workspace } from "./helpers";

const BUDGET_MS = 6000;

interface Revision {
  id: string;
  number: number;
  text: string;
  critique: { findings: { ruleId: string; severity: string }[]; verdict: { readiness: string } };
}

// Each holds a worker for the whole budget: the undefined-acronym search once cost the cube of its length.
const slowDocument = (i: number) => `# Plan ${i}\n\n${"We ".repeat(4000)}\n\nThe QBR is fine.\n`;

describe.each(DATABASE_KINDS)("the critique after a save on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db, { seedExamples: false, limits: { critiqueMs: BUDGET_MS } });
    ws = await localWorkspace(server);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function newDocument(text: string): Promise<{ id: string; revision: Revision }> {
    const created = await ws.owner.client.post<{ document: { id: string }; revision: Revision }>(`/api/workspaces/${ws.workspaceId}/documents`, { text });
    expect(created.status).toBe(201);
    return { id: created.body.document.id, revision: created.body.revision };
  }

  it("answers the save with the revision stored and the critique on its way, then sends the critique as an event", async () => {
    const doc = await newDocument("# A first draft\n\nNothing yet.\n");
    const stream = await openEventStream(`${server.url}/api/documents/${doc.id}/events`, ws.owner.client.cookie);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const saved = await ws.owner.client.post<{ revision: Revision }>(`/api/documents/${doc.id}/revisions`, { baseRevision: 1, text: SAMPLE });
      expect(saved.status).toBe(201);
      expect(saved.body.revision).toMatchObject({ number: 2, text: SAMPLE });
      expect(saved.body.revision.critique.findings.map((f) => f.ruleId)).toEqual(["critique-pending"]);
      expect(saved.body.revision.critique.verdict.readiness).not.toBe("ready");

      const event = await stream.next((e) => e.event === "critique", BUDGET_MS + 5000);
      expect(event.data).toMatchObject({ documentId: doc.id, revision: 2, revisionId: saved.body.revision.id, actor: { id: ws.owner.id } });

      // The stored critique is the one the same text gets when a document is created with it.
      const read = await ws.owner.client.get<{ revision: Revision }>(`/api/documents/${doc.id}/revisions/2`);
      const reference = await newDocument(SAMPLE);
      expect(read.body.revision.critique).toEqual(reference.revision.critique);
      expect(event.data.readiness).toBe(reference.revision.critique.verdict.readiness);
      const summary = await ws.owner.client.get<{ document: { readiness: string; title: string } }>(`/api/documents/${doc.id}`);
      expect(summary.body.document.readiness).toBe(reference.revision.critique.verdict.readiness);
    } finally {
      stream.close();
    }
  });

  it("gives a read that follows a save the critique, not the placeholder", async () => {
    const doc = await newDocument(SAMPLE);
    const saved = await ws.owner.client.post<{ revision: Revision }>(`/api/documents/${doc.id}/revisions`, { baseRevision: 1, text: SAMPLE + "\nOne more line.\n" });
    expect(saved.status).toBe(201);
    const read = await ws.owner.client.get<{ revision: Revision }>(`/api/documents/${doc.id}/revisions/2`);
    expect(read.body.revision.critique.findings.some((f) => f.ruleId === "critique-pending")).toBe(false);
    expect(read.body.revision.critique.findings.length).toBeGreaterThan(0);
  });

  it("acknowledges a save while every worker is busy with slow documents", async () => {
    const docs = await Promise.all(Array.from({ length: 7 }, () => newDocument(SAMPLE)));
    const quick = docs.pop()!;
    // More slow saves than the pool has workers, so critiques queue.
    const slow = await Promise.all(docs.map((d, i) => ws.owner.client.post(`/api/documents/${d.id}/revisions`, { baseRevision: 1, text: slowDocument(i) })));
    expect(slow.map((r) => r.status)).toEqual(docs.map(() => 201));
    const started = performance.now();
    const saved = await ws.owner.client.post<{ revision: Revision }>(`/api/documents/${quick.id}/revisions`, { baseRevision: 1, text: SAMPLE + "\nQuick.\n" });
    const took = performance.now() - started;
    expect(saved.status).toBe(201);
    // Before, this save waited behind the queued critiques: a budget or more.
    expect(took).toBeLessThan(BUDGET_MS / 2);
  });
});
