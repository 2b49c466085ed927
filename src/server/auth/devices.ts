import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { Kysely } from "kysely";
import type { AppEnv } from "../context";
import type { Schema } from "../db/schema";
import { hashSecret, newSecret, now } from "../ids";
import { isHttps } from "../middleware/session";

/**
 * A long-lived cookie naming this browser. A browser that has signed in to an
 * account with its password is not slowed down by other people's failed
 * guesses at that account (OWASP's "device cookie").
 */
export const DEVICE_COOKIE = "prfaq_device";
const DEVICE_TTL_S = 365 * 24 * 3600;

const deviceId = (token: string, userId: string) => hashSecret(`${token}:${userId}`);

export async function isKnownDevice(c: Context<AppEnv>, db: Kysely<Schema>, userId: string | undefined): Promise<boolean> {
  const token = getCookie(c, DEVICE_COOKIE);
  if (!token || !userId || token.length > 100) return false;
  const row = await db.selectFrom("trusted_devices").select("id").where("id", "=", deviceId(token, userId)).executeTakeFirst();
  return row !== undefined;
}

export async function rememberDevice(c: Context<AppEnv>, db: Kysely<Schema>, userId: string): Promise<void> {
  let token = getCookie(c, DEVICE_COOKIE);
  if (!token || token.length > 100) token = newSecret();
  const id = deviceId(token, userId);
  await db
    .insertInto("trusted_devices")
    .values({ id, user_id: userId, created_at: now() })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  setCookie(c, DEVICE_COOKIE, token, { httpOnly: true, sameSite: "Lax", path: "/api/", secure: isHttps(c), maxAge: DEVICE_TTL_S });
}
