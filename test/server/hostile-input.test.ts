/**
 * Documents and requests written to take the server down or hold it, each
 * from an attack on a running workspace (issue 16), replayed over HTTP on
 * both databases. What must hold: the server keeps answering /api/health
 * promptly while the critic works, every save that gets a 201 is stored as
 * sent, and bad text is refused with a 400 that says why.
 */
import { request as httpRequest, Agent } from "node:http";
import Database from "better-sqlite3";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningServer } from "../../src/server";
import { expectPrompt, healthLatenciesWhile } from "./latency";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, spawnServer, startOn, type ServerProcess, type TestDatabase, type Workspace } from "./helpers";

const BUDGET_MS = 4000;

interface Revision {
  number: number;
  text: string;
  critique: { findings: { ruleId: string; message: string }[] };
}

describe.each(DATABASE_KINDS)("hostile input on %s", (kind) => {
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

  async function newDocument(text = SAMPLE): Promise<string> {
    const created = await ws.owner.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text });
    expect(created.status).toBe(201);
    return created.body.document.id;
  }

  const slowDocuments: [string, string][] = [
    ["an acronym after 4,000 repeated words", "# Plan\n\n" + "We ".repeat(4000) + "\n\nThe QBR is fine.\n"],
    ["78 KB of unclosed emphasis", "**a".repeat(26_000)],
    ["100 KB of nested list markers", "1. ".repeat(33_000)],
  ];

  it("answers another person's save while one document holds the critic", async () => {
    const mine = await newDocument();
    const colleague = await ws.invite("Colleague", "editor");
    const theirs = (await colleague.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE })).body.document.id;
    const slow = ws.owner.client.post(`/api/documents/${mine}/revisions`, { baseRevision: 1, text: slowDocuments[0][1] });
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const quick = await colleague.client.post<{ revision: Revision }>(`/api/documents/${theirs}/revisions`, { baseRevision: 1, text: SAMPLE + "\nTwo more lines.\n" });
    const took = performance.now() - started;
    expect(quick.status).toBe(201);
    // Its own critique, not the other one's: it went to a free worker.
    expect(quick.body.revision.critique.findings.some((f) => f.ruleId === "critique-unavailable")).toBe(false);
    expect(took).toBeLessThan(BUDGET_MS / 2);
    expect((await slow).status).toBe(201);
    // Saves are acknowledged before their critique; reading the slow one waits for it, so it holds no worker into the next test.
    await ws.owner.client.get(`/api/documents/${mine}/revisions/2`);
  });

  it.each(slowDocuments)("saves %s while /api/health stays prompt, and stores it as sent", async (_name, text) => {
    const doc = await newDocument();
    const started = performance.now();
    const saving = ws.owner.client.post<{ revision: Revision }>(`/api/documents/${doc}/revisions`, { baseRevision: 1, text });
    // The critique follows the save; a read of the revision waits for it, so health is watched until the critic is done.
    const critiqued = saving.then(() => ws.owner.client.get(`/api/documents/${doc}/revisions/2`));
    const latencies = await healthLatenciesWhile(ws.owner.client, critiqued);
    const saved = await saving;
    const took = performance.now() - started;
    expect(saved.status).toBe(201);
    expectPrompt(latencies, "/api/health during the save");
    // Killed at the budget, with time to spare for the database and a loaded machine; before, these took 16 s to minutes.
    expect(took).toBeLessThan(BUDGET_MS + 3000);
    const stored = await ws.owner.client.get<{ revision: Revision }>(`/api/documents/${doc}/revisions/2`);
    expect(stored.body.revision.text).toBe(text);
  });

  it("survives a front matter that exhausts the YAML parser, save after save", async () => {
    const doc = await newDocument();
    for (const [i, opener] of ["[", "{", "[", "{"].entries()) {
      const text = `---\na: ${opener.repeat(17_000)}\n---\n# Save ${i}\n`;
      const saved = await ws.owner.client.post<{ revision: Revision }>(`/api/documents/${doc}/revisions`, { baseRevision: i + 1, text });
      expect(saved.status).toBe(201);
      expect(saved.body.revision.text).toBe(text);
    }
    expect((await ws.owner.client.get("/api/health")).status).toBe(200);
  });

  it("takes a 20 KB comment of nested list markers without holding the server", async () => {
    const doc = await newDocument();
    const body = "1. ".repeat(6666);
    const posting = ws.owner.client.post<{ comment: { id: string; body: string; bodyHtml: string } }>(`/api/documents/${doc}/comments`, { revision: 1, anchor: null, body });
    const latencies = await healthLatenciesWhile(ws.owner.client, posting);
    const posted = await posting;
    expect(posted.status).toBe(201);
    expect(posted.body.comment.body).toBe(body);
    expect(posted.body.comment.bodyHtml).toContain("1.");
    expectPrompt(latencies, "/api/health while the comment was rendered");
  });

  it("lists 100 one-letter comments on a 200,000-character document without holding the server", async () => {
    const original = "ab".repeat(100_000);
    const doc = await newDocument(original);
    for (let i = 0; i < 100; i++) {
      const start = i * 1_998;
      const added = await ws.owner.client.post(`/api/documents/${doc}/comments`, { revision: 1, anchor: { start, end: start + 1 }, body: `on ${i}` });
      expect(added.status).toBe(201);
    }
    // Every "a" stays, with new neighbours: the quote occurs 100,000 times and its surroundings nowhere.
    const saved = await ws.owner.client.post(`/api/documents/${doc}/revisions`, { baseRevision: 1, text: original.replaceAll("b", "c") });
    expect(saved.status).toBe(201);
    // A save is acknowledged before its critique; reading the revision waits for it, so the timing below is the re-anchoring alone.
    await ws.owner.client.get(`/api/documents/${doc}/revisions/2`);
    // The same comments listed on the revision they were written on need no re-anchoring: the yardstick.
    let started = performance.now();
    const inPlace = await ws.owner.client.get<{ comments: unknown[] }>(`/api/documents/${doc}/comments?revision=1`);
    const inPlaceMs = performance.now() - started;
    expect(inPlace.body.comments).toHaveLength(100);
    started = performance.now();
    const listing = ws.owner.client.get<{ comments: { status: string }[] }>(`/api/documents/${doc}/comments?revision=2`);
    const latencies = await healthLatenciesWhile(ws.owner.client, listing, 5);
    const listed = await listing;
    const reanchoredMs = performance.now() - started;
    expect(listed.status).toBe(200);
    expect(listed.body.comments).toHaveLength(100);
    expect(listed.body.comments.every((c) => c.status === "anchored")).toBe(true);
    // Scanning every occurrence for every comment made this listing take seconds, dozens of times the yardstick.
    expect(reanchoredMs).toBeLessThan(inPlaceMs * 4 + 100);
    expectPrompt(latencies, "/api/health while the comments were listed");
  });

  describe("text that can't be stored", () => {
    const NUL = "\u0000";
    const LONE = "\uD800";

    it.each([
      ["a NUL", NUL, "NUL"],
      ["a lone surrogate", LONE, "surrogate"],
    ])("refuses %s in a document, a comment, a member's name and the sign-in e-mail with a 400 naming the field", async (_name, bad, said) => {
      const doc = await newDocument();
      const attempts = [
        { path: `/api/workspaces/${ws.workspaceId}/documents`, body: { text: `# Title\n\nA line ${bad} here.\n` }, field: "text" },
        { path: `/api/documents/${doc}/revisions`, body: { baseRevision: 1, text: `${SAMPLE}${bad}` }, field: "text" },
        { path: `/api/documents/${doc}/comments`, body: { revision: 1, anchor: null, body: `A ${bad} comment` }, field: "body" },
        { path: `/api/workspaces/${ws.workspaceId}/members`, body: { email: `new${Date.now()}@example.com`, name: `Ne${bad}w`, role: "viewer" }, field: "name" },
      ];
      for (const attempt of attempts) {
        const reply = await ws.owner.client.post<{ error: { code: string; message: string; field: string } }>(attempt.path, attempt.body);
        expect(reply.status, attempt.path).toBe(400);
        expect(reply.body.error.field).toBe(attempt.field);
        expect(reply.body.error.message).toContain(said);
      }
      const stranger = new Client(server.url);
      const signIn = await stranger.post<{ error: { field: string } }>("/api/session", { email: `owner${bad}@example.com`, password: "whatever-it-is" });
      expect(signIn.status).toBe(400);
      expect(signIn.body.error.field).toBe("email");
      // Nothing was stored: the document still has one revision and no comment.
      const revisions = await ws.owner.client.get<{ revisions: unknown[] }>(`/api/documents/${doc}/revisions`);
      expect(revisions.body.revisions).toHaveLength(1);
    });

    it("refuses a NUL in the address with a 400, before it reaches the database", async () => {
      for (const path of ["/api/documents/doc%00x", "/api/documents/x/revisions?x=%00", "/?token=abc%00def"]) {
        const reply = await ws.owner.client.get<{ error: { code: string } }>(path);
        expect(reply.status, path).toBe(400);
      }
    });
  });

  it("says it closes the connection after a 413, and the next request on a new one is answered", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
        const req = httpRequest(`${server.url}${path}`, { method, agent, headers: body ? { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } : {} }, (res) => {
          res.resume();
          res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
        });
        req.on("error", reject);
        req.end(body);
      });
    try {
      const tooLarge = await send("POST", "/api/session", JSON.stringify({ email: "x".repeat(3_000_000) }));
      expect(tooLarge.status).toBe(413);
      expect(tooLarge.connection).toBe("close");
      const next = await send("GET", "/api/health");
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("writes a %0a in a failing request's path as an escape, never as a line of its own", async () => {
    // Make every document lookup fail, as a broken database would.
    const sabotage = async (from: string, to: string) => {
      if (kind === "postgres") {
        const client = new pg.Client({ connectionString: db.database! });
        await client.connect();
        await client.query(`alter table ${from} rename to ${to}`);
        await client.end();
      } else {
        const file = new Database(join(db.dataDir, "prfaq.sqlite"));
        file.exec(`alter table ${from} rename to ${to}`);
        file.close();
      }
    };
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await sabotage("documents", "documents_away");
    try {
      const reply = await ws.owner.client.get("/api/documents/x%0aprfaq%20serve:%20FORGED%20admin%20signed%20in%0d%0a");
      expect(reply.status).toBe(500);
    } finally {
      spy.mockRestore();
      await sabotage("documents_away", "documents");
    }
    const lines = written.join("").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toContain("x\\nprfaq serve: FORGED");
    for (const line of lines) expect(line.startsWith("prfaq serve: ") || line.startsWith("    ")).toBe(true);
    expect(lines.some((line) => line.startsWith("prfaq serve: FORGED"))).toBe(false);
  });
});

/**
 * The same front matter against `prfaq serve` from the build, as people run
 * it: there the critic used to run in a worker thread, whose fatal V8 error
 * ended the whole process on the second or third save.
 */
describe.each(DATABASE_KINDS)("the built server on %s", (kind) => {
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

  it("outlives a front matter that exhausts the YAML parser, save after save", async () => {
    server = await spawnServer(db);
    const client = new Client(server.url);
    await client.signInWithLink(server.signInUrl!);
    const session = await client.get<{ workspaces: { id: string }[] }>("/api/session");
    const created = await client.post<{ document: { id: string } }>(`/api/workspaces/${session.body.workspaces[0].id}/documents`, { text: SAMPLE });
    const doc = created.body.document.id;
    let alive = true;
    void server.exited.then(() => (alive = false));
    for (const [i, opener] of ["[", "{", "[", "{", "["].entries()) {
      const text = `---\na: ${opener.repeat(17_000)}\n---\n# Save ${i}\n`;
      const saved = await client.post(`/api/documents/${doc}/revisions`, { baseRevision: i + 1, text });
      expect(saved.status, `save ${i + 1}: ${server.output().slice(-500)}`).toBe(201);
    }
    expect(alive).toBe(true);
    expect((await client.get("/api/health")).status).toBe(200);
  });
});
