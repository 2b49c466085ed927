import { sql, type Kysely } from "kysely";
import type { Role, Schema, UserRow } from "../db/schema";
import type { Database } from "../db/database";
import { newId, now } from "../ids";
import { audit } from "./audit";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254;
}

export async function userByEmail(db: Kysely<Schema>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", normalizeEmail(email)).executeTakeFirst();
}

export async function insertUser(db: Kysely<Schema>, input: { email: string; name: string; passwordHash: string | null; namePending?: boolean }): Promise<UserRow> {
  const user: UserRow = {
    id: newId("usr"),
    email: normalizeEmail(input.email),
    name: input.name.trim(),
    password_hash: input.passwordHash,
    created_at: now(),
    name_pending: input.namePending ? 1 : 0,
  };
  await db.insertInto("users").values(user).execute();
  return user;
}

export function slugOf(name: string, maxLength = 48, fallback = "workspace"): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** A slug nobody uses yet: "payments", then "payments-2", … */
export async function freeSlug(db: Kysely<Schema>, name: string): Promise<string> {
  const base = slugOf(name);
  const taken = new Set(
    (
      await db
        .selectFrom("workspaces")
        .select("slug")
        .where((eb) => eb.or([eb("slug", "=", base), eb("slug", "like", `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export async function insertWorkspace(db: Kysely<Schema>, name: string, ownerId: string) {
  const workspace = { id: newId("ws"), slug: await freeSlug(db, name), name: name.trim(), created_at: now() };
  await db.insertInto("workspaces").values(workspace).execute();
  await db.insertInto("memberships").values({ workspace_id: workspace.id, user_id: ownerId, role: "owner", created_at: workspace.created_at }).execute();
  await audit(db, { workspaceId: workspace.id, actorId: ownerId, action: "workspace.create", target: { type: "workspace", id: workspace.id }, detail: { name: workspace.name } });
  return workspace;
}

export async function addMembership(db: Kysely<Schema>, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db.insertInto("memberships").values({ workspace_id: workspaceId, user_id: userId, role, created_at: now() }).execute();
}

/**
 * Serialises first-start work (seeding, the first account) between server
 * instances that start at the same moment on one database.
 */
export async function lockForSetup(database: Database, trx: Kysely<Schema>): Promise<void> {
  if (database.kind === "postgres") await sql`lock table workspaces in share row exclusive mode`.execute(trx);
}

export async function workspaceCount(db: Kysely<Schema>): Promise<number> {
  const row = await db.selectFrom("workspaces").select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
  return Number(row?.n ?? 0);
}
