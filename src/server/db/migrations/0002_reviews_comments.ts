import type { VersionedMigration } from "./helpers";
import { notNull } from "./helpers";

/** Review rounds with silent reading, and comments anchored to revision text. */
export const reviewsAndComments: VersionedMigration = {
  async up(db) {
    await db.schema
      .createTable("reviews")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("revision_number", "integer", notNull)
      .addColumn("phase", "text", notNull)
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", notNull)
      .addColumn("closed_at", "text")
      .execute();
    await db.schema.createIndex("reviews_document").on("reviews").column("document_id").execute();

    await db.schema
      .createTable("review_participants")
      .addColumn("review_id", "text", (c) => c.notNull().references("reviews.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("read_at", "text")
      .addColumn("verdict", "text")
      .addColumn("note", "text")
      .addColumn("verdict_at", "text")
      .addPrimaryKeyConstraint("review_participants_pk", ["review_id", "user_id"])
      .execute();
    await db.schema.createIndex("review_participants_user").on("review_participants").column("user_id").execute();

    await db.schema
      .createTable("comments")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("review_id", "text", (c) => c.references("reviews.id").onDelete("set null"))
      .addColumn("parent_id", "text", (c) => c.references("comments.id").onDelete("cascade"))
      .addColumn("revision_number", "integer", notNull)
      .addColumn("anchor_start", "integer")
      .addColumn("anchor_end", "integer")
      .addColumn("anchor_quote", "text")
      .addColumn("anchor_prefix", "text")
      .addColumn("anchor_suffix", "text")
      .addColumn("body", "text", notNull)
      .addColumn("body_html", "text", notNull)
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", notNull)
      .addColumn("resolved_at", "text")
      .addColumn("resolved_by", "text", (c) => c.references("users.id"))
      .execute();
    await db.schema.createIndex("comments_document").on("comments").columns(["document_id", "created_at"]).execute();
  },
};
