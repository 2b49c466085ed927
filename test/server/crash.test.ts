import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestDatabase, DATABASE_KINDS, SAMPLE, spawnServer, type ServerProcess, type TestDatabase } from "./helpers";

interface Acknowledged {
  doc: string;
  revisionId: string;
  number: number;
  text: string;
}

/**
 * kill -9 in the middle of a stream of saves: every save that got its 201
 * must still be there after a restart, with the same number and text, and
 * the revision history must have no holes.
 */
describe.each(DATABASE_KINDS)("a crash under write load on %s", (kind) => {
  let db: TestDatabase;
  let server: ServerProcess | null = null;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    server?.child.kill("SIGKILL");
    await server?.exited;
    await db?.drop();
  });

  it("loses no acknowledged save", async () => {
    server = await spawnServer(db);
    const writer = new Client(server.url);
    await writer.signInWithLink(server.signInUrl!);
    const session = await writer.get<{ workspaces: { id: string }[] }>("/api/session");
    const workspaceId = session.body.workspaces[0].id;

    const WRITERS = 4;
    const docs: string[] = [];
    for (let i = 0; i < WRITERS; i++) {
      const created = await writer.post<{ document: { id: string } }>(`/api/workspaces/${workspaceId}/documents`, { text: `${SAMPLE}\nWriter ${i}\n` });
      docs.push(created.body.document.id);
    }
    const acknowledged: Acknowledged[] = [];
    const acknowledgedComments: string[] = [];
    let stop = false;
    const writeLoop = async (doc: string, i: number) => {
      let head = 1;
      while (!stop) {
        const text = `${SAMPLE}\nWriter ${i}, save ${head + 1}\n`;
        try {
          const saved = await writer.post<{ revision: { id: string; number: number } }>(`/api/documents/${doc}/revisions`, { baseRevision: head, text });
          if (saved.status !== 201) throw new Error(`save answered ${saved.status}: ${saved.text}`);
          acknowledged.push({ doc, revisionId: saved.body.revision.id, number: saved.body.revision.number, text });
          head = saved.body.revision.number;
          const comment = await writer.post<{ comment: { id: string } }>(`/api/documents/${doc}/comments`, { revision: head, anchor: null, body: `on ${head}` });
          if (comment.status === 201) acknowledgedComments.push(comment.body.comment.id);
        } catch (err) {
          if (stop) return; // the server died mid-request: that save was never acknowledged
          throw err;
        }
      }
    };
    const loops = docs.map((doc, i) => writeLoop(doc, i));
    while (acknowledged.length < 60) await new Promise((r) => setTimeout(r, 20));
    // Writers are still mid-request when the process dies; whatever fails from here on was never acknowledged.
    stop = true;
    server.child.kill("SIGKILL");
    await server.exited;
    await Promise.all(loops);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    server = await spawnServer(db);
    const reader = new Client(server.url);
    await reader.signInWithLink(server.signInUrl!);
    for (const doc of docs) {
      const mine = acknowledged.filter((a) => a.doc === doc);
      const list = await reader.get<{ revisions: { id: string; number: number }[] }>(`/api/documents/${doc}/revisions`);
      expect(list.status).toBe(200);
      const numbers = list.body.revisions.map((r) => r.number).sort((a, b) => a - b);
      // No holes, and at most one save beyond the last acknowledged one (committed, but its reply was cut off).
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      const lastAcknowledged = Math.max(1, ...mine.map((a) => a.number));
      expect(numbers.length - lastAcknowledged).toBeLessThanOrEqual(1);
      const ids = new Set(list.body.revisions.map((r) => r.id));
      for (const a of mine) expect(ids.has(a.revisionId)).toBe(true);
      const last = mine.at(-1);
      if (last) {
        const stored = await reader.get<{ revision: { id: string; text: string } }>(`/api/documents/${doc}/revisions/${last.number}`);
        expect(stored.body.revision).toMatchObject({ id: last.revisionId, text: last.text });
      }
    }
    const allComments = new Set<string>();
    for (const doc of docs) {
      const comments = await reader.get<{ comments: { id: string }[] }>(`/api/documents/${doc}/comments`);
      for (const c of comments.body.comments) allComments.add(c.id);
    }
    expect(acknowledgedComments.filter((id) => !allComments.has(id))).toEqual([]);
    const health = await reader.get("/api/health");
    expect(health.body).toMatchObject({ status: "ok", database: kind });
  });
});
