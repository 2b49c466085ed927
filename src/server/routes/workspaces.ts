import { Hono } from "hono";
import type { AppEnv } from "../context";
import type { Kysely } from "kysely";
import type { Database } from "../db/database";
import type { Role, Schema } from "../db/schema";
import { conflict, HttpError, invalid, notFound } from "../errors";
import { insertWorkspace, isPlausibleEmail, normalizeEmail } from "../services/accounts";
import { inviteToWorkspace, pendingInvitations, revokeInvitation } from "../services/invitations";
import { requireAuth, requireRole, ROLES, visibleDocuments, workspaceAccess } from "../services/access";
import { audit } from "../services/audit";
import { createDocument } from "../services/documents";
import { documentSummaries } from "../services/views";
import { optionalOneOf, optionalString, readJsonObject, requireOneOf, requireString } from "../validate";
import { jsonWithRaw } from "../raw-json";
import { documentResponse } from "./documents";
import { workspacesOf } from "./session";

const STAGES = ["draft", "in-review", "decided"] as const;

async function memberList(c: { var: AppEnv["Variables"] }, workspaceId: string) {
  const rows = await c.var.services.database.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.id", "users.name", "users.email", "memberships.role", "memberships.created_at"])
    .where("memberships.workspace_id", "=", workspaceId)
    .orderBy("users.name")
    .execute();
  return rows.map((r) => ({ user: { id: r.id, name: r.name }, email: r.email, role: r.role, joinedAt: r.created_at }));
}

/**
 * Inside the transaction that demotes or removes `userId`: refuses when they
 * are the last owner. On PostgreSQL the owners' rows are locked, so two owners
 * demoting each other at once can't both succeed.
 */
async function assertAnOwnerRemains(database: Database, trx: Kysely<Schema>, workspaceId: string, userId: string, newRole: Role | null): Promise<void> {
  let query = trx.selectFrom("memberships").select("user_id").where("workspace_id", "=", workspaceId).where("role", "=", "owner");
  if (database.kind === "postgres") query = query.forUpdate();
  const owners = await query.execute();
  if (newRole !== "owner" && owners.length === 1 && owners[0].user_id === userId) {
    throw conflict("A workspace needs at least one owner: make someone else owner first.");
  }
}

export const workspaceRoutes = new Hono<AppEnv>()
  .get("/", async (c) => {
    const auth = requireAuth(c.var.auth);
    return c.json({ workspaces: await workspacesOf(c.var.services.database.db, auth.user.id) });
  })
  .post("/", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const name = requireString(body, "name", { trim: true, min: 1, max: 100 });
    const workspace = await c.var.services.database.transaction((trx) => insertWorkspace(trx, name, auth.user.id));
    return c.json({ id: workspace.id, name: workspace.name, slug: workspace.slug, role: "owner", createdAt: workspace.created_at }, 201);
  })
  .get("/:ws", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { workspace, role } = await workspaceAccess(c.var.services.database.db, c.req.param("ws"), auth.user.id);
    return c.json({ ...workspace, role });
  })
  .get("/:ws/members", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { workspace } = await workspaceAccess(c.var.services.database.db, c.req.param("ws"), auth.user.id);
    return c.json({ members: await memberList(c, workspace.id) });
  })
  .post("/:ws/members", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { database, settings } = c.var.services;
    const access = await workspaceAccess(database.db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "add members");
    const body = await readJsonObject(c);
    const email = normalizeEmail(requireString(body, "email", { trim: true, max: 254 }));
    if (!isPlausibleEmail(email)) throw invalid("email", `"${email}" doesn't look like an e-mail address.`);
    const role = requireOneOf<Role>(body, "role", ROLES);
    const name = optionalString(body, "name", { trim: true, max: 100 });
    const { invitation, token } = await inviteToWorkspace(c.var.services, access, auth, { email, role, name: name || null });
    // The link is the invitation: pass it on to that person only. It joins this one workspace once they accept.
    return c.json({ invitation, signInUrl: `${settings.publicUrl}/?token=${token}` }, 201);
  })
  .get("/:ws/invitations", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const access = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "see invitations");
    return c.json({ invitations: await pendingInvitations(db, access.workspace.id) });
  })
  .delete("/:ws/invitations/:id", async (c) => {
    const auth = requireAuth(c.var.auth);
    const access = await workspaceAccess(c.var.services.database.db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "revoke invitations");
    if (!(await revokeInvitation(c.var.services, access, auth, c.req.param("id")))) throw notFound("pending invitation");
    return c.body(null, 204);
  })
  .patch("/:ws/members/:userId", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { database } = c.var.services;
    const access = await workspaceAccess(database.db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "change roles");
    const body = await readJsonObject(c);
    const role = requireOneOf<Role>(body, "role", ROLES);
    const userId = c.req.param("userId");
    const member = (await memberList(c, access.workspace.id)).find((m) => m.user.id === userId);
    if (!member) throw notFound("member");
    await database.transaction(async (trx) => {
      await assertAnOwnerRemains(database, trx, access.workspace.id, userId, role);
      await trx.updateTable("memberships").set({ role }).where("workspace_id", "=", access.workspace.id).where("user_id", "=", userId).execute();
      await audit(trx, { workspaceId: access.workspace.id, actorId: auth.user.id, action: "member.update", target: { type: "user", id: userId }, detail: { from: member.role, to: role } });
    });
    return c.json({ ...member, role });
  })
  .delete("/:ws/members/:userId", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { database } = c.var.services;
    const access = await workspaceAccess(database.db, c.req.param("ws"), auth.user.id);
    requireRole(access, "owner", "remove members");
    const userId = c.req.param("userId");
    const member = (await memberList(c, access.workspace.id)).find((m) => m.user.id === userId);
    if (!member) throw notFound("member");
    await database.transaction(async (trx) => {
      await assertAnOwnerRemains(database, trx, access.workspace.id, userId, null);
      await trx.deleteFrom("memberships").where("workspace_id", "=", access.workspace.id).where("user_id", "=", userId).execute();
      await audit(trx, { workspaceId: access.workspace.id, actorId: auth.user.id, action: "member.remove", target: { type: "user", id: userId }, detail: { role: member.role } });
    });
    return c.body(null, 204);
  })
  .get("/:ws/documents", async (c) => {
    const auth = requireAuth(c.var.auth);
    const { db } = c.var.services.database;
    const { workspace } = await workspaceAccess(db, c.req.param("ws"), auth.user.id);
    const stage = c.req.query("stage");
    if (stage !== undefined && !(STAGES as readonly string[]).includes(stage)) throw invalid("stage", `stage must be one of: ${STAGES.join(", ")}.`);
    let query = visibleDocuments(db, workspace.id, auth.user.id).orderBy("documents.updated_at", "desc");
    if (stage) query = query.where("documents.stage", "=", stage as (typeof STAGES)[number]);
    return c.json({ documents: await documentSummaries(db, await query.execute()) });
  })
  .post("/:ws/documents", async (c) => {
    const auth = requireAuth(c.var.auth);
    const services = c.var.services;
    const access = await workspaceAccess(services.database.db, c.req.param("ws"), auth.user.id);
    requireRole(access, "editor", "create documents");
    const body = await readJsonObject(c);
    const text = requireString(body, "text");
    const visibility = optionalOneOf(body, "visibility", ["workspace", "private"] as const) ?? "workspace";
    if (!text.trim()) throw new HttpError(400, "invalid", "The document is empty: write at least a headline.", { field: "text" });
    const doc = await createDocument(services, { workspaceId: access.workspace.id, authorId: auth.user.id, text, visibility });
    return jsonWithRaw(c, await documentResponse(services.database, doc.id, auth.user.id), 201);
  });
