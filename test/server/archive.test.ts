import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetPassword } from "../../src/server/admin";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, SAMPLE, startOn, type TestDatabase } from "./helpers";

const BIN = join(import.meta.dirname, "..", "..", "bin", "prfaq.js");

function prfaq(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const argsFor = (db: TestDatabase) => ["--data", db.dataDir, ...(db.database ? ["--database", db.database] : [])];

/** Everything a signed-in person can read about every document they see, with people named by e-mail so two databases compare. */
async function everything(client: Client, workspaceId: string): Promise<string> {
  const members = (await client.get<{ members: { user: { id: string }; email: string }[] }>(`/api/workspaces/${workspaceId}/members`)).body.members;
  const docs = (await client.get<{ documents: { id: string }[] }>(`/api/workspaces/${workspaceId}/documents`)).body.documents;
  const out: Record<string, unknown> = { members: members.map(({ email, ...m }) => ({ ...m, email })), documents: docs };
  for (const { id } of docs) {
    const revisions = (await client.get<{ revisions: { number: number }[] }>(`/api/documents/${id}/revisions`)).body.revisions;
    out[id] = {
      document: (await client.get(`/api/documents/${id}`)).body,
      revisions: await Promise.all(revisions.map(async (r) => (await client.get(`/api/documents/${id}/revisions/${r.number}`)).body)),
      comments: (await client.get(`/api/documents/${id}/comments`)).body,
      reviews: (await client.get(`/api/documents/${id}/reviews`)).body,
      decisions: (await client.get(`/api/documents/${id}/decisions`)).body,
    };
  }
  let text = JSON.stringify(out);
  for (const m of members) text = text.replaceAll(m.user.id, m.email);
  return text;
}

describe.each(DATABASE_KINDS)("prfaq workspace export and import round-trip a workspace whole on %s", (kind) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let before = "";
  let workspaceId = "";
  let privateDoc = "";
  let editorEmail = "";
  const out = () => join(source.dataDir, "backup");

  beforeAll(async () => {
    source = await createTestDatabase(kind);
    target = await createTestDatabase(kind);
    const server = await startOn(source);
    try {
      const ws = await localWorkspace(server);
      workspaceId = ws.workspaceId;
      const editor = await ws.invite("Edna", "editor");
      const reviewer = await ws.invite("Raj", "reviewer");
      editorEmail = editor.email;
      const e = editor.client;
      privateDoc = (await e.post<{ document: { id: string } }>(`/api/workspaces/${workspaceId}/documents`, { text: SAMPLE, visibility: "private" })).body.document.id;
      expect((await e.post(`/api/documents/${privateDoc}/revisions`, { baseRevision: 1, text: `${SAMPLE}\nA second revision.\n` })).status).toBe(201);
      const review = (await e.post<{ review: { id: string } }>(`/api/documents/${privateDoc}/reviews`, { reviewers: [reviewer.id], revision: 1 })).body.review.id;
      const start = SAMPLE.indexOf("212 nurses");
      const comment = (await reviewer.client.post<{ comment: { id: string } }>(`/api/documents/${privateDoc}/comments`, { revision: 1, anchor: { start, end: start + 10 }, body: "Which wards?" })).body.comment.id;
      // Reading ends silent reading (Raj is the only reviewer), so the author sees the comment and answers it.
      await reviewer.client.post(`/api/reviews/${review}/read`);
      expect((await e.post(`/api/comments/${comment}/replies`, { body: "All four surgical wards." })).status).toBe(201);
      expect((await e.post(`/api/comments/${comment}/resolve`, { resolved: true })).status).toBeLessThan(300);
      await reviewer.client.put(`/api/reviews/${review}/verdict`, { verdict: "kill", note: "The pilot numbers say so." });
      expect((await e.post(`/api/documents/${privateDoc}/decisions`, { outcome: "kill", reason: "Uptake stayed under 40%.", killCriteria: [0], revision: 2 })).status).toBe(201);
      const team = (await e.post<{ document: { id: string } }>(`/api/workspaces/${workspaceId}/documents`, { text: "# Twin idea\n\nSame words twice.\n" })).body.document.id;
      await e.post(`/api/workspaces/${workspaceId}/documents`, { text: "# Twin idea\n\nSame words twice.\n" });
      await e.patch(`/api/documents/${team}`, { stage: "in-review" });
      await e.put(`/api/documents/${team}/authors`, { userIds: [editor.id, ws.owner.id] });
      before = await everything(e, workspaceId);
    } finally {
      await server.close();
    }
  });
  afterAll(async () => {
    await source?.drop();
    await target?.drop();
  });

  it("exports every workspace whole, says what it wrote, and restores it into another database with nothing lost", async () => {
    const exported = prfaq(["workspace", "export", out(), ...argsFor(source)]);
    expect(exported.stderr).toBe("");
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/Exported workspace "my-workspace" whole to .*workspace\.json: 5 documents, 6 revisions, 2 comments, 1 review, 1 decision, 3 members\./);
    expect(readFileSync(join(out(), "my-workspace", "workspace.json"), "utf8")).not.toMatch(/scrypt\$/);

    const imported = prfaq(["workspace", "import", out(), ...argsFor(target)]);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Restored workspace "my-workspace" \(My workspace\): 5 documents, 6 revisions, 2 comments, 1 review, 1 decision, 3 members\./);
    expect(imported.stdout).toMatch(/New accounts without a password \(give each one with `prfaq user reset EMAIL`\): .*@/);

    await resetPassword({ dataDir: target.dataDir, database: target.database, email: editorEmail, password: "restored password 1" });
    await resetPassword({ dataDir: target.dataDir, database: target.database, email: "owner@localhost", password: "restored password 2" });
    const server = await startOn(target);
    try {
      const editor = new Client(server.url);
      expect((await editor.signIn(editorEmail, "restored password 1")).status).toBe(200);
      expect(await everything(editor, workspaceId)).toBe(before);
      // Still private: the workspace owner, not an author or reviewer of it, doesn't see it.
      const owner = new Client(server.url);
      expect((await owner.signIn("owner@localhost", "restored password 2")).status).toBe(200);
      expect((await owner.get(`/api/documents/${privateDoc}`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("refuses, and writes nothing, rather than restore over a workspace or from a damaged archive", async () => {
    const again = prfaq(["workspace", "import", out(), ...argsFor(target)]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^prfaq: this database already holds the workspace in .*workspace\.json \(as "my-workspace"\); restore it into another database\. Nothing was imported\.\n$/);

    const archivePath = join(out(), "my-workspace", "workspace.json");
    const archive = JSON.parse(readFileSync(archivePath, "utf8")) as { people: { email: string }[] };
    archive.people = archive.people.filter((p) => p.email !== editorEmail);
    const damaged = join(source.dataDir, "damaged.json");
    writeFileSync(damaged, JSON.stringify(archive));
    const fresh = await createTestDatabase(kind);
    try {
      const refused = prfaq(["workspace", "import", damaged, ...argsFor(fresh)]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/is not a workspace archive prfaq can restore: a row of \w+ names ".*" in \w+, who is not among the archive's people\. Nothing was imported\.\n$/);
      const server = await startOn(fresh, { seedExamples: false });
      try {
        const client = new Client(server.url);
        await client.signInWithLink(server.signInUrl!);
        expect((await client.get(`/api/workspaces/${workspaceId}`)).status).toBe(404);
      } finally {
        await server.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
