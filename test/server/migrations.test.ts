import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCritic, rules } from "../../src/core";
import { databaseTargetOf, openDatabase } from "../../src/server/db/database";
import { LATEST_SCHEMA_VERSION } from "../../src/server/db/migrations";
import { revisionContentOf } from "../../src/server/analysis/revision-content";
import { LOCAL_OWNER_EMAIL } from "../../src/server/services/setup";
import { Client, createTestDatabase, DATABASE_KINDS, SAMPLE, startOn, type TestDatabase } from "./helpers";

/** A database as the first release left it: schema version 1, with a document in it. */
async function createVersionOneDatabase(db: TestDatabase): Promise<void> {
  const database = openDatabase(databaseTargetOf({ database: db.database, dataDir: db.dataDir }));
  try {
    expect(await database.migrate(1)).toBe(1);
    const at = "2027-01-05T09:00:00.000Z";
    const content = revisionContentOf(createCritic({ rules }), SAMPLE);
    await database.transaction(async (trx) => {
      await trx.insertInto("users").values({ id: "usr_old", email: LOCAL_OWNER_EMAIL, name: "Old Owner", password_hash: null, created_at: at }).execute();
      await trx.insertInto("workspaces").values({ id: "ws_old", slug: "old", name: "Old workspace", created_at: at }).execute();
      await trx.insertInto("memberships").values({ workspace_id: "ws_old", user_id: "usr_old", role: "owner", created_at: at }).execute();
      await trx
        .insertInto("documents")
        .values({ id: "doc_old", workspace_id: "ws_old", title: content.title, stage: "draft", decision: null, visibility: "workspace", head_revision: 1, readiness: content.readiness, created_by: "usr_old", created_at: at, updated_at: at })
        .execute();
      await trx.insertInto("document_authors").values({ document_id: "doc_old", user_id: "usr_old" }).execute();
      await trx
        .insertInto("revisions")
        .values({
          id: "rev_old",
          document_id: "doc_old",
          number: 1,
          base_number: null,
          text: SAMPLE,
          title: content.title,
          author_id: "usr_old",
          created_at: at,
          findings: content.findings,
          verdict: content.verdict,
          readiness: content.readiness,
          errors: content.errors,
          warnings: content.warnings,
          infos: content.infos,
          kill_criteria: content.killCriteria,
          html: content.html,
        })
        .execute();
    });
  } finally {
    await database.close();
  }
}

describe.each(DATABASE_KINDS)("schema migrations on %s", (kind) => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase(kind);
  });
  afterEach(async () => {
    await db.drop();
  });

  it("upgrades a version-1 database on start and keeps its data usable", async () => {
    await createVersionOneDatabase(db);
    const server = await startOn(db);
    try {
      const client = new Client(server.url);
      expect((await client.get("/api/health")).body).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
      expect(server.seeded).toBe(false);
      await client.signInWithLink(server.signInUrl!);
      const doc = await client.get<{ document: { title: string; createdAt: string }; revision: { id: string; text: string } }>("/api/documents/doc_old");
      expect(doc.status).toBe(200);
      expect(doc.body.revision).toMatchObject({ id: "rev_old", text: SAMPLE });
      expect(doc.body.document.createdAt).toBe("2027-01-05T09:00:00.000Z");
      // The tables the upgrade added work on the old document.
      const comment = await client.post("/api/documents/doc_old/comments", { revision: 1, anchor: { start: 2, end: 11 }, body: "Still here?" });
      expect(comment.status).toBe(201);
      const decision = await client.post("/api/documents/doc_old/decisions", { outcome: "proceed", reason: "Survived the upgrade.", killCriteria: [1], overruleReason: "The sample's open errors don't matter here." });
      expect(decision.status).toBe(201);
      const workspaces = await client.get<{ workspaces: { slug: string }[] }>("/api/workspaces");
      expect(workspaces.body.workspaces.map((w) => w.slug)).toEqual(["old"]);
    } finally {
      await server.close();
    }
  });

  it("starts twice without migrating or seeding again", async () => {
    const first = await startOn(db);
    expect(first.seeded).toBe(true);
    await first.close();
    const second = await startOn(db);
    try {
      expect(second.seeded).toBe(false);
      const client = new Client(second.url);
      await client.signInWithLink(second.signInUrl!);
      const session = await client.get<{ workspaces: { id: string }[] }>("/api/session");
      expect(session.body.workspaces).toHaveLength(1);
      const docs = await client.get<{ documents: unknown[] }>(`/api/workspaces/${session.body.workspaces[0].id}/documents`);
      expect(docs.body.documents).toHaveLength(2);
    } finally {
      await second.close();
    }
  });

  it("refuses, with a clear message, a database written by a newer prfaq", async () => {
    const database = openDatabase(databaseTargetOf({ database: db.database, dataDir: db.dataDir }));
    await database.migrate();
    await sql`insert into kysely_migration (name, timestamp) values ('0099_from_the_future', '2030-01-01T00:00:00.000Z')`.execute(database.db);
    await database.close();
    await expect(startOn(db)).rejects.toThrow(`written by a newer prfaq (schema version 99, this prfaq knows up to ${LATEST_SCHEMA_VERSION})`);
  });
});
