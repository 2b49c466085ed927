import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { PreparedStatementPool } from "../../src/server/db/prepared-pool";
import { createTestDatabase, type TestDatabase } from "./helpers";

interface Tables {
  notes: { id: number; body: string };
}

// One connection, so every query below meets the statements the ones before it prepared.
describe("prepared statements on PostgreSQL", () => {
  let db: TestDatabase;
  let kysely: Kysely<Tables>;

  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    kysely = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new PreparedStatementPool(new pg.Pool({ connectionString: db.database!, max: 1 })) }) });
    await sql`create table notes (id integer primary key, body text not null)`.execute(kysely);
    await kysely.insertInto("notes").values([{ id: 1, body: "one" }, { id: 2, body: "two" }]).execute();
  });
  afterAll(async () => {
    await kysely?.destroy();
    await db?.drop();
  });

  const prepared = async () => (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(kysely)).rows.map((r) => r.statement);

  it("prepares a query with parameters once and reuses it with other values", async () => {
    const read = (id: number) => kysely.selectFrom("notes").select("body").where("id", "=", id).executeTakeFirst();
    expect(await read(1)).toEqual({ body: "one" });
    expect(await read(2)).toEqual({ body: "two" });
    const statements = (await prepared()).filter((s) => s.includes('from "notes"'));
    expect(statements).toHaveLength(1);
  });

  it("sends a query without parameters unprepared", async () => {
    await sql`select count(*) from notes`.execute(kysely);
    expect((await prepared()).some((s) => s.includes("count(*)"))).toBe(false);
  });

  it("recovers when the schema changes under a prepared statement: one query fails, the connection is replaced, the next succeeds", async () => {
    const everything = () => kysely.selectFrom("notes").selectAll().where("id", "=", 1).execute();
    expect(await everything()).toEqual([{ id: 1, body: "one" }]);
    // Another instance migrating the schema: the prepared `select *` now describes the wrong row.
    await sql`alter table notes add column tag text`.execute(kysely);
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) outcomes.push(await everything().then(() => "ok", (err: { code?: string }) => `error ${err.code}`));
    // Kept, the stale statement would fail on this connection every time.
    expect(outcomes.slice(1)).toEqual(["ok", "ok"]);
    expect(await everything()).toEqual([{ id: 1, body: "one", tag: null }]);
  });
});
