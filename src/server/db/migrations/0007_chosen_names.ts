import type { VersionedMigration } from "./helpers";

/**
 * The local owner's account is made before anyone can name it, so it starts
 * with the computer's user name ("root" on many machines). The flag marks a
 * name nobody chose, so the app can ask for one once. Accounts that exist
 * already keep the name they have.
 */
export const chosenNames: VersionedMigration = {
  async up(db) {
    await db.schema
      .alterTable("users")
      .addColumn("name_pending", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
