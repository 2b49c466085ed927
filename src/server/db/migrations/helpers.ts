import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from "kysely";

export type DatabaseKind = "sqlite" | "postgres";

/** A versioned schema change. The same migrations run on both databases; `kind` covers the few differences. */
export interface VersionedMigration {
  up(db: Kysely<unknown>, kind: DatabaseKind): Promise<void>;
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

/** An auto-incrementing integer key: the one column type the two databases spell differently. */
export function withSerialId<T extends string>(table: CreateTableBuilder<T, never>, kind: DatabaseKind): CreateTableBuilder<T, "id"> {
  return kind === "postgres"
    ? table.addColumn("id", "serial", (c) => c.primaryKey())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

export { notNull };
