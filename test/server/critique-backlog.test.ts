/**
 * Saves are acknowledged before their critique, so the critiques waiting in
 * a server are bounded: past the limit a save is refused with 503 and
 * Retry-After, stores nothing, and goes through once the critic catches up.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { inThreadAnalyzer, type RevisionAnalyzer } from "../../src/server/analysis/pool";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type TestDatabase, type Workspace } from "./helpers";

const BACKLOG = 2;

/** The critic, except that while held every critique waits until `release`. */
function heldAnalyzer() {
  const critic = inThreadAnalyzer();
  let gate: Promise<void> | null = null;
  let open = () => undefined as void;
  const analyzer: RevisionAnalyzer = {
    async analyze(text, owner) {
      await gate;
      return critic.analyze(text, owner);
    },
    renderHtml: (markdown, owner) => critic.renderHtml(markdown, owner),
    close: () => critic.close(),
  };
  return {
    analyzer,
    hold: () => void (gate = new Promise<void>((resolve) => (open = resolve))),
    release: () => {
      gate = null;
      open();
    },
  };
}

describe.each(DATABASE_KINDS)("the critique backlog on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  const critic = heldAnalyzer();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db, { seedExamples: false, analyzer: critic.analyzer, limits: { critiqueBacklog: BACKLOG, critiqueMs: 3000 } });
    ws = await localWorkspace(server);
  });
  afterAll(async () => {
    critic.release();
    await server?.close();
    await db?.drop();
  });

  const newDocument = async () => {
    const created = await ws.owner.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
    expect(created.status).toBe(201);
    return created.body.document.id;
  };
  const save = (id: string, base: number, note: string) => ws.owner.client.post<{ error?: { code: string; message: string } }>(`/api/documents/${id}/revisions`, { baseRevision: base, text: `${SAMPLE}\n${note}\n` });

  it("refuses a save past the limit with 503 and Retry-After, stores nothing, and takes it once the critiques are done", async () => {
    const docs = [await newDocument(), await newDocument(), await newDocument()];
    critic.hold();
    expect((await save(docs[0], 1, "first")).status).toBe(201);
    expect((await save(docs[1], 1, "second")).status).toBe(201);

    const refused = await save(docs[2], 1, "third");
    expect(refused.status).toBe(503);
    expect(refused.body.error?.code).toBe("busy");
    expect(refused.body.error?.message).toMatch(/2 revisions behind.*not saved.*save again in \d+ s/);
    // No critique has finished yet, so the wait is one critique budget.
    expect(refused.headers.get("retry-after")).toBe("3");
    const stored = await ws.owner.client.get<{ revisions: { number: number }[] }>(`/api/documents/${docs[2]}/revisions`);
    expect(stored.body.revisions.map((r) => r.number)).toEqual([1]);

    critic.release();
    // A read waits for the critique of the revision it reads, so these return once the backlog is empty.
    await ws.owner.client.get(`/api/documents/${docs[0]}`);
    await ws.owner.client.get(`/api/documents/${docs[1]}`);
    expect((await save(docs[2], 1, "third, again")).status).toBe(201);
    const after = await ws.owner.client.get<{ revisions: { number: number }[] }>(`/api/documents/${docs[2]}/revisions`);
    expect(after.body.revisions.map((r) => r.number)).toEqual([2, 1]);
  });

  it("refuses a save whose text would take the waiting texts past their size limit, however few they are", async () => {
    const small = await startOn(db, { seedExamples: false, analyzer: heldAnalyzer().analyzer, limits: { critiqueBacklogChars: SAMPLE.length * 2 } });
    try {
      const owner = (await localWorkspace(small)).owner.client;
      const session = await owner.get<{ workspaces: { id: string }[] }>("/api/session");
      const created = await owner.post<{ document: { id: string } }>(`/api/workspaces/${session.body.workspaces[0].id}/documents`, { text: SAMPLE });
      // Nothing waits, yet this one text is larger than everything the backlog may hold.
      const reply = await owner.post(`/api/documents/${created.body.document.id}/revisions`, { baseRevision: 1, text: SAMPLE.repeat(3) });
      expect(reply.status).toBe(503);
      expect(Number(reply.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    } finally {
      await small.close();
    }
  });

  it("critiques a revision left waiting by a server that stopped, when the next server starts", async () => {
    const stalled = heldAnalyzer();
    const first = await startOn(db, { seedExamples: false, analyzer: stalled.analyzer });
    const owner = (await localWorkspace(first)).owner.client;
    const session = await owner.get<{ workspaces: { id: string }[] }>("/api/session");
    const created = await owner.post<{ document: { id: string } }>(`/api/workspaces/${session.body.workspaces[0].id}/documents`, { text: SAMPLE });
    const id = created.body.document.id;
    stalled.hold();
    expect((await owner.post(`/api/documents/${id}/revisions`, { baseRevision: 1, text: `${SAMPLE}\nLeft waiting.\n` })).status).toBe(201);
    // The critique never finishes here: the server stops with the revision still waiting.
    await first.close();

    const next = await startOn(db, { seedExamples: false });
    try {
      const reader = (await localWorkspace(next)).owner.client;
      const read = await reader.get<{ revision: { number: number; critique: { findings: { ruleId: string }[] } } }>(`/api/documents/${id}`);
      expect(read.body.revision.number).toBe(2);
      expect(read.body.revision.critique.findings.length).toBeGreaterThan(0);
      expect(read.body.revision.critique.findings.some((f) => f.ruleId === "critique-pending")).toBe(false);
    } finally {
      await next.close();
    }
  });
});
