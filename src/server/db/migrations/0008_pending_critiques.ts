import { sql } from "kysely";
import type { VersionedMigration } from "./helpers";

/**
 * A server starting up looks for revisions stored before their critique (a
 * process stopped while critiquing them). Without an index that read every
 * revision's findings, the largest column, on every start. The partial index
 * holds only the waiting ones, so it stays as small as they are. Its
 * condition is written out, not bound, so that the query repeating it
 * literally can be matched to it by both databases' planners.
 *
 * Old live events are pruned by age at every start, which without an index
 * on the time read the whole table.
 */
export const pendingCritiques: VersionedMigration = {
  async up(db) {
    await db.schema
      .createIndex("revisions_pending_critique")
      .on("revisions")
      .column("id")
      .where(sql<boolean>`findings like '[{"ruleId":"critique-pending"%'`)
      .execute();
    await db.schema.createIndex("events_at").on("events").column("at").execute();
  },
};
