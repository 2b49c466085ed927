import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface Created {
  document: { id: string };
  revision: { number: number };
}

describe.each(DATABASE_KINDS)("membership, roles and private documents on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let editor: Member, otherEditor: Member, reviewer: Member, viewer: Member, outsider: Member;
  let openDoc: string, privateDoc: string, foreignDoc: string;
  let foreignReview: string, foreignComment: string, otherWorkspace: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db);
    ws = await localWorkspace(server);
    editor = await ws.invite("Ed Itor", "editor");
    otherEditor = await ws.invite("Eve", "editor");
    reviewer = await ws.invite("Rita", "reviewer");
    viewer = await ws.invite("Vic", "viewer");

    const created = await ws.owner.client.post<{ id: string }>("/api/workspaces", { name: "Payments" });
    otherWorkspace = created.body.id;
    outsider = await ws.invite("Olga", "owner", otherWorkspace);

    openDoc = (await editor.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE })).body.document.id;
    privateDoc = (await editor.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE.replace("ShiftSwap", "SecretSwap"), visibility: "private" })).body.document.id;
    foreignDoc = (await outsider.client.post<Created>(`/api/workspaces/${otherWorkspace}/documents`, { text: SAMPLE })).body.document.id;
    const olgaReviewer = await ws.invite("Pat", "reviewer", otherWorkspace);
    foreignReview = (await outsider.client.post<{ review: { id: string } }>(`/api/documents/${foreignDoc}/reviews`, { reviewers: [olgaReviewer.id] })).body.review.id;
    foreignComment = (await outsider.client.post<{ comment: { id: string } }>(`/api/documents/${foreignDoc}/comments`, { revision: 1, anchor: null, body: "ours" })).body.comment.id;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("hides another workspace's documents, reviews and comments behind 404, for reads and writes", async () => {
    const c = editor.client;
    const attempts = [
      await c.get(`/api/workspaces/${otherWorkspace}`),
      await c.get(`/api/workspaces/${otherWorkspace}/documents`),
      await c.get(`/api/workspaces/${otherWorkspace}/portfolio`),
      await c.get(`/api/workspaces/${otherWorkspace}/members`),
      await c.post(`/api/workspaces/${otherWorkspace}/documents`, { text: "# Planted" }),
      await c.get(`/api/documents/${foreignDoc}`),
      await c.get(`/api/documents/${foreignDoc}/revisions/1`),
      await c.get(`/api/documents/${foreignDoc}/revisions/1/html`),
      await c.get(`/api/documents/${foreignDoc}/export`),
      await c.get(`/api/documents/${foreignDoc}/comments`),
      await c.get(`/api/documents/${foreignDoc}/events`),
      await c.post(`/api/documents/${foreignDoc}/revisions`, { baseRevision: 1, text: "# Overwritten" }),
      await c.post(`/api/documents/${foreignDoc}/comments`, { revision: 1, body: "hi" }),
      await c.post(`/api/documents/${foreignDoc}/decisions`, { outcome: "kill", reason: "because" }),
      await c.patch(`/api/documents/${foreignDoc}`, { stage: "draft" }),
      await c.get(`/api/reviews/${foreignReview}`),
      await c.post(`/api/reviews/${foreignReview}/read`),
      await c.post(`/api/comments/${foreignComment}/replies`, { body: "hi" }),
      await c.post(`/api/comments/${foreignComment}/resolve`, { resolved: true }),
    ];
    expect(attempts.map((a) => a.status)).toEqual(attempts.map(() => 404));
    const revisions = await outsider.client.get<{ revisions: unknown[] }>(`/api/documents/${foreignDoc}/revisions`);
    expect(revisions.body.revisions).toHaveLength(1);
  });

  it("hides a private document from everyone but its authors and invited reviewers, workspace owners included", async () => {
    for (const member of [otherEditor, viewer, ws.owner]) {
      const c = member.client;
      const statuses = [
        (await c.get(`/api/documents/${privateDoc}`)).status,
        (await c.get(`/api/documents/${privateDoc}/revisions`)).status,
        (await c.get(`/api/documents/${privateDoc}/comments`)).status,
        (await c.post(`/api/documents/${privateDoc}/revisions`, { baseRevision: 1, text: "# Mine now" })).status,
        (await c.post(`/api/documents/${privateDoc}/comments`, { revision: 1, body: "peek" })).status,
        (await c.patch(`/api/documents/${privateDoc}`, { visibility: "workspace" })).status,
      ];
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
      const list = await c.get<{ documents: { id: string }[] }>(`/api/workspaces/${ws.workspaceId}/documents`);
      expect(list.body.documents.map((d) => d.id)).not.toContain(privateDoc);
      const portfolio = await c.get<{ documents: { document: { id: string } }[] }>(`/api/workspaces/${ws.workspaceId}/portfolio`);
      expect(portfolio.body.documents.map((d) => d.document.id)).not.toContain(privateDoc);
    }
    expect((await editor.client.get(`/api/documents/${privateDoc}`)).status).toBe(200);
  });

  it("lets an invited reviewer read and comment on a private document, but not edit it", async () => {
    expect((await reviewer.client.get(`/api/documents/${privateDoc}`)).status).toBe(404);
    const review = await editor.client.post(`/api/documents/${privateDoc}/reviews`, { reviewers: [reviewer.id] });
    expect(review.status).toBe(201);
    const read = await reviewer.client.get<{ permissions: Record<string, boolean> }>(`/api/documents/${privateDoc}`);
    expect(read.status).toBe(200);
    expect(read.body.permissions).toMatchObject({ edit: false, comment: true, decide: false });
    expect((await reviewer.client.post(`/api/documents/${privateDoc}/comments`, { revision: 1, body: "Which ward?" })).status).toBe(201);
    expect((await reviewer.client.post(`/api/documents/${privateDoc}/revisions`, { baseRevision: 1, text: "# Edited" })).status).toBe(403);
    expect((await otherEditor.client.get(`/api/documents/${privateDoc}`)).status).toBe(404);
  });

  it("lets only authors make a private document public", async () => {
    const doc = (await editor.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text: "# Draft idea", visibility: "private" })).body.document.id;
    expect((await editor.client.patch(`/api/documents/${doc}`, { visibility: "workspace" })).status).toBe(200);
    expect((await viewer.client.get(`/api/documents/${doc}`)).status).toBe(200);
  });

  it("enforces roles: viewers read, reviewers comment, editors write and decide, owners manage", async () => {
    const v = viewer.client;
    expect((await v.get(`/api/documents/${openDoc}`)).status).toBe(200);
    expect((await v.get(`/api/workspaces/${ws.workspaceId}/members`)).status).toBe(200);
    const viewerWrites = [
      await v.post(`/api/workspaces/${ws.workspaceId}/documents`, { text: "# Mine" }),
      await v.post(`/api/documents/${openDoc}/revisions`, { baseRevision: 1, text: "# Mine" }),
      await v.post(`/api/documents/${openDoc}/comments`, { revision: 1, body: "hello" }),
      await v.post(`/api/documents/${openDoc}/decisions`, { outcome: "kill", reason: "no" }),
      await v.post(`/api/documents/${openDoc}/reviews`, { reviewers: [reviewer.id] }),
      await v.patch(`/api/documents/${openDoc}`, { stage: "in-review" }),
      await v.post(`/api/workspaces/${ws.workspaceId}/members`, { email: "x@example.com", role: "owner" }),
      await v.get(`/api/workspaces/${ws.workspaceId}/audit`),
    ];
    expect(viewerWrites.map((r) => r.status)).toEqual(viewerWrites.map(() => 403));
    expect(viewerWrites[0].body).toMatchObject({ error: { code: "forbidden" } });

    const r = reviewer.client;
    expect((await r.post(`/api/documents/${openDoc}/comments`, { revision: 1, body: "Who is the customer?" })).status).toBe(201);
    expect((await r.post(`/api/documents/${openDoc}/revisions`, { baseRevision: 1, text: "# Mine" })).status).toBe(403);
    expect((await r.post(`/api/documents/${openDoc}/decisions`, { outcome: "kill", reason: "no" })).status).toBe(403);

    const e = otherEditor.client;
    expect((await e.post(`/api/documents/${openDoc}/revisions`, { baseRevision: 1, text: SAMPLE + "\nMore." })).status).toBe(201);
    expect((await e.patch(`/api/workspaces/${ws.workspaceId}/members/${viewer.id}`, { role: "owner" })).status).toBe(403);
    expect((await e.get(`/api/workspaces/${ws.workspaceId}/audit`)).status).toBe(403);

    const o = ws.owner.client;
    expect((await o.patch(`/api/workspaces/${ws.workspaceId}/members/${viewer.id}`, { role: "reviewer" })).status).toBe(200);
    expect((await v.post(`/api/documents/${openDoc}/comments`, { revision: 1, body: "now I can" })).status).toBe(201);
    expect((await o.get(`/api/workspaces/${ws.workspaceId}/audit`)).status).toBe(200);
  });

  it("keeps at least one owner", async () => {
    const o = ws.owner.client;
    const demote = await o.patch(`/api/workspaces/${ws.workspaceId}/members/${ws.owner.id}`, { role: "editor" });
    expect(demote.status).toBe(409);
    expect((await o.delete(`/api/workspaces/${ws.workspaceId}/members/${ws.owner.id}`)).status).toBe(409);
  });

  it("keeps an owner when two owners demote each other at the same moment", async () => {
    const other = await ws.invite("Owen", "owner");
    const members = `/api/workspaces/${ws.workspaceId}/members`;
    const owners = async () => (await ws.owner.client.get<{ members: { user: { id: string }; role: string }[] }>(members)).body.members.filter((m) => m.role === "owner").map((m) => m.user.id);
    for (let round = 0; round < 4; round++) {
      const replies = await Promise.all([ws.owner.client.patch(`${members}/${other.id}`, { role: "editor" }), other.client.patch(`${members}/${ws.owner.id}`, { role: "editor" })]);
      // The loser is refused either as no longer an owner (403) or as the last one (409).
      const statuses = replies.map((r) => r.status).sort();
      expect(statuses[0]).toBe(200);
      expect([403, 409]).toContain(statuses[1]);
      const remaining = await owners();
      expect(remaining).toHaveLength(1);
      // The one still owner makes the other owner again for the next round.
      const survivor = remaining[0] === ws.owner.id ? ws.owner : other;
      const demoted = survivor === ws.owner ? other : ws.owner;
      expect((await survivor.client.patch(`${members}/${demoted.id}`, { role: "owner" })).status).toBe(200);
    }
    expect((await ws.owner.client.patch(`${members}/${other.id}`, { role: "editor" })).status).toBe(200);
  });

  it("stops serving a member who was removed", async () => {
    const temp = await ws.invite("Temp", "editor");
    expect((await temp.client.get(`/api/documents/${openDoc}`)).status).toBe(200);
    expect((await ws.owner.client.delete(`/api/workspaces/${ws.workspaceId}/members/${temp.id}`)).status).toBe(204);
    expect((await temp.client.get(`/api/documents/${openDoc}`)).status).toBe(404);
    expect((await temp.client.post(`/api/documents/${openDoc}/revisions`, { baseRevision: 2, text: "# x" })).status).toBe(404);
  });

  it("answers 404 for ids that don't exist", async () => {
    const c = ws.owner.client;
    const statuses = [
      (await c.get("/api/documents/doc_doesnotexist")).status,
      (await c.get(`/api/documents/${openDoc}/revisions/999`)).status,
      (await c.get(`/api/documents/${openDoc}/revisions/abc`)).status,
      (await c.get("/api/reviews/rvw_nope")).status,
      (await c.post("/api/comments/cmt_nope/replies", { body: "x" })).status,
      (await c.get("/api/workspaces/ws_nope/documents")).status,
      (await c.get("/api/no-such-route")).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404]);
  });
});
