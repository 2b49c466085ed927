import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestDatabase, DATABASE_KINDS, spawnServer, type TestDatabase } from "./helpers";

const BIN = join(import.meta.dirname, "..", "..", "bin", "prfaq.js");

function prfaq(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(DATABASE_KINDS)("prfaq serve, user and workspace from the command line on %s", (kind) => {
  let db: TestDatabase;
  let dbArgs: string[];

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    dbArgs = ["--data", db.dataDir, ...(db.database ? ["--database", db.database] : [])];
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("won't listen on the network before an account exists, and says how to create one", () => {
    const run = prfaq(["serve", "--host", "0.0.0.0", "--port", "0", ...dbArgs]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/^prfaq: listening on 0\.0\.0\.0 .* needs real accounts\. Create one first: prfaq user add/);
  });

  it("adds the first account as owner of a new seeded workspace, then signs it in with the printed password", async () => {
    const added = prfaq(["user", "add", "maya@example.com", "--name", "Maya Chen", ...dbArgs]);
    expect(added.status).toBe(0);
    expect(added.stdout).toMatch(/owner of the new workspace "my-workspace"/);
    const password = /Password: (\S+)/.exec(added.stdout)![1];
    expect(prfaq(["user", "add", "maya@example.com", ...dbArgs]).stderr).toMatch(/already an account for maya@example.com/);
    expect(prfaq(["user", "add", "sam@example.com", "--role", "reviewer", "--password-stdin", ...dbArgs], "sams password 1\n").stdout).toMatch(/as reviewer/);
    expect(prfaq(["user", "add", "weak@example.com", "--password-stdin", ...dbArgs], "short\n").stderr).toMatch(/at least 10 characters/);

    const server = await spawnServer(db, ["--host", "0.0.0.0"]);
    try {
      expect(server.signInUrl).toBeNull();
      expect(server.output()).toMatch(/Sign in with your account/);
      const url = server.url.replace("0.0.0.0", "127.0.0.1");
      const maya = new Client(url);
      expect((await maya.signIn("maya@example.com", password)).status).toBe(200);
      const sam = new Client(url);
      const signedIn = await sam.signIn("sam@example.com", "sams password 1");
      expect(signedIn.body).toMatchObject({ workspaces: [{ slug: "my-workspace", role: "reviewer" }] });

      const reset = prfaq(["user", "reset", "sam@example.com", "--password-stdin", ...dbArgs], "a fresh password\n");
      expect(reset.status).toBe(0);
      expect((await sam.get("/api/session")).status).toBe(401);
      expect((await new Client(url).signIn("sam@example.com", "a fresh password")).status).toBe(200);
    } finally {
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    }
    expect(prfaq(["user", "reset", "nobody@example.com", ...dbArgs]).stderr).toBe("prfaq: no account for nobody@example.com; create it with `prfaq user add`\n");
  });

  it("exports every workspace with its documents as Markdown, and imports a folder of Markdown, skipping what is already there", () => {
    const out = join(db.dataDir, "export");
    const exported = prfaq(["workspace", "export", out, ...dbArgs]);
    expect(exported.status).toBe(0);
    const files = readdirSync(join(out, "my-workspace")).sort();
    expect(files).toEqual(["introducing-nimbus-ai-the-revolutionary-ai-assistant-for-everyone.md", "shiftswap.md", "workspace.json"]);
    expect(readFileSync(join(out, "my-workspace", "shiftswap.md"), "utf8")).toBe(readFileSync(join(import.meta.dirname, "..", "..", "examples", "strong-shift-swap.md"), "utf8"));

    // The archive beside them is this very workspace: restoring it here is refused, and --markdown reads the files alone.
    const restore = prfaq(["workspace", "import", join(out, "my-workspace"), ...dbArgs]);
    expect(restore.status).toBe(2);
    expect(restore.stderr).toMatch(/this database already holds the workspace/);
    const again = prfaq(["workspace", "import", join(out, "my-workspace"), "--markdown", ...dbArgs]);
    expect(again.stdout).toMatch(/^Imported 0 documents/);
    expect(again.stdout.match(/skipped: already in the workspace/g)).toHaveLength(2);

    const incoming = join(db.dataDir, "incoming");
    mkdirSync(join(incoming, "nested"), { recursive: true });
    writeFileSync(join(incoming, "idea.md"), "# A new idea\n\nWho is the customer?\n");
    writeFileSync(join(incoming, "nested", "other.markdown"), "# Another idea\n");
    writeFileSync(join(incoming, "notes.txt"), "not markdown");
    writeFileSync(join(incoming, "empty.md"), "  \n");
    const imported = prfaq(["workspace", "import", incoming, "--as", "sam@example.com", ...dbArgs]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^Imported 2 documents into workspace "my-workspace"/);
    expect(imported.stdout).toMatch(/empty\.md \(skipped: empty\)/);

    const reexported = prfaq(["workspace", "export", join(db.dataDir, "export2"), ...dbArgs]);
    expect(reexported.stdout).toMatch(/^Exported workspace "my-workspace" whole to .*: 4 documents,/);
    expect(reexported.stdout).toMatch(/as Markdown, beside it \(4 files\)/);
    expect(prfaq(["workspace", "import", join(db.dataDir, "missing"), ...dbArgs]).stderr).toMatch(/^prfaq: can't read .*missing: no such file or directory\n$/);
  });
});

describe("prfaq serve in local mode", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("prints the URL and a one-time sign-in link, serves a page, and stops cleanly on SIGINT", async () => {
    const server = await spawnServer(db);
    try {
      expect(server.output()).toMatch(/prfaq workspace running at http:\/\/127\.0\.0\.1:\d+ {2}\(SQLite at .*prfaq\.sqlite\)/);
      expect(server.output()).toMatch(/A new workspace was created with the example PR\/FAQs/);
      const page = await fetch(`${server.url}/portfolio`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
      const client = new Client(server.url);
      await client.signInWithLink(server.signInUrl!);
      expect((await client.get("/api/session")).status).toBe(200);
    } finally {
      server.child.kill("SIGINT");
      expect(await server.exited).toBe(0);
    }
  });

  it("explains a PostgreSQL URL it can't reach in one line", () => {
    const run = prfaq(["serve", "--port", "0", "--database", "postgres://postgres@127.0.0.1:1/nowhere"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^prfaq: can't use the PostgreSQL database postgres:\/\/postgres@127\.0\.0\.1:1\/nowhere: .*\n$/);
  });
});
