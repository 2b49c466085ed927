import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { userInfo } from "node:os";
import type { Services } from "../context";
import type { UserRow } from "../db/schema";
import { insertUser, insertWorkspace, lockForSetup, userByEmail, workspaceCount } from "./accounts";
import { insertDocument } from "./documents";

/** The passwordless account of local mode; it signs in only through one-time links. */
export const LOCAL_OWNER_EMAIL = "owner@localhost";
export const DEFAULT_WORKSPACE_NAME = "My workspace";

export interface ExampleDocument {
  name: string;
  text: string;
}

export function readExamples(dir: string | null): ExampleDocument[] {
  if (!dir) return [];
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => ({ name: basename(name), text: readFileSync(join(dir, name), "utf8") }));
  } catch {
    return [];
  }
}

function localOwnerName(): string {
  try {
    return userInfo().username || "Local owner";
  } catch {
    return "Local owner";
  }
}

export interface SetupResult {
  /** The local owner, in local mode (created on first start). */
  localOwner: UserRow | null;
  /** True when this start created the first workspace. */
  seeded: boolean;
}

/**
 * First start: a workspace seeded with the example documents, owned by the
 * local owner (local mode) or by `ownerId` (the first account made with
 * `prfaq user add`). Later starts change nothing.
 */
export async function setUpWorkspace(services: Services, options: { localOwner: boolean; ownerId?: string; examples: ExampleDocument[] }): Promise<SetupResult> {
  const contents = await Promise.all(options.examples.map((e) => services.analyzer.analyze(e.text)));
  const result = await services.database.transaction(async (trx) => {
    await lockForSetup(services.database, trx);
    let localOwner: UserRow | null = null;
    if (options.localOwner) {
      localOwner = (await userByEmail(trx, LOCAL_OWNER_EMAIL)) ?? null;
      const anyUser = await trx.selectFrom("users").select("id").limit(1).executeTakeFirst();
      if (!localOwner && !anyUser) localOwner = await insertUser(trx, { email: LOCAL_OWNER_EMAIL, name: localOwnerName(), passwordHash: null, namePending: true });
    }
    const ownerId = options.ownerId ?? localOwner?.id;
    if (!ownerId || (await workspaceCount(trx)) > 0) return { localOwner, seeded: false };
    const workspace = await insertWorkspace(trx, DEFAULT_WORKSPACE_NAME, ownerId);
    for (const content of contents) {
      await insertDocument(services, trx, { workspaceId: workspace.id, authorId: ownerId, text: content.text, visibility: "workspace" }, content);
    }
    return { localOwner, seeded: true };
  });
  services.hub.nudge();
  return result;
}
