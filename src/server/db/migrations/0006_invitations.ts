import type { VersionedMigration } from "./helpers";
import { notNull } from "./helpers";

/**
 * Invitations to one workspace, which the invited person accepts, instead of
 * an account made up front that anyone holding its link could claim; and the
 * browsers an account has signed in from, which a stranger's failed guesses
 * do not slow down.
 */
export const invitations: VersionedMigration = {
  async up(db) {
    await db.schema
      .createTable("invitations")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("token_hash", "text", (c) => c.notNull().unique())
      .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id").onDelete("cascade"))
      .addColumn("email", "text", notNull)
      .addColumn("name", "text")
      .addColumn("role", "text", notNull)
      .addColumn("invited_by", "text", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("created_at", "text", notNull)
      .addColumn("expires_at", "text", notNull)
      .addColumn("accepted_at", "text")
      .addColumn("accepted_by", "text", (c) => c.references("users.id").onDelete("set null"))
      .addColumn("revoked_at", "text")
      // One invitation per address and workspace: two owners inviting the same person at once get one link, not two.
      .addUniqueConstraint("invitations_workspace_email", ["workspace_id", "email"])
      .execute();
    await db.schema.createIndex("invitations_email").on("invitations").column("email").execute();

    await db.schema
      .createTable("trusted_devices")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", notNull)
      .execute();
    await db.schema.createIndex("trusted_devices_user").on("trusted_devices").column("user_id").execute();
  },
};
