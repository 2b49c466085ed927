import type { VersionedMigration } from "./helpers";

/** Replies are looked up by the comment they answer; without this index that scans every comment of the document. */
export const commentThreads: VersionedMigration = {
  async up(db) {
    await db.schema.createIndex("comments_parent").on("comments").column("parent_id").execute();
  },
};
