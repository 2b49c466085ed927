import type pg from "pg";
import type { PostgresPool, PostgresPoolClient } from "kysely";

/**
 * Distinct statements kept prepared. Kysely writes the same SQL for the same
 * query shape, so a server uses a few hundred; `in (…)` lists of every length
 * could make more, and those run unnamed past this many.
 */
const MAX_NAMED_STATEMENTS = 2000;

/**
 * PostgreSQL answers this when a statement prepared on a connection selects
 * from a table whose columns have changed since (another instance migrated
 * the schema). The statement fails on that connection until it is dropped.
 */
const CACHED_PLAN_CHANGED = "0A000";

/**
 * Gives every query a name, so each pooled connection parses and plans it
 * once and afterwards only binds parameters. Unnamed, PostgreSQL parsed and
 * planned every query of every request again: most of its time on a
 * document read went there.
 */
export class PreparedStatementPool implements PostgresPool {
  readonly #pool: pg.Pool;
  readonly #names = new Map<string, string>();
  readonly #clients = new WeakMap<pg.PoolClient, PostgresPoolClient>();

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  #nameOf(sqlText: string): string | undefined {
    let name = this.#names.get(sqlText);
    if (!name && this.#names.size < MAX_NAMED_STATEMENTS) {
      name = `prfaq_${this.#names.size + 1}`;
      this.#names.set(sqlText, name);
    }
    return name;
  }

  async connect(): Promise<PostgresPoolClient> {
    const client = await this.#pool.connect();
    let wrapped = this.#clients.get(client);
    if (!wrapped) {
      let stale = false;
      wrapped = {
        query: (async (sqlText: string, values: unknown[]) => {
          try {
            // Without parameters (transaction control, migrations) a query goes as one simple message, which is as cheap.
            const name = values.length ? this.#nameOf(sqlText) : undefined;
            return await client.query({ name, text: sqlText, values });
          } catch (err) {
            if ((err as { code?: unknown }).code === CACHED_PLAN_CHANGED) stale = true;
            throw err;
          }
        }) as unknown as PostgresPoolClient["query"],
        // A connection holding a statement the schema has outgrown is closed, not reused; its replacement prepares afresh.
        release: (destroy?: boolean) => client.release(destroy || stale),
      };
      this.#clients.set(client, wrapped);
    }
    return wrapped;
  }

  end(): Promise<void> {
    return this.#pool.end();
  }
}
