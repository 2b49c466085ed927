import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { createTestDatabase, startOn, type TestDatabase } from "./helpers";

describe("serving the web app", () => {
  let db: TestDatabase;
  let built: RunningServer;
  let unbuilt: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    const webRoot = join(db.dataDir, "web");
    mkdirSync(join(webRoot, "assets"), { recursive: true });
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>app</title><script type=module src=/assets/app.js></script>");
    writeFileSync(join(webRoot, "assets", "app.js"), "console.log('app')");
    writeFileSync(join(db.dataDir, "secret.txt"), "outside the web root");
    built = await startOn(db, { webRoot });
    unbuilt = await startOn(db, { webRoot: join(db.dataDir, "nothing-here") });
  });
  afterAll(async () => {
    await built?.close();
    await unbuilt?.close();
    await db?.drop();
  });

  it("serves index.html for client-side routes, with a content security policy", async () => {
    for (const path of ["/", "/documents/doc_123", "/portfolio?x=1"]) {
      const res = await fetch(built.url + path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>app</title>");
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    }
  });

  it("serves built assets with long caching and their own type", async () => {
    const res = await fetch(`${built.url}/assets/app.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(res.headers.get("cache-control")).toContain("immutable");
  });

  it("never serves files outside the web root", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt"]) {
      const text = await (await fetch(built.url + path)).text();
      expect(text).not.toContain("outside the web root");
    }
  });

  it("keeps /api answers JSON, even for unknown API routes", async () => {
    const res = await fetch(`${built.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("says the UI isn't built when dist/web is missing", async () => {
    const res = await fetch(`${unbuilt.url}/anything`);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/The web app isn't built yet.*npm run build/s);
  });
});
