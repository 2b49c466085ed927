import { sql, type Kysely } from "kysely";
import type { Database } from "../db/database";
import type { Schema } from "../db/schema";
import { HttpError } from "../errors";
import { now } from "../ids";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Attempts a scope may make in the window before each further one waits.
 * The (account, address) pair is what a guesser at one account works
 * through; the address alone catches one guesser trying many accounts; the
 * account alone catches many addresses guessing one account, and spares the
 * browsers that account has signed in from before, so strangers guessing
 * cannot keep its owner out.
 */
export const SIGN_IN_LIMITS = { pair: 5, address: 30, account: 20 } as const;

const FIRST_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

/** The wait before the next attempt once a scope is `excess` attempts past its limit: it doubles, up to 15 minutes. */
export function delayAfter(excess: number): number {
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, excess));
}

export interface AttemptKey {
  email: string;
  address: string;
  /** The browser has signed in to this account before (see trusted_devices). */
  knownDevice: boolean;
}

interface Attempt {
  email: string;
  ip: string;
  at: string;
}

/** When the next attempt in one scope may be made, or 0 when it may be made now. */
function nextAllowedAt(attempts: Attempt[], limit: number): number {
  if (attempts.length < limit) return 0;
  const latest = Math.max(...attempts.map((a) => Date.parse(a.at)));
  return latest + delayAfter(attempts.length - limit);
}

function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/**
 * Counts a sign-in attempt before its password is checked, and refuses it
 * (429, with Retry-After) while one of its scopes is waiting. The count and
 * the insert happen under one lock (BEGIN IMMEDIATE on SQLite, an advisory
 * lock on PostgreSQL), so a hundred guesses sent at once are counted one
 * after another, not all against the same empty table. Returns the
 * attempt's id, for `attemptSucceeded`.
 */
export async function countAttempt(database: Database, key: AttemptKey): Promise<number> {
  return database.transaction(async (trx) => {
    if (database.kind === "postgres") await sql`select pg_advisory_xact_lock(hashtext('prfaq.sign_in_failures'))`.execute(trx);
    const since = new Date(Date.now() - SIGN_IN_WINDOW_MS).toISOString();
    const recent = await trx
      .selectFrom("sign_in_failures")
      .select(["email", "ip", "at"])
      .where("at", ">", since)
      .where((eb) => eb.or([eb("email", "=", key.email), eb("ip", "=", key.address)]))
      .execute();
    const byAccount = recent.filter((a) => a.email === key.email);
    const waits = [
      nextAllowedAt(
        byAccount.filter((a) => a.ip === key.address),
        SIGN_IN_LIMITS.pair,
      ),
      nextAllowedAt(
        recent.filter((a) => a.ip === key.address),
        SIGN_IN_LIMITS.address,
      ),
      key.knownDevice ? 0 : nextAllowedAt(byAccount, SIGN_IN_LIMITS.account),
    ];
    const wait = Math.max(...waits) - Date.now();
    if (wait > 0) {
      throw new HttpError(429, "rate_limited", `Too many sign-in attempts. Try again in ${inWords(wait)}, or ask a workspace owner to reset your password.`, {
        headers: { "Retry-After": String(Math.ceil(wait / 1000)) },
      });
    }
    const inserted = await trx.insertInto("sign_in_failures").values({ email: key.email, ip: key.address, at: now() }).returning("id").executeTakeFirstOrThrow();
    // Keep the table small: anything outside the window no longer counts.
    await trx.deleteFrom("sign_in_failures").where("at", "<", since).execute();
    return Number(inserted.id);
  });
}

/** The right password: this attempt and the earlier failures from the same address stop counting. */
export async function attemptSucceeded(db: Kysely<Schema>, key: Pick<AttemptKey, "email" | "address">, attemptId: number): Promise<void> {
  await db
    .deleteFrom("sign_in_failures")
    .where((eb) => eb.or([eb("id", "=", attemptId), eb.and([eb("email", "=", key.email), eb("ip", "=", key.address)])]))
    .execute();
}
