import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, openEventStream, SAMPLE, spawnServer, startOn, type Member, type ServerProcess, type TestDatabase, type Workspace } from "./helpers";

/**
 * Two server processes on one database (one in this process, one started as
 * `prfaq serve` in a child process): every session and every live event must
 * reach the instance that didn't produce it. On PostgreSQL that is
 * LISTEN/NOTIFY; on SQLite, polling the events table.
 */
describe.each(DATABASE_KINDS)("two server instances on one %s database", (kind) => {
  let db: TestDatabase;
  let first: RunningServer;
  let second: ServerProcess;
  let ws: Workspace;
  let editor: Member;
  let outsider: Member;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    first = await startOn(db);
    second = await spawnServer(db);
    ws = await localWorkspace(first);
    editor = await ws.invite("Ed", "editor");
    outsider = await ws.invite("Otto", "editor");
  });
  afterAll(async () => {
    await first?.close();
    second?.child.kill("SIGTERM");
    await second?.exited;
    await db?.drop();
  });

  /** The same signed-in browser, talking to the other instance. */
  function onSecond(member: Member): Client {
    const client = new Client(second.url);
    client.cookie = member.client.cookie;
    client.csrfToken = member.client.csrfToken;
    return client;
  }

  it("shares sessions: a cookie from one instance works on the other, and signing out on one ends it on both", async () => {
    const temp = await ws.invite("Temp", "viewer");
    const there = onSecond(temp);
    expect((await there.get("/api/session")).status).toBe(200);
    expect((await there.delete("/api/session")).status).toBe(204);
    expect((await temp.client.get("/api/session")).status).toBe(401);
  });

  it("delivers revisions, comments and decisions saved on one instance to live streams on the other", async () => {
    const created = await editor.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
    const doc = created.body.document.id;
    const docStream = await openEventStream(`${second.url}/api/documents/${doc}/events`, editor.client.cookie);
    const wsStream = await openEventStream(`${second.url}/api/workspaces/${ws.workspaceId}/events`, outsider.client.cookie);
    try {
      expect(docStream.status).toBe(200);
      expect(docStream.headers.get("content-type")).toMatch(/^text\/event-stream/);
      await new Promise((r) => setTimeout(r, 300));

      const saved = await editor.client.post<{ revision: { id: string } }>(`/api/documents/${doc}/revisions`, { baseRevision: 1, text: SAMPLE + "\nv2\n" });
      const revision = await docStream.next((e) => e.event === "revision" && e.data.revision === 2);
      expect(revision.data).toMatchObject({ type: "revision", documentId: doc, revision: 2, revisionId: saved.body.revision.id, workspaceId: ws.workspaceId, actor: { id: editor.id, name: "Ed" } });
      expect(Number(revision.id)).toBe(revision.data.id);

      const comment = await editor.client.post<{ comment: { id: string } }>(`/api/documents/${doc}/comments`, { revision: 2, anchor: null, body: "note" });
      expect((await docStream.next((e) => e.event === "comment")).data).toMatchObject({ commentId: comment.body.comment.id, documentId: doc });

      await editor.client.post(`/api/documents/${doc}/decisions`, { outcome: "revise", reason: "Needs a named customer." });
      expect((await docStream.next((e) => e.event === "decision")).data).toMatchObject({ outcome: "revise", documentId: doc });
      expect((await wsStream.next((e) => e.event === "decision" && e.data.documentId === doc)).data.outcome).toBe("revise");
    } finally {
      docStream.close();
      wsStream.close();
    }
  });

  it("never streams events of a private document to someone who can't see it", async () => {
    const wsStream = await openEventStream(`${second.url}/api/workspaces/${ws.workspaceId}/events`, outsider.client.cookie);
    try {
      await new Promise((r) => setTimeout(r, 300));
      const secret = await editor.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: "# Secret", visibility: "private" });
      await editor.client.post(`/api/documents/${secret.body.document.id}/revisions`, { baseRevision: 1, text: "# Secret v2" });
      const open = await editor.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: "# Public" });
      await wsStream.next((e) => e.data.documentId === open.body.document.id);
      expect(wsStream.received.some((e) => e.data.documentId === secret.body.document.id)).toBe(false);
      expect((await openEventStream(`${second.url}/api/documents/${secret.body.document.id}/events`, outsider.client.cookie)).status).toBe(404);
    } finally {
      wsStream.close();
    }
  });

  it("replays missed events after Last-Event-ID", async () => {
    const created = await editor.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
    const doc = created.body.document.id;
    const live = await openEventStream(`${first.url}/api/documents/${doc}/events`, editor.client.cookie);
    await new Promise((r) => setTimeout(r, 300));
    await editor.client.post(`/api/documents/${doc}/revisions`, { baseRevision: 1, text: SAMPLE + "\nA\n" });
    const seen = await live.next((e) => e.event === "revision" && e.data.revision === 2);
    live.close();
    await editor.client.post(`/api/documents/${doc}/revisions`, { baseRevision: 2, text: SAMPLE + "\nB\n" });
    await editor.client.post(`/api/documents/${doc}/revisions`, { baseRevision: 3, text: SAMPLE + "\nC\n" });
    const resumed = await openEventStream(`${second.url}/api/documents/${doc}/events`, editor.client.cookie, { "last-event-id": seen.id! });
    try {
      await resumed.next((e) => e.event === "revision" && e.data.revision === 4);
      expect(resumed.received.filter((e) => e.event === "revision").map((e) => e.data.revision)).toEqual([3, 4]);
    } finally {
      resumed.close();
    }
  });

  it("ends its open live streams when an instance shuts down, so browsers reconnect to another", async () => {
    const third = await startOn(db);
    const res = await fetch(`${third.url}/api/workspaces/${ws.workspaceId}/events`, { headers: { cookie: editor.client.cookie! } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const closing = third.close();
    let done = false;
    while (!done) done = (await reader.read().catch(() => ({ done: true }))).done;
    await closing;
    expect((await new Client(second.url).get("/api/health")).status).toBe(200);
  });

  it("needs a session for live events", async () => {
    const anonymous = await openEventStream(`${second.url}/api/workspaces/${ws.workspaceId}/events`, null);
    expect(anonymous.status).toBe(401);
  });
});
