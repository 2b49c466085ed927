import { getConnInfo } from "@hono/node-server/conninfo";
import { clientAddressOf } from "../auth/client-address";
import { isKnownDevice, rememberDevice } from "../auth/devices";
import { Hono, type Context } from "hono";
import type { Kysely } from "kysely";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "../auth/passwords";
import { attemptSucceeded, countAttempt } from "../auth/rate-limit";
import { deleteSession, revokeOutstandingLinks } from "../auth/sessions";
import type { AppEnv, Auth } from "../context";
import type { Schema } from "../db/schema";
import { HttpError, invalid } from "../errors";
import { endSessionCookie, startSession } from "../middleware/session";
import { normalizeEmail, userByEmail } from "../services/accounts";
import { audit } from "../services/audit";
import { requireAuth } from "../services/access";
import { optionalString, readJsonObject, requireString } from "../validate";

export async function workspacesOf(db: Kysely<Schema>, userId: string) {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("workspaces", "workspaces.id", "memberships.workspace_id")
    .select(["workspaces.id", "workspaces.name", "workspaces.slug", "workspaces.created_at", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("workspaces.name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug, role: r.role, createdAt: r.created_at }));
}

export async function sessionBody(db: Kysely<Schema>, auth: Pick<Auth, "user" | "csrfToken">) {
  return { user: auth.user, csrfToken: auth.csrfToken, workspaces: await workspacesOf(db, auth.user.id) };
}

function peerAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** Who is asking, for rate limits and the audit log: see clientAddressOf. */
export function clientAddress(c: Context<AppEnv>): string {
  return clientAddressOf(peerAddress(c), c.req.header("x-forwarded-for"), c.var.services.settings.trustProxy).slice(0, 100);
}

export const sessionRoutes = new Hono<AppEnv>()
  .get("/session", async (c) => {
    const auth = requireAuth(c.var.auth);
    return c.json(await sessionBody(c.var.services.database.db, auth));
  })
  .post("/session", async (c) => {
    const body = await readJsonObject(c);
    const email = normalizeEmail(requireString(body, "email", { max: 254 }));
    const password = requireString(body, "password", { max: 1024 });
    const { database } = c.var.services;
    const { db } = database;
    const ip = clientAddress(c);
    const user = await userByEmail(db, email);
    const key = { email, address: ip, knownDevice: await isKnownDevice(c, db, user?.id) };
    const attempt = await countAttempt(database, key);
    const ok = await verifyPassword(password, user?.password_hash ?? null);
    if (!user || !ok) throw new HttpError(401, "unauthenticated", "That e-mail and password don't match an account.");
    await attemptSucceeded(db, key, attempt);
    const { csrfToken } = await startSession(c, user.id, { method: "password", ip });
    await rememberDevice(c, db, user.id);
    const auth = { user: { id: user.id, name: user.name, email: user.email, hasPassword: true, needsName: user.name_pending === 1 }, csrfToken };
    return c.json(await sessionBody(db, auth));
  })
  .delete("/session", async (c) => {
    const auth = requireAuth(c.var.auth);
    await c.var.services.database.transaction(async (trx) => {
      await deleteSession(trx, auth.sessionId);
      await audit(trx, { workspaceId: null, actorId: auth.user.id, action: "session.delete" });
    });
    endSessionCookie(c);
    return c.body(null, 204);
  })
  .patch("/account", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const name = requireString(body, "name", { max: 80 }).trim();
    if (!name) throw invalid("name", "Enter the name others should see.");
    const { db } = c.var.services.database;
    await c.var.services.database.transaction(async (trx) => {
      // Keeping the suggested name is a choice too: the question isn't asked again.
      await trx.updateTable("users").set({ name, name_pending: 0 }).where("id", "=", auth.user.id).execute();
      await audit(trx, { workspaceId: null, actorId: auth.user.id, action: "user.rename" });
    });
    return c.json(await sessionBody(db, { ...auth, user: { ...auth.user, name, needsName: false } }));
  })
  .post("/account/password", async (c) => {
    const auth = requireAuth(c.var.auth);
    const body = await readJsonObject(c);
    const current = optionalString(body, "currentPassword", { max: 1024 });
    const next = requireString(body, "newPassword", { max: 1024 });
    if (next.length < MIN_PASSWORD_LENGTH) throw invalid("newPassword", `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`);
    const { database } = c.var.services;
    const user = await database.db.selectFrom("users").selectAll().where("id", "=", auth.user.id).executeTakeFirstOrThrow();
    if (user.password_hash !== null) {
      if (current === null) throw invalid("currentPassword", "Enter your current password to set a new one.");
      // A stolen session must not become a way to guess the password: this check counts like a sign-in.
      const key = { email: user.email, address: clientAddress(c), knownDevice: await isKnownDevice(c, database.db, user.id) };
      const attempt = await countAttempt(database, key);
      if (!(await verifyPassword(current, user.password_hash))) throw new HttpError(403, "forbidden", "Your current password is not right.");
      await attemptSucceeded(database.db, key, attempt);
    }
    const hash = await hashPassword(next);
    await database.transaction(async (trx) => {
      // Only a first password may be set without the current one; of two such requests at once, one wins.
      let update = trx.updateTable("users").set({ password_hash: hash }).where("id", "=", user.id);
      update = user.password_hash === null ? update.where("password_hash", "is", null) : update.where("password_hash", "=", user.password_hash);
      const changed = await update.executeTakeFirst();
      if (Number(changed.numUpdatedRows) !== 1) throw new HttpError(409, "conflict", "Your password was changed meanwhile: enter the current one.");
      // A new password ends every other session and every link handed out for this account: whoever knew or held them is out.
      await trx.deleteFrom("sessions").where("user_id", "=", user.id).where("id", "!=", auth.sessionId).execute();
      await revokeOutstandingLinks(trx, user);
      await audit(trx, { workspaceId: null, actorId: user.id, action: "user.password" });
    });
    return c.body(null, 204);
  });
