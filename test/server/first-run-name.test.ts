import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addUser } from "../../src/server/admin";
import { databaseTargetOf, openDatabase } from "../../src/server/db/database";
import { LOCAL_OWNER_EMAIL } from "../../src/server/services/setup";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, startOn, type TestDatabase } from "./helpers";

interface SessionBody {
  user: { id: string; name: string; needsName: boolean };
}

describe.each(DATABASE_KINDS)("the local owner's first name on %s", (kind) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await db.drop();
  });

  it("marks the name made from the computer's user name as not chosen, until the owner renames or keeps it", async () => {
    const server = await startOn(db);
    try {
      const { owner, invite } = await localWorkspace(server);
      const first = await owner.client.get<SessionBody>("/api/session");
      expect(first.body.user.needsName).toBe(true);

      const renamed = await owner.client.patch<SessionBody>("/api/account", { name: "Morwenna Tregear" });
      expect(renamed.status).toBe(200);
      expect(renamed.body.user).toMatchObject({ name: "Morwenna Tregear", needsName: false });
      expect((await owner.client.get<SessionBody>("/api/session")).body.user).toMatchObject({ name: "Morwenna Tregear", needsName: false });

      // Someone an owner invites was named by that owner, and is not asked.
      const sam = await invite("Sam Okafor", "reviewer");
      expect((await sam.client.get<SessionBody>("/api/session")).body.user).toMatchObject({ name: "Sam Okafor", needsName: false });
    } finally {
      await server.close();
    }
  });

  it("counts keeping the suggested name as an answer, across restarts", async () => {
    const first = await startOn(db);
    let suggested: string;
    try {
      const { owner } = await localWorkspace(first);
      suggested = owner.name;
      const kept = await owner.client.patch<SessionBody>("/api/account", { name: suggested });
      expect(kept.body.user).toMatchObject({ name: suggested, needsName: false });
    } finally {
      await first.close();
    }
    const second = await startOn(db);
    try {
      const client = new Client(second.url);
      await client.signInWithLink(second.signInUrl!);
      expect((await client.get<SessionBody>("/api/session")).body.user).toMatchObject({ name: suggested, needsName: false });
    } finally {
      await second.close();
    }
  });

  it("asks an account made with `prfaq user add` without --name, and not one made with it", async () => {
    const target = { dataDir: db.dataDir, database: db.database, role: null, workspace: null };
    await addUser({ ...target, email: "maya.chen@example.com", name: null, password: "a long enough password" });
    await addUser({ ...target, email: "sam@example.com", name: "Sam Okafor", password: "another long password" });
    const server = await startOn(db, { host: "0.0.0.0" });
    try {
      const url = server.url.replace("0.0.0.0", "127.0.0.1");
      const maya = new Client(url);
      expect((await maya.signIn("maya.chen@example.com", "a long enough password")).body).toMatchObject({ user: { name: "maya.chen", needsName: true } });
      const sam = new Client(url);
      expect((await sam.signIn("sam@example.com", "another long password")).body).toMatchObject({ user: { name: "Sam Okafor", needsName: false } });
    } finally {
      await server.close();
    }
  });

  it("doesn't ask the owner of a database made before the question existed", async () => {
    const database = openDatabase(databaseTargetOf({ database: db.database, dataDir: db.dataDir }));
    try {
      await database.migrate(6);
      const at = "2027-02-01T09:00:00.000Z";
      await database.db.insertInto("users").values({ id: "usr_before", email: LOCAL_OWNER_EMAIL, name: "Kerensa", password_hash: null, created_at: at }).execute();
      await database.db.insertInto("workspaces").values({ id: "ws_before", slug: "before", name: "Before", created_at: at }).execute();
      await database.db.insertInto("memberships").values({ workspace_id: "ws_before", user_id: "usr_before", role: "owner", created_at: at }).execute();
    } finally {
      await database.close();
    }
    const server = await startOn(db);
    try {
      const client = new Client(server.url);
      await client.signInWithLink(server.signInUrl!);
      expect((await client.get<SessionBody>("/api/session")).body.user).toMatchObject({ name: "Kerensa", needsName: false });
    } finally {
      await server.close();
    }
  });
});
