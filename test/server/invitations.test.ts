import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { resetPassword } from "../../src/server/admin";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

interface Invited {
  invitation: { id: string; email: string; role: string };
  signInUrl: string;
}

describe.each(DATABASE_KINDS)("invitations by consent on %s", (kind) => {
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

  const invite = (by: Client, workspaceId: string, email: string, role = "editor") => by.post<Invited>(`/api/workspaces/${workspaceId}/members`, { email, role });
  const workspaceIdsOf = async (client: Client) => (await client.get<{ workspaces: { id: string }[] }>("/api/session")).body.workspaces.map((w) => w.id);

  it("defeats the account pre-hijack: claiming an address through one's own invitation gives no way into anyone else's workspace", async () => {
    const victim = `victim.${kind}@example.com`;
    // An insider makes a workspace, invites the victim's address, claims the account and sets a password.
    const attacker = await ws.invite("Mallory", "viewer");
    const own = await attacker.client.post<{ id: string }>("/api/workspaces", { name: `Mallory's ${kind}` });
    const bait = await invite(attacker.client, own.body.id, victim);
    expect(bait.status).toBe(201);
    const claimed = new Client(server.url);
    await claimed.signInWithLink(bait.body.signInUrl);
    expect((await claimed.post("/api/account/password", { newPassword: "mallory owns this" })).status).toBe(204);

    // The real owner invites the real person later: the existing account does not join.
    const real = await invite(ws.owner.client, ws.workspaceId, victim);
    expect(real.status).toBe(201);
    expect(await workspaceIdsOf(claimed)).not.toContain(ws.workspaceId);
    expect((await claimed.get(`/api/workspaces/${ws.workspaceId}`)).status).toBe(404);
    const members = await ws.owner.client.get<{ members: { email: string }[] }>(`/api/workspaces/${ws.workspaceId}/members`);
    expect(members.body.members.map((m) => m.email)).not.toContain(victim);

    // The real person, holding the real link, is not signed in to the attacker's account by it.
    const person = new Client(server.url);
    const opened = await fetch(real.body.signInUrl, { redirect: "manual" });
    expect(opened.headers.get("location")).toMatch(/^\/\?invitation=/);
    expect(opened.headers.get("set-cookie")).toBeNull();
    const anonymousAccept = await person.post("/api/invitations/accept", { token: tokenOf(real.body.signInUrl) });
    expect(anonymousAccept.status).toBe(409);
    expect(anonymousAccept.body).toMatchObject({ accountExists: true });

    // An administrator resets the account for its real owner: the attacker is out, the old links are dead.
    await resetPassword({ dataDir: db.dataDir, database: db.database, email: victim, password: "the real person now" });
    expect((await claimed.get("/api/session")).status).toBe(401);
    expect((await person.post("/api/invitations/preview", { token: tokenOf(real.body.signInUrl) })).status).toBe(404);
    const again = await invite(ws.owner.client, ws.workspaceId, victim);
    expect(again.status).toBe(201);
    expect((await person.signIn(victim, "the real person now")).status).toBe(200);
    const accepted = await person.post<{ workspaceId: string }>("/api/invitations/accept", { token: tokenOf(again.body.signInUrl) });
    expect(accepted.status).toBe(200);
    expect(await workspaceIdsOf(person)).toContain(ws.workspaceId);
  });

  it("lets an existing account join only when its owner, signed in, accepts", async () => {
    const other = await ws.owner.client.post<{ id: string }>("/api/workspaces", { name: `Second ${kind}` });
    const existing: Member = await ws.invite("Esme", "reviewer");
    const invited = await invite(ws.owner.client, other.body.id, existing.email, "editor");
    expect(invited.status).toBe(201);
    expect(invited.body.invitation).toMatchObject({ email: existing.email, role: "editor" });
    expect(await workspaceIdsOf(existing.client)).not.toContain(other.body.id);
    const pending = await ws.owner.client.get<{ invitations: { email: string }[] }>(`/api/workspaces/${other.body.id}/invitations`);
    expect(pending.body.invitations.map((i) => i.email)).toContain(existing.email);

    const token = tokenOf(invited.body.signInUrl);
    const preview = await new Client(server.url).post("/api/invitations/preview", { token });
    expect(preview.body).toMatchObject({ email: existing.email, role: "editor", accountExists: true, workspace: { id: other.body.id } });
    const someoneElse = await ws.invite("Sid", "viewer");
    expect((await someoneElse.client.post("/api/invitations/accept", { token })).status).toBe(403);
    expect((await existing.client.post("/api/invitations/accept", { token })).status).toBe(200);
    expect(await workspaceIdsOf(existing.client)).toContain(other.body.id);
    expect((await existing.client.post("/api/invitations/accept", { token })).status).toBe(404);
  });

  it("revokes outstanding links when the password changes", async () => {
    const member = await ws.invite("Pia", "editor");
    const other = await ws.owner.client.post<{ id: string }>("/api/workspaces", { name: `Third ${kind}` });
    const pending = await invite(ws.owner.client, other.body.id, member.email);
    expect((await member.client.post("/api/account/password", { newPassword: "pia's own password" })).status).toBe(204);
    expect((await member.client.post("/api/invitations/accept", { token: tokenOf(pending.body.signInUrl) })).status).toBe(404);

    // The local owner's sign-in link from a second start dies when the owner sets a password.
    const second = await startOn(db);
    try {
      expect(second.signInUrl).toMatch(/token=/);
      expect((await ws.owner.client.post("/api/account/password", { newPassword: "owner's first password" })).status).toBe(204);
      const stale = await fetch(second.signInUrl!, { redirect: "manual" });
      expect(stale.headers.get("location")).toBe("/?signin=failed");
      expect(stale.headers.get("set-cookie")).toBeNull();
    } finally {
      await second.close();
    }
  });

  it("answers two invitations of one new address sent at once with one link and one 409, never a 500", async () => {
    const email = `twice.${kind}@example.com`;
    const replies = await Promise.all([invite(ws.owner.client, ws.workspaceId, email), invite(ws.owner.client, ws.workspaceId, email, "viewer")]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409]);

    // Two workspaces inviting one new address, both links opened at once: one account, one clear refusal.
    const a = await ws.owner.client.post<{ id: string }>("/api/workspaces", { name: `A ${kind}` });
    const b = await ws.owner.client.post<{ id: string }>("/api/workspaces", { name: `B ${kind}` });
    const fresh = `both.${kind}@example.com`;
    const links = [await invite(ws.owner.client, a.body.id, fresh), await invite(ws.owner.client, b.body.id, fresh)];
    const accepts = await Promise.all(links.map((l) => new Client(server.url).post("/api/invitations/accept", { token: tokenOf(l.body.signInUrl) })));
    expect(accepts.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});
