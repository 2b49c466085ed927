/**
 * Queries that must find their rows through an index, checked with each
 * database's own EXPLAIN. PostgreSQL is told not to scan whole tables, since
 * on tables this small a scan is cheaper and it would rightly prefer one:
 * what is checked is that the index can answer the query at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type Compilable } from "kysely";
import { openDatabase, type Database } from "../../src/server/db/database";
import { pendingRevisionsQuery } from "../../src/server/services/critiques";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "./helpers";
import { join } from "node:path";

describe.each(DATABASE_KINDS)("query plans on %s", (kind) => {
  let test: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    database = openDatabase(kind === "postgres" ? { kind, url: test.database! } : { kind, file: join(test.dataDir, "plans.sqlite") });
    await database.migrate();
  });
  afterAll(async () => {
    await database?.close();
    await test?.drop();
  });

  async function plan(query: Compilable): Promise<string> {
    const compiled = query.compile();
    expect(compiled.parameters).toEqual([]);
    if (kind === "sqlite") {
      const rows = await sql.raw<{ detail: string }>(`explain query plan ${compiled.sql}`).execute(database.db);
      return rows.rows.map((r) => r.detail).join("\n");
    }
    return database.transaction(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const rows = await sql.raw<{ "QUERY PLAN": string }>(`explain ${compiled.sql}`).execute(trx);
      return rows.rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
  }

  it("finds the revisions waiting for their critique through the partial index, not by reading every revision's findings", async () => {
    expect(await plan(pendingRevisionsQuery(database.db))).toMatch(/revisions_pending_critique/);
  });

  it("prunes old live events through the index on their time", async () => {
    expect(await plan(database.db.deleteFrom("events").where("at", "<", sql.lit("2026-01-01T00:00:00.000Z")))).toMatch(/events_at/);
  });
});
