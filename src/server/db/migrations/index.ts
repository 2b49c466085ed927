import type { Migration, MigrationProvider } from "kysely";
import { accountsAndDocuments } from "./0001_accounts_documents";
import { reviewsAndComments } from "./0002_reviews_comments";
import { decisions } from "./0003_decisions";
import { commentThreads } from "./0004_comment_threads";
import { decisionsAgainstTheRoom } from "./0005_decisions_against_the_room";
import { invitations } from "./0006_invitations";
import { chosenNames } from "./0007_chosen_names";
import { pendingCritiques } from "./0008_pending_critiques";
import type { DatabaseKind, VersionedMigration } from "./helpers";

/**
 * Every schema version, in order. Names start with their version number:
 * the schema version a database reports is the number of its last applied
 * migration. Never edit a migration that has shipped; add the next one.
 */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: VersionedMigration]> = [
  ["0001_accounts_documents", accountsAndDocuments],
  ["0002_reviews_comments", reviewsAndComments],
  ["0003_decisions", decisions],
  ["0004_comment_threads", commentThreads],
  ["0005_decisions_against_the_room", decisionsAgainstTheRoom],
  ["0006_invitations", invitations],
  ["0007_chosen_names", chosenNames],
  ["0008_pending_critiques", pendingCritiques],
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

export function schemaVersionOf(migrationName: string | undefined): number {
  return migrationName ? Number.parseInt(migrationName.slice(0, 4), 10) : 0;
}

/** Kysely's migrator reads migrations from a provider; ours come from code, so they bundle. */
export function migrationProvider(kind: DatabaseKind, upTo = MIGRATIONS.length): MigrationProvider {
  return {
    async getMigrations() {
      const entries = MIGRATIONS.slice(0, upTo).map(([name, m]): [string, Migration] => [name, { up: (db) => m.up(db, kind) }]);
      return Object.fromEntries(entries);
    },
  };
}
