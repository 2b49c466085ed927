import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

interface DocumentBody {
  document: { id: string; title: string; headRevision: number; stage: string; decision: string | null; readiness: string };
  revision: {
    id: string;
    number: number;
    baseRevision: number | null;
    text: string;
    author: { id: string; name: string };
    critique: { findings: { ruleId: string; category: string; line: number }[]; verdict: { readiness: string; categories: unknown[] } };
    killCriteria: { index: number; text: string }[];
  };
  permissions: Record<string, boolean>;
}

const HOSTILE = `# Launch <script>alert("doc")</script>

<img src=x onerror="alert(1)">

<iframe src="https://evil.example"></iframe>

[click me](javascript:alert(2)) and <a href="javascript:alert(3)">this</a> and <div style="background:url(javascript:alert(4))" onclick="alert(5)">x</div>
`;

describe.each(DATABASE_KINDS)("documents, revisions and decisions on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;
  let alice: Member, bob: Member;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db, { limits: { bodyBytes: 64 * 1024, documentChars: 20_000 } });
    ws = await localWorkspace(server);
    alice = await ws.invite("Alice", "editor");
    bob = await ws.invite("Bob", "editor");
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function create(text = SAMPLE, client: Client = alice.client): Promise<DocumentBody> {
    const reply = await client.post<DocumentBody>(`/api/workspaces/${ws.workspaceId}/documents`, { text });
    expect(reply.status).toBe(201);
    return reply.body;
  }

  it("creates a document whose first revision carries the critique and the kill criteria", async () => {
    const body = await create();
    expect(body.document).toMatchObject({ title: "ShiftSwap Lets Ward Nurses Trade a Shift in Minutes", headRevision: 1, stage: "draft" });
    expect(body.revision).toMatchObject({ number: 1, baseRevision: null, text: SAMPLE, author: { id: alice.id, name: "Alice" } });
    expect(body.revision.critique.verdict.categories).toHaveLength(11);
    expect(body.revision.critique.findings.length).toBeGreaterThan(0);
    expect(body.revision.killCriteria.map((k) => k.text)).toEqual([
      "Fewer than 40% of swap requests go through ShiftSwap after 12 weeks.",
      "The share of unfilled swaps has not fallen below 25% by March.",
    ]);
    const read = await bob.client.get<DocumentBody>(`/api/documents/${body.document.id}`);
    expect(read.status).toBe(200);
    expect(read.body.revision.critique).toEqual(body.revision.critique);
  });

  it("makes every save a new immutable revision, and answers a stale save with 409, the current text and who saved it", async () => {
    const { document } = await create();
    const first = await alice.client.post<DocumentBody>(`/api/documents/${document.id}/revisions`, { baseRevision: 1, text: SAMPLE + "\nAlice's paragraph.\n" });
    expect(first.status).toBe(201);
    expect(first.body.revision).toMatchObject({ number: 2, baseRevision: 1 });
    const stale = await bob.client.post<{ error: { code: string; message: string }; current: { number: number; text: string; author: { name: string } } }>(
      `/api/documents/${document.id}/revisions`,
      { baseRevision: 1, text: SAMPLE + "\nBob's paragraph.\n" },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_revision");
    expect(stale.body.error.message).toMatch(/Revision 2 was saved by Alice/);
    expect(stale.body.current).toMatchObject({ number: 2, text: SAMPLE + "\nAlice's paragraph.\n", author: { name: "Alice" } });
    const again = await alice.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: 2, text: SAMPLE + "\nAlice's paragraph.\n" });
    expect(again.status).toBe(201);
    const list = await bob.client.get<{ revisions: { number: number; author: { name: string } }[] }>(`/api/documents/${document.id}/revisions`);
    expect(list.body.revisions.map((r) => r.number)).toEqual([3, 2, 1]);
    const old = await bob.client.get<{ revision: { text: string } }>(`/api/documents/${document.id}/revisions/1`);
    expect(old.body.revision.text).toBe(SAMPLE);
  });

  it("lets exactly one of many concurrent saves on the same base win; the rest get 409 and the revision count is exact", async () => {
    const { document } = await create();
    const clients = [alice.client, bob.client, ws.owner.client];
    const attempts = Array.from({ length: 12 }, (_, i) => clients[i % 3].post(`/api/documents/${document.id}/revisions`, { baseRevision: 1, text: `${SAMPLE}\nEdit number ${i}.\n` }));
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    const list = await alice.client.get<{ revisions: unknown[] }>(`/api/documents/${document.id}/revisions`);
    expect(list.body.revisions).toHaveLength(2);
    const doc = await alice.client.get<DocumentBody>(`/api/documents/${document.id}`);
    expect(doc.body.document.headRevision).toBe(2);
  });

  it("keeps two racing editors consistent across many rounds", async () => {
    const { document } = await create();
    let acknowledged = 1;
    for (let round = 0; round < 10; round++) {
      const head = acknowledged;
      const [a, b] = await Promise.all([
        alice.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: head, text: `${SAMPLE}\nA${round}\n` }),
        bob.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: head, text: `${SAMPLE}\nB${round}\n` }),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      acknowledged += 1;
    }
    const list = await alice.client.get<{ revisions: { number: number }[] }>(`/api/documents/${document.id}/revisions`);
    expect(list.body.revisions.map((r) => r.number)).toEqual(Array.from({ length: 11 }, (_, i) => 11 - i));
  });

  it("stores hostile Markdown as text and serves only sanitised HTML", async () => {
    const body = await create(HOSTILE);
    expect(body.revision.text).toBe(HOSTILE);
    const html = await bob.client.get<{ html: string }>(`/api/documents/${body.document.id}/revisions/1/html`);
    expect(html.status).toBe(200);
    expect(html.body.html).toContain("<h1>");
    expect(html.body.html).not.toMatch(/<script|<iframe|onerror|onclick|javascript:|style=/i);
    expect(html.headers.get("content-type")).toMatch(/^application\/json/);
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("rejects an oversized body with 413, a too-large document with a clear 413, broken JSON with 400, and non-JSON with 415", async () => {
    const { document } = await create();
    const huge = await alice.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: 1, text: "x".repeat(100 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ error: { code: "too_large" } });
    const tooLong = await alice.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: 1, text: "word ".repeat(5000) });
    expect(tooLong.status).toBe(413);
    expect((tooLong.body as { error: { message: string } }).error.message).toMatch(/The document is too large: 25,000 characters, and the limit is 20,000/);
    const broken = await alice.client.request("POST", `/api/documents/${document.id}/revisions`, '{"baseRevision": 1, "text": "oops"');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: { code: "bad_json" } });
    expect((broken.body as { error: { message: string } }).error.message).toMatch(/^The request body is not valid JSON: /);
    const notObject = await alice.client.request("POST", `/api/documents/${document.id}/revisions`, "[1,2]");
    expect(notObject.status).toBe(400);
    const form = await alice.client.request("POST", `/api/documents/${document.id}/revisions`, "text=hi", { "content-type": "application/x-www-form-urlencoded" });
    expect(form.status).toBe(415);
    const missing = await alice.client.post(`/api/documents/${document.id}/revisions`, { text: "no base" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: "invalid", field: "baseRevision" } });
    const list = await alice.client.get<{ revisions: unknown[] }>(`/api/documents/${document.id}/revisions`);
    expect(list.body.revisions).toHaveLength(1);
  });

  it("exports the latest revision as Markdown", async () => {
    const { document } = await create();
    const res = await fetch(`${server.url}/api/documents/${document.id}/export`, { headers: { cookie: bob.client.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="shiftswap-lets-ward-nurses-trade-a-shift-in-minutes.md"');
    expect(await res.text()).toBe(SAMPLE);
  });

  it("records a kill decision against a revision and its kill criteria, and shows it in the portfolio", async () => {
    const { document } = await create();
    await alice.client.post(`/api/documents/${document.id}/revisions`, { baseRevision: 1, text: SAMPLE + "\nPilot notes.\n" });
    const bad = await alice.client.post(`/api/documents/${document.id}/decisions`, { outcome: "kill", reason: "x", killCriteria: [7] });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { field: "killCriteria" } });
    const noReason = await alice.client.post(`/api/documents/${document.id}/decisions`, { outcome: "kill", reason: "  " });
    expect(noReason.status).toBe(400);
    const decided = await alice.client.post<{ decision: Record<string, unknown>; document: { stage: string; decision: string } }>(`/api/documents/${document.id}/decisions`, {
      outcome: "kill",
      reason: "The pilot moved 12% of swaps through ShiftSwap.",
      revision: 1,
      killCriteria: [0],
      evidence: "Pilot report, week 12",
    });
    expect(decided.status).toBe(201);
    expect(decided.body.document).toMatchObject({ stage: "decided", decision: "kill" });
    expect(decided.body.decision).toMatchObject({
      outcome: "kill",
      revision: 1,
      killCriteria: [{ index: 0, text: "Fewer than 40% of swap requests go through ShiftSwap after 12 weeks." }],
      evidence: "Pilot report, week 12",
      decidedBy: { id: alice.id, name: "Alice" },
    });
    const list = await bob.client.get<{ decisions: unknown[] }>(`/api/documents/${document.id}/decisions`);
    expect(list.body.decisions).toHaveLength(1);

    const portfolio = await bob.client.get<{
      documents: { document: { id: string; stage: string }; categories: unknown[]; openHardQuestions: unknown[]; lastDecision: { outcome: string } | null }[];
      stages: Record<string, number>;
      killRate: { period: string; decisions: number; kills: number; rate: number }[];
    }>(`/api/workspaces/${ws.workspaceId}/portfolio`);
    expect(portfolio.status).toBe(200);
    const entry = portfolio.body.documents.find((d) => d.document.id === document.id)!;
    expect(entry.document.stage).toBe("decided");
    expect(entry.lastDecision?.outcome).toBe("kill");
    expect(entry.categories).toHaveLength(11);
    expect(portfolio.body.stages.decided).toBeGreaterThanOrEqual(1);
    const month = new Date().toISOString().slice(0, 7);
    expect(portfolio.body.killRate).toEqual([{ period: month, decisions: 1, kills: 1, rate: 1 }]);

    await alice.client.post(`/api/documents/${document.id}/decisions`, { outcome: "proceed", reason: "Second pilot met the criteria.", overruleReason: "The open errors are headings, not substance." });
    const after = await bob.client.get<{ killRate: { decisions: number; kills: number; rate: number }[] }>(`/api/workspaces/${ws.workspaceId}/portfolio`);
    expect(after.body.killRate).toEqual([{ period: month, decisions: 2, kills: 1, rate: 0.5 }]);
  });

  it("lists open hard questions from the latest critique in the portfolio", async () => {
    const weak = `# Nimbus AI\n\n## Internal FAQ\n\n**Q: What are the risks?**\nA: TBD.\n\n**Q: What does it cost?**\nA: N/A\n`;
    const { document } = await create(weak);
    const portfolio = await bob.client.get<{ documents: { document: { id: string }; openHardQuestions: { ruleId: string; question: string }[] }[] }>(`/api/workspaces/${ws.workspaceId}/portfolio`);
    const entry = portfolio.body.documents.find((d) => d.document.id === document.id)!;
    expect(entry.openHardQuestions.length).toBeGreaterThan(0);
    expect(entry.openHardQuestions.every((q) => typeof q.question === "string" && q.question.length > 0)).toBe(true);
    // The document's unanswered questions, in its own words, not the rule's generic question.
    const asked = entry.openHardQuestions.map((q) => q.question);
    expect(asked).toContain("What are the risks?");
    expect(asked).toContain("What does it cost?");
  });

  it("moves stages by hand only to draft or in review", async () => {
    const { document } = await create();
    expect((await alice.client.patch(`/api/documents/${document.id}`, { stage: "decided" })).status).toBe(400);
    const moved = await alice.client.patch<{ document: { stage: string } }>(`/api/documents/${document.id}`, { stage: "in-review" });
    expect(moved.body.document.stage).toBe("in-review");
    const filtered = await bob.client.get<{ documents: { id: string }[] }>(`/api/workspaces/${ws.workspaceId}/documents?stage=in-review`);
    expect(filtered.body.documents.map((d) => d.id)).toContain(document.id);
  });
});
