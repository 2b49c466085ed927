import type { VersionedMigration } from "./helpers";
import { notNull, withSerialId } from "./helpers";

/** Accounts, workspaces, sessions, documents with immutable revisions, the audit log and live events. */
export const accountsAndDocuments: VersionedMigration = {
  async up(db, kind) {
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("email", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", notNull)
      .addColumn("password_hash", "text")
      .addColumn("created_at", "text", notNull)
      .execute();

    await db.schema
      .createTable("workspaces")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("slug", "text", (c) => c.notNull().unique())
      .addColumn("name", "text", notNull)
      .addColumn("created_at", "text", notNull)
      .execute();

    await db.schema
      .createTable("memberships")
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("role", "text", notNull)
      .addColumn("created_at", "text", notNull)
      .addPrimaryKeyConstraint("memberships_pk", ["workspace_id", "user_id"])
      .execute();
    await db.schema.createIndex("memberships_user").on("memberships").column("user_id").execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("csrf_token", "text", notNull)
      .addColumn("created_at", "text", notNull)
      .addColumn("last_seen_at", "text", notNull)
      .addColumn("expires_at", "text", notNull)
      .execute();
    await db.schema.createIndex("sessions_user").on("sessions").column("user_id").execute();

    await db.schema
      .createTable("sign_in_tokens")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("purpose", "text", notNull)
      .addColumn("created_at", "text", notNull)
      .addColumn("expires_at", "text", notNull)
      .addColumn("used_at", "text")
      .execute();

    await withSerialId(db.schema.createTable("sign_in_failures"), kind)
      .addColumn("email", "text", notNull)
      .addColumn("ip", "text", notNull)
      .addColumn("at", "text", notNull)
      .execute();
    await db.schema.createIndex("sign_in_failures_email").on("sign_in_failures").columns(["email", "at"]).execute();
    await db.schema.createIndex("sign_in_failures_ip").on("sign_in_failures").columns(["ip", "at"]).execute();

    await db.schema
      .createTable("documents")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("title", "text", notNull)
      .addColumn("stage", "text", notNull)
      .addColumn("decision", "text")
      .addColumn("visibility", "text", notNull)
      .addColumn("head_revision", "integer", notNull)
      .addColumn("readiness", "text", notNull)
      .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", notNull)
      .addColumn("updated_at", "text", notNull)
      .execute();
    await db.schema.createIndex("documents_workspace").on("documents").columns(["workspace_id", "updated_at"]).execute();

    await db.schema
      .createTable("document_authors")
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addPrimaryKeyConstraint("document_authors_pk", ["document_id", "user_id"])
      .execute();

    await db.schema
      .createTable("revisions")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("document_id", "text", (c) => c.notNull().references("documents.id").onDelete("cascade"))
      .addColumn("number", "integer", notNull)
      .addColumn("base_number", "integer")
      .addColumn("text", "text", notNull)
      .addColumn("title", "text", notNull)
      .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
      .addColumn("created_at", "text", notNull)
      .addColumn("findings", "text", notNull)
      .addColumn("verdict", "text", notNull)
      .addColumn("readiness", "text", notNull)
      .addColumn("errors", "integer", notNull)
      .addColumn("warnings", "integer", notNull)
      .addColumn("infos", "integer", notNull)
      .addColumn("kill_criteria", "text", notNull)
      .addColumn("html", "text", notNull)
      // The last line of defence against lost updates: two saves can never both become revision n.
      .addUniqueConstraint("revisions_document_number", ["document_id", "number"])
      .execute();

    await withSerialId(db.schema.createTable("audit_log"), kind)
      .addColumn("workspace_id", "text")
      .addColumn("actor_id", "text")
      .addColumn("action", "text", notNull)
      .addColumn("target_type", "text")
      .addColumn("target_id", "text")
      .addColumn("detail", "text", notNull)
      .addColumn("at", "text", notNull)
      .execute();
    await db.schema.createIndex("audit_log_workspace").on("audit_log").columns(["workspace_id", "id"]).execute();

    await withSerialId(db.schema.createTable("events"), kind)
      .addColumn("workspace_id", "text", notNull)
      .addColumn("document_id", "text")
      .addColumn("type", "text", notNull)
      .addColumn("data", "text", notNull)
      .addColumn("at", "text", notNull)
      .execute();
  },
};
