import type { Kysely } from "kysely";
import type { Schema } from "../db/schema";
import { HttpError } from "../errors";
import { now } from "../ids";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

/**
 * Failed sign-ins are counted in the database, not in memory, so a guesser
 * can't multiply their attempts by spreading them over server instances.
 */
export async function assertSignInAllowed(db: Kysely<Schema>, email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS).toISOString();
  const counts = await db
    .selectFrom("sign_in_failures")
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("email", "=", email).then(1).else(0).end()).as("by_email"),
      eb.fn.sum<number>(eb.case().when("ip", "=", ip).then(1).else(0).end()).as("by_ip"),
      eb.fn.min("at").as("oldest"),
    ])
    .where("at", ">", since)
    .where((eb) => eb.or([eb("email", "=", email), eb("ip", "=", ip)]))
    .executeTakeFirst();
  const byEmail = Number(counts?.by_email ?? 0);
  const byIp = Number(counts?.by_ip ?? 0);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_ADDRESS) {
    const oldest = counts?.oldest ? Date.parse(String(counts.oldest)) : Date.now();
    const retryAfter = Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - Date.now()) / 1000));
    throw new HttpError(429, "rate_limited", `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes, or ask a workspace owner to reset your password.`, {
      headers: { "Retry-After": String(retryAfter) },
    });
  }
}

export async function recordSignInFailure(db: Kysely<Schema>, email: string, ip: string): Promise<void> {
  await db.insertInto("sign_in_failures").values({ email, ip, at: now() }).execute();
  // Keep the table small: anything outside the window no longer counts.
  const cutoff = new Date(Date.now() - SIGN_IN_WINDOW_MS).toISOString();
  await db.deleteFrom("sign_in_failures").where("at", "<", cutoff).execute();
}

export async function clearSignInFailures(db: Kysely<Schema>, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("email", "=", email).execute();
}
