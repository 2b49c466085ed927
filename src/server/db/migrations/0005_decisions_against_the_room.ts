import type { VersionedMigration } from "./helpers";

/**
 * A decision to proceed over a reviewer's Revise or Kill, or over errors the
 * critic still finds, keeps what it overruled and why, so the record shows
 * the team chose to, rather than missed it.
 */
export const decisionsAgainstTheRoom: VersionedMigration = {
  async up(db) {
    await db.schema.alterTable("decisions").addColumn("overruled", "text").execute();
    await db.schema.alterTable("decisions").addColumn("overrule_reason", "text").execute();
  },
};
