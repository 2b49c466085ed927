/**
 * Proceeding over a reviewer's Revise or Kill, or over errors the critic
 * still finds, is a choice the record must show: the API asks for the
 * reason, keeps what was overruled, and shows both in the decision list and
 * the portfolio.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { draft } from "../e2e/fixtures";
import { createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface Overruled {
  verdicts: { user: { id: string; name: string }; verdict: string; note: string | null }[];
  openErrors: number;
  reason?: string;
}

describe.each(DATABASE_KINDS)("deciding against the room on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let author: Member, sam: Member, lena: Member;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db);
    ws = await localWorkspace(server);
    author = await ws.invite("Author", "editor");
    sam = await ws.invite("Sam", "reviewer");
    lena = await ws.invite("Lena", "reviewer");
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function documentWith(text: string): Promise<string> {
    const created = await author.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text });
    expect(created.status).toBe(201);
    return created.body.document.id;
  }

  it("asks why before proceeding over a Revise verdict, then records the reason with what it overruled", async () => {
    const doc = await documentWith(draft);
    const review = await author.client.post<{ review: { id: string } }>(`/api/documents/${doc}/reviews`, { reviewers: [sam.id, lena.id] });
    await sam.client.put(`/api/reviews/${review.body.review.id}/verdict`, { verdict: "revise", note: "The problem needs its denominator." });
    await lena.client.put(`/api/reviews/${review.body.review.id}/verdict`, { verdict: "proceed" });

    const refused = await author.client.post<{ error: { field: string; message: string }; overruled: Overruled }>(`/api/documents/${doc}/decisions`, {
      outcome: "proceed",
      reason: "The pilot numbers are good.",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.field).toBe("overruleReason");
    expect(refused.body.error.message).toContain("Sam's Revise verdict");
    expect(refused.body.overruled).toMatchObject({ verdicts: [{ user: { name: "Sam" }, verdict: "revise", note: "The problem needs its denominator." }], openErrors: 0 });
    // Nothing was recorded by the refused request.
    expect((await author.client.get<{ decisions: unknown[] }>(`/api/documents/${doc}/decisions`)).body.decisions).toEqual([]);

    const decided = await author.client.post<{ decision: { overruled: Overruled | null } }>(`/api/documents/${doc}/decisions`, {
      outcome: "proceed",
      reason: "The pilot numbers are good.",
      overruleReason: "The denominator is in the appendix; the board meets Friday.",
    });
    expect(decided.status).toBe(201);
    expect(decided.body.decision.overruled).toMatchObject({ verdicts: [{ user: { name: "Sam" }, verdict: "revise" }], openErrors: 0, reason: "The denominator is in the appendix; the board meets Friday." });

    const portfolio = await sam.client.get<{ documents: { document: { id: string }; lastDecision: { overruled: Overruled | null } | null }[] }>(`/api/workspaces/${ws.workspaceId}/portfolio`);
    const entry = portfolio.body.documents.find((d) => d.document.id === doc)!;
    expect(entry.lastDecision?.overruled?.reason).toBe("The denominator is in the appendix; the board meets Friday.");
  });

  it("asks why before proceeding over errors the critic still finds", async () => {
    const doc = await documentWith(SAMPLE);
    const refused = await author.client.post<{ overruled: Overruled }>(`/api/documents/${doc}/decisions`, { outcome: "proceed", reason: "Go.", overruleReason: "   " });
    expect(refused.status).toBe(400);
    expect(refused.body.overruled.openErrors).toBeGreaterThan(0);
    expect(refused.body.overruled.verdicts).toEqual([]);
  });

  it("records an unopposed proceed, and revise or kill over errors, without asking", async () => {
    const clean = await documentWith(draft);
    const unopposed = await author.client.post<{ decision: { overruled: unknown } }>(`/api/documents/${clean}/decisions`, { outcome: "proceed", reason: "Everyone agrees." });
    expect(unopposed.status).toBe(201);
    expect(unopposed.body.decision.overruled).toBeNull();
    const flawed = await documentWith(SAMPLE);
    const revised = await author.client.post<{ decision: { overruled: unknown } }>(`/api/documents/${flawed}/decisions`, { outcome: "revise", reason: "Fill the gaps." });
    expect(revised.status).toBe(201);
    expect(revised.body.decision.overruled).toBeNull();
  });
});
