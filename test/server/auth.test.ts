import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { LATEST_SCHEMA_VERSION } from "../../src/server/db/migrations";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, startOn, type TestDatabase, type Workspace } from "./helpers";

describe.each(DATABASE_KINDS)("sign-in, sessions and CSRF on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await startOn(db);
    ws = await localWorkspace(server);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("reports health with the database kind and schema version, without a session", async () => {
    const reply = await new Client(server.url).get("/api/health");
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: "ok", database: kind, schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it("seeds the first workspace with the examples, owned by the local owner", async () => {
    const docs = await ws.owner.client.get<{ documents: { title: string; createdBy: { id: string } }[] }>(`/api/workspaces/${ws.workspaceId}/documents`);
    expect(docs.status).toBe(200);
    expect(docs.body.documents.map((d) => d.title).sort()).toEqual(["Introducing Nimbus AI: The Revolutionary AI Assistant for Everyone", "ShiftSwap"]);
    expect(docs.body.documents.every((d) => d.createdBy.id === ws.owner.id)).toBe(true);
  });

  it("signs in once with the printed link, then never again", async () => {
    const reused = await fetch(server.signInUrl!, { redirect: "manual" });
    expect(reused.status).toBe(303);
    expect(reused.headers.get("location")).toBe("/?signin=failed");
    expect(reused.headers.get("set-cookie")).toBeNull();
  });

  it("sets an httpOnly, SameSite session cookie, Secure only behind HTTPS", async () => {
    const member = await ws.owner.client.post<{ signInUrl: string }>(`/api/workspaces/${ws.workspaceId}/members`, { email: "cookie@example.com", role: "viewer" });
    const res = await fetch(member.body.signInUrl, { redirect: "manual" });
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^prfaq_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    // A forwarded-proto header counts only when the operator said a proxy is in front.
    const spoofed = await ws.owner.client.post<{ signInUrl: string }>(`/api/workspaces/${ws.workspaceId}/members`, { email: "spoof@example.com", role: "viewer" });
    const direct = await fetch(spoofed.body.signInUrl, { redirect: "manual", headers: { "x-forwarded-proto": "https" } });
    expect(direct.headers.get("set-cookie")).not.toMatch(/Secure/);
    const behindProxy = await startOn(db, { trustProxy: true });
    try {
      const invited = await ws.owner.client.post<{ signInUrl: string }>(`/api/workspaces/${ws.workspaceId}/members`, { email: "proxied@example.com", role: "viewer" });
      const link = invited.body.signInUrl.replace(server.url, behindProxy.url);
      const res = await fetch(link, { redirect: "manual", headers: { "x-forwarded-proto": "https" } });
      expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it("answers 401 without a session", async () => {
    const anonymous = new Client(server.url);
    expect((await anonymous.get("/api/session")).status).toBe(401);
    const docs = await anonymous.get(`/api/workspaces/${ws.workspaceId}/documents`);
    expect(docs.status).toBe(401);
    expect(docs.body).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("refuses state changes without the CSRF token, or from another origin", async () => {
    const client = ws.owner.client;
    const noToken = await client.request("POST", `/api/workspaces/${ws.workspaceId}/documents`, { text: "# A" }, { "x-csrf-token": "" });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toMatchObject({ error: { code: "csrf" } });
    const wrong = await client.request("POST", `/api/workspaces/${ws.workspaceId}/documents`, { text: "# A" }, { "x-csrf-token": "guess" });
    expect(wrong.status).toBe(403);
    const foreign = await client.request("POST", `/api/workspaces/${ws.workspaceId}/documents`, { text: "# A" }, { origin: "https://evil.example" });
    expect(foreign.status).toBe(403);
    const sameOrigin = await client.request("POST", `/api/workspaces/${ws.workspaceId}/documents`, { text: "# Allowed" }, { origin: server.url });
    expect(sameOrigin.status).toBe(201);
  });

  it("lets an invited person set a password, then sign in with it; a new password ends other sessions", async () => {
    const sam = await ws.invite("Sam Okafor", "editor");
    const session = await sam.client.get<{ user: { hasPassword: boolean } }>("/api/session");
    expect(session.body.user.hasPassword).toBe(false);
    expect((await sam.client.post("/api/account/password", { newPassword: "short" })).status).toBe(400);
    expect((await sam.client.post("/api/account/password", { newPassword: "correct horse battery" })).status).toBe(204);

    const laptop = new Client(server.url);
    const signedIn = await laptop.signIn(sam.email.toUpperCase(), "correct horse battery");
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ user: { id: sam.id, hasPassword: true }, workspaces: [{ id: ws.workspaceId, role: "editor" }] });

    const change = await laptop.post("/api/account/password", { currentPassword: "wrong password!!", newPassword: "a new long password" });
    expect(change.status).toBe(403);
    expect((await laptop.post("/api/account/password", { currentPassword: "correct horse battery", newPassword: "a new long password" })).status).toBe(204);
    expect((await laptop.get("/api/session")).status).toBe(200);
    expect((await sam.client.get("/api/session")).status).toBe(401);
  });

  it("lets people change the name others see, and records it", async () => {
    const ana = await ws.invite("ana", "reviewer");
    expect((await ana.client.patch("/api/account", { name: "   " })).status).toBe(400);
    expect((await ana.client.patch("/api/account", { name: "x".repeat(81) })).status).toBe(400);
    const renamed = await ana.client.patch<{ user: { name: string } }>("/api/account", { name: "  Ana Ribeiro " });
    expect(renamed.status).toBe(200);
    expect(renamed.body.user.name).toBe("Ana Ribeiro");
    expect((await ana.client.get<{ user: { name: string } }>("/api/session")).body.user.name).toBe("Ana Ribeiro");
    expect((await new Client(server.url).patch("/api/account", { name: "Nobody" })).status).toBe(401);
  });

  it("signs out by deleting the session in the database", async () => {
    const vic = await ws.invite("Vic", "viewer");
    const stolenCookie = vic.client.cookie;
    expect((await vic.client.delete("/api/session")).status).toBe(204);
    const replay = new Client(server.url);
    replay.cookie = stolenCookie;
    expect((await replay.get("/api/session")).status).toBe(401);
  });

  it("rate-limits failed sign-ins per e-mail, with Retry-After, and doesn't reveal which part was wrong", async () => {
    const kim = await ws.invite("Kim", "reviewer");
    await kim.client.post("/api/account/password", { newPassword: "kims password 123" });
    const guesser = new Client(server.url);
    for (let i = 0; i < 5; i++) {
      const reply = await guesser.signIn(kim.email, `guess ${i} guess`);
      expect(reply.status).toBe(401);
      expect((reply.body as { error: { message: string } }).error.message).toBe("That e-mail and password don't match an account.");
    }
    const locked = await guesser.signIn(kim.email, "kims password 123");
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ error: { code: "rate_limited" } });
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    const unknown = await guesser.signIn("nobody@example.com", "whatever whatever");
    expect(unknown.status).toBe(401);
  });

  it("refuses to listen beyond loopback while no account has a password", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      await expect(startOn(fresh, { host: "0.0.0.0" })).rejects.toThrow(/needs real accounts.*prfaq user add/);
    } finally {
      await fresh.drop();
    }
  });
});
