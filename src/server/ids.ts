import { createHash, randomBytes } from "node:crypto";

export type IdPrefix = "usr" | "ws" | "doc" | "rev" | "cmt" | "rvw" | "dec" | "inv";

/** Random ids: unguessable, so an id alone never reveals that a private document exists. */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(12).toString("base64url")}`;
}

/** A secret for a cookie or a sign-in link. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Secrets are stored hashed: a copy of the database can't be used to sign in. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

export function now(): string {
  return new Date().toISOString();
}

export function later(ms: number, from = Date.now()): string {
  return new Date(from + ms).toISOString();
}
