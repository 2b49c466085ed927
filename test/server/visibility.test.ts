import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, openEventStream, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface Created {
  document: { id: string };
}
interface AuditPage {
  entries: { action: string; actor: { id: string } | null; target: { type: string; id: string } | null; detail: Record<string, unknown> }[];
}

describe.each(DATABASE_KINDS)("the documented rules, enforced, on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let author: Member, reviewerA: Member, reviewerB: Member;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db);
    ws = await localWorkspace(server);
    author = await ws.invite("Ada", "editor");
    reviewerA = await ws.invite("Rui", "reviewer");
    reviewerB = await ws.invite("Rhea", "reviewer");
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("takes permissions from the current role: an author demoted to viewer can no longer hide a team document or change its authors", async () => {
    const doc = (await author.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE })).body.document.id;
    expect((await ws.owner.client.patch(`/api/workspaces/${ws.workspaceId}/members/${author.id}`, { role: "viewer" })).status).toBe(200);
    const permissions = (await author.client.get<{ permissions: Record<string, boolean> }>(`/api/documents/${doc}`)).body.permissions;
    expect(permissions).toMatchObject({ edit: false, manage: false, decide: false });
    expect((await author.client.patch(`/api/documents/${doc}`, { visibility: "private" })).status).toBe(403);
    expect((await author.client.put(`/api/documents/${doc}/authors`, { userIds: [ws.owner.id] })).status).toBe(403);
    expect((await ws.owner.client.get(`/api/documents/${doc}`)).status).toBe(200);
    expect((await ws.owner.client.patch(`/api/workspaces/${ws.workspaceId}/members/${author.id}`, { role: "editor" })).status).toBe(200);
    expect((await author.client.get<{ permissions: Record<string, boolean> }>(`/api/documents/${doc}`)).body.permissions.manage).toBe(true);
  });

  it("leaves private documents, their titles included, out of the audit log of owners who can't see them", async () => {
    const text = SAMPLE.replace("ShiftSwap Lets Ward Nurses", "Project Nightjar Lets Ward Nurses");
    const secret = (await author.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text, visibility: "private" })).body.document.id;
    await author.client.post(`/api/documents/${secret}/revisions`, { baseRevision: 1, text: `${text}\nMore.\n` });
    const log = await ws.owner.client.get<AuditPage>(`/api/workspaces/${ws.workspaceId}/audit?limit=1000`);
    expect(log.status).toBe(200);
    expect(JSON.stringify(log.body)).not.toContain("Nightjar");
    expect(JSON.stringify(log.body)).not.toContain(secret);
    // Entries the owner may see are still there.
    expect(log.body.entries.some((e) => e.action === "member.update")).toBe(true);
  });

  it("hides who commented, and their verdicts, from the audit log and live events while silent reading hides them", async () => {
    const doc = (await author.client.post<Created>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE })).body.document.id;
    const review = (await author.client.post<{ review: { id: string } }>(`/api/documents/${doc}/reviews`, { reviewers: [reviewerA.id, reviewerB.id, ws.owner.id] })).body.review.id;
    const ownerStream = await openEventStream(`${server.url}/api/workspaces/${ws.workspaceId}/events`, ws.owner.client.cookie);
    const docStream = await openEventStream(`${server.url}/api/documents/${doc}/events`, reviewerB.client.cookie);
    try {
      const comment = await reviewerA.client.post<{ comment: { id: string } }>(`/api/documents/${doc}/comments`, { body: "The problem has no number." });
      expect(comment.status).toBe(201);
      expect((await reviewerA.client.put(`/api/reviews/${review}/verdict`, { verdict: "revise", note: "needs numbers" })).status).toBeLessThan(300);
      // A later event both may see: once it has arrived, the earlier ones would have too.
      await author.client.patch(`/api/documents/${doc}`, { stage: "in-review" });
      await ownerStream.next((e) => e.event === "document" && e.data.documentId === doc);
      await docStream.next((e) => e.event === "document");
      for (const stream of [ownerStream, docStream]) {
        expect(stream.received.filter((e) => e.event === "comment" || e.event === "verdict")).toEqual([]);
      }
      const hidden = await ws.owner.client.get<AuditPage>(`/api/workspaces/${ws.workspaceId}/audit?limit=1000`);
      const about = (entries: AuditPage["entries"]) =>
        entries.filter((e) => (e.action === "review.verdict" && e.target?.id === review) || (e.action === "comment.create" && e.target?.id === comment.body.comment.id));
      expect(about(hidden.body.entries)).toEqual([]);

      // Once the owner has read the document, the same entries show.
      expect((await ws.owner.client.post(`/api/reviews/${review}/read`)).status).toBeLessThan(300);
      const shown = await ws.owner.client.get<AuditPage>(`/api/workspaces/${ws.workspaceId}/audit?limit=1000`);
      expect(about(shown.body.entries).map((e) => e.action).sort()).toEqual(["comment.create", "review.verdict"]);
    } finally {
      ownerStream.close();
      docStream.close();
    }
  });
});
