import type { Kysely } from "kysely";
import type { Auth } from "../context";
import type { Schema } from "../db/schema";
import { hashSecret, later, newSecret, now } from "../ids";

export const SESSION_COOKIE = "prfaq_session";
export const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
// Sliding expiry is refreshed at most this often, so reads don't turn into writes.
const TOUCH_INTERVAL_MS = 3600 * 1000;

export async function createSession(db: Kysely<Schema>, userId: string): Promise<{ token: string; csrfToken: string }> {
  const token = newSecret();
  const csrfToken = newSecret();
  const at = now();
  await db
    .insertInto("sessions")
    .values({ id: hashSecret(token), user_id: userId, csrf_token: csrfToken, created_at: at, last_seen_at: at, expires_at: later(SESSION_TTL_MS) })
    .execute();
  return { token, csrfToken };
}

export async function loadSession(db: Kysely<Schema>, token: string): Promise<Auth | null> {
  const sessionId = hashSecret(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select(["sessions.csrf_token", "sessions.last_seen_at", "sessions.expires_at", "users.id", "users.name", "users.email", "users.password_hash", "users.name_pending"])
    .where("sessions.id", "=", sessionId)
    .executeTakeFirst();
  if (!row) return null;
  const nowMs = Date.now();
  if (Date.parse(row.expires_at) <= nowMs) {
    await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
    return null;
  }
  if (nowMs - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await db.updateTable("sessions").set({ last_seen_at: now(), expires_at: later(SESSION_TTL_MS, nowMs) }).where("id", "=", sessionId).execute();
  }
  return {
    user: { id: row.id, name: row.name, email: row.email, hasPassword: row.password_hash !== null, needsName: row.name_pending === 1 },
    sessionId,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Kysely<Schema>, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function createSignInToken(db: Kysely<Schema>, userId: string, purpose: "local-owner" | "invitation", ttlMs: number): Promise<string> {
  const token = newSecret();
  await db.insertInto("sign_in_tokens").values({ id: hashSecret(token), user_id: userId, purpose, created_at: now(), expires_at: later(ttlMs), used_at: null }).execute();
  return token;
}

/** Uses up a one-time sign-in token; the user it names, or null when it is unknown, used or expired. */
export async function redeemSignInToken(db: Kysely<Schema>, token: string): Promise<string | null> {
  const id = hashSecret(token);
  const at = now();
  // One conditional UPDATE: of two instances redeeming the same token at once, only one changes a row.
  const result = await db.updateTable("sign_in_tokens").set({ used_at: at }).where("id", "=", id).where("used_at", "is", null).where("expires_at", ">", at).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom("sign_in_tokens").select("user_id").where("id", "=", id).executeTakeFirst();
  return row?.user_id ?? null;
}

/**
 * Ends every link that could still act for this account: its unused sign-in
 * links, and the invitations addressed to its e-mail that nobody has
 * accepted. Run when its password is reset or changed, since whoever held
 * such a link may be the reason.
 */
export async function revokeOutstandingLinks(trx: Kysely<Schema>, user: { id: string; email: string }): Promise<number> {
  const at = now();
  const links = await trx.deleteFrom("sign_in_tokens").where("user_id", "=", user.id).where("used_at", "is", null).executeTakeFirst();
  const invitations = await trx
    .updateTable("invitations")
    .set({ revoked_at: at })
    .where("email", "=", user.email)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", at)
    .executeTakeFirst();
  return Number(links.numDeletedRows) + Number(invitations.numUpdatedRows);
}

/** Drops expired sessions and spent sign-in links; run at start, so the tables don't grow forever. */
export async function pruneExpired(db: Kysely<Schema>): Promise<void> {
  const at = now();
  await db.deleteFrom("sessions").where("expires_at", "<=", at).execute();
  await db
    .deleteFrom("sign_in_tokens")
    .where((eb) => eb.or([eb("expires_at", "<=", at), eb("used_at", "is not", null)]))
    .execute();
}
