import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface UserRef {
  id: string;
  name: string;
}

interface ReadBody {
  document: { id: string; headRevision: number; authors: UserRef[]; createdBy: UserRef; readiness: string; title: string };
  revision: { id: string; number: number; text: string; author: UserRef; critique: { findings: { ruleId: string }[]; verdict: { readiness: string } }; killCriteria: { index: number; text: string }[] };
  permissions: Record<string, boolean>;
}

// A document read is answered from one query joining the head revision and the authors onto the access check; these pin down what that query must return.
describe.each(DATABASE_KINDS)("reading a document on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let zoe: Member, adam: Member, viewer: Member;
  let documentId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db, { seedExamples: false });
    ws = await localWorkspace(server);
    zoe = await ws.invite("Zoe Quinn", "editor");
    adam = await ws.invite("Adam Bell", "editor");
    viewer = await ws.invite("Vic Viewer", "viewer");
    const created = await zoe.client.post<ReadBody>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
    expect(created.status).toBe(201);
    documentId = created.body.document.id;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("names the authors in order, the creator once no longer an author, and the author of the head revision", async () => {
    expect((await zoe.client.put(`/api/documents/${documentId}/authors`, { userIds: [adam.id, ws.owner.id] })).status).toBe(200);
    const saved = await adam.client.post(`/api/documents/${documentId}/revisions`, { baseRevision: 1, text: `${SAMPLE}\nOne more line.\n` });
    expect(saved.status).toBe(201);
    const read = await viewer.client.get<ReadBody>(`/api/documents/${documentId}`);
    expect(read.status).toBe(200);
    const ownerName = ws.owner.name;
    expect(read.body.document.authors.map((a) => a.name)).toEqual(["Adam Bell", ownerName].sort());
    expect(read.body.document.createdBy).toEqual({ id: zoe.id, name: "Zoe Quinn" });
    expect(read.body.document.headRevision).toBe(2);
    expect(read.body.revision).toMatchObject({ number: 2, author: { id: adam.id, name: "Adam Bell" }, text: `${SAMPLE}\nOne more line.\n` });
    // The save's own read waits for its critique, so the head is critiqued, never the placeholder.
    expect(read.body.revision.critique.findings.some((f) => f.ruleId === "critique-pending")).toBe(false);
    expect(read.body.revision.killCriteria.map((k) => k.index)).toEqual([0, 1]);
    expect(read.body.permissions).toEqual({ edit: false, comment: false, review: false, decide: false, manage: false });
  });

  it("answers with the same document as the workspace's list and the same revision as its own route", async () => {
    const read = await zoe.client.get<ReadBody>(`/api/documents/${documentId}`);
    const list = await zoe.client.get<{ documents: ReadBody["document"][] }>(`/api/workspaces/${ws.workspaceId}/documents`);
    expect(list.body.documents.find((d) => d.id === documentId)).toEqual(read.body.document);
    const revision = await zoe.client.get<{ revision: ReadBody["revision"] }>(`/api/documents/${documentId}/revisions/${read.body.document.headRevision}`);
    expect(revision.body.revision).toEqual(read.body.revision);
  });

  it("hides a private document from a member who neither writes nor reviews it, as if it did not exist", async () => {
    const created = await zoe.client.post<ReadBody>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE, visibility: "private" });
    expect(created.status).toBe(201);
    const id = created.body.document.id;
    expect((await zoe.client.get(`/api/documents/${id}`)).status).toBe(200);
    expect((await adam.client.get(`/api/documents/${id}`)).status).toBe(404);
    expect((await adam.client.get(`/api/documents/doc_does_not_exist`)).status).toBe(404);
  });
});
