import type { VersionedMigration } from "./helpers";
import { notNull } from "./helpers";

/** Decisions (proceed, revise, kill) tied to the revision decided on and the kill criteria cited. */
export const decisions: VersionedMigration = {
  async up(db) {
    await db.schema
      .createTable("decisions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("revision_number", "integer", notNull)
      .addColumn("outcome", "text", notNull)
      .addColumn("reason", "text", notNull)
      .addColumn("kill_criteria", "text", notNull)
      .addColumn("evidence", "text")
      .addColumn("decided_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("decided_at", "text", notNull)
      .execute();
    await db.schema.createIndex("decisions_document").on("decisions").columns(["document_id", "decided_at"]).execute();
  },
};
