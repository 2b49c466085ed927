/**
 * What `prfaq user …` and `prfaq workspace …` do, straight on the database
 * (no server needs to run). The CLI only parses arguments and prints.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { inThreadAnalyzer } from "./analysis/pool";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./auth/passwords";
import { revokeOutstandingLinks } from "./auth/sessions";
import { ARCHIVE_FILE, archiveWorkspace, checkArchive, countsOf, restoreWorkspace, type ArchiveCounts, type RestoreResult } from "./backup";
import { DEFAULT_LIMITS, type Services } from "./context";
import { databaseTargetOf, openDatabase, type Database } from "./db/database";
import type { Role } from "./db/schema";
import { ServeError } from "./errors";
import { EventHub } from "./events/hub";
import { newSecret } from "./ids";
import { examplesDir } from "./paths";
import { addMembership, insertUser, isPlausibleEmail, normalizeEmail, slugOf, userByEmail } from "./services/accounts";
import { audit } from "./services/audit";
import { createDocument } from "./services/documents";
import { readExamples, setUpWorkspace } from "./services/setup";

export interface DatabaseOptions {
  dataDir: string;
  database?: string | null;
}

/** Opens and upgrades the database, runs `work`, and closes it again. */
async function withServices<T>(options: DatabaseOptions, work: (services: Services) => Promise<T>): Promise<T> {
  const database: Database = openDatabase(databaseTargetOf(options));
  try {
    await database.migrate();
    const services: Services = {
      database,
      hub: new EventHub(database),
      analyzer: inThreadAnalyzer(),
      settings: { publicUrl: "", trustProxy: null, webRoot: null, limits: DEFAULT_LIMITS },
    };
    return await work(services);
  } finally {
    await database.close();
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new ServeError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
}

/** A password nobody has to invent: 128 random bits, typeable. */
export function generatePassword(): string {
  return newSecret().slice(0, 22);
}

async function resolveWorkspace(services: Services, slugOrId: string | null) {
  const { db } = services.database;
  if (slugOrId) {
    const ws = await db
      .selectFrom("workspaces")
      .selectAll()
      .where((eb) => eb.or([eb("slug", "=", slugOrId), eb("id", "=", slugOrId)]))
      .executeTakeFirst();
    if (!ws) throw new ServeError(`no workspace "${slugOrId}"`);
    return ws;
  }
  const all = await db.selectFrom("workspaces").selectAll().orderBy("created_at").execute();
  if (all.length > 1) throw new ServeError(`there are ${all.length} workspaces (${all.map((w) => w.slug).join(", ")}); name one with --workspace`);
  return all[0] ?? null;
}

export interface AddUserResult {
  userId: string;
  workspace: string;
  role: Role;
  createdWorkspace: boolean;
}

/**
 * Adds an account with a password and makes it a member. The very first
 * account of an empty database becomes the owner of a new, seeded workspace.
 */
export async function addUser(options: DatabaseOptions & { email: string; name: string | null; role: Role | null; workspace: string | null; password: string }): Promise<AddUserResult> {
  const email = normalizeEmail(options.email);
  if (!isPlausibleEmail(email)) throw new ServeError(`"${options.email}" doesn't look like an e-mail address`);
  checkPassword(options.password);
  const hash = await hashPassword(options.password);
  return withServices(options, async (services) => {
    const { database } = services;
    if (await userByEmail(database.db, email)) throw new ServeError(`there is already an account for ${email}; use \`prfaq user reset ${email}\` to give it a new password`);
    // Without --name, the name is the address's local part: a placeholder the app asks to replace once.
    const chosen = options.name?.trim() || null;
    const user = await database.transaction((trx) => insertUser(trx, { email, name: chosen ?? email.split("@")[0], passwordHash: hash, namePending: !chosen }));
    const existing = await resolveWorkspace(services, options.workspace);
    if (!existing) {
      await setUpWorkspace(services, { localOwner: false, ownerId: user.id, examples: readExamples(examplesDir()) });
      const ws = await resolveWorkspace(services, null);
      return { userId: user.id, workspace: ws?.slug ?? "", role: "owner", createdWorkspace: true };
    }
    const role = options.role ?? "editor";
    await database.transaction(async (trx) => {
      await addMembership(trx, existing.id, user.id, role);
      await audit(trx, { workspaceId: existing.id, actorId: null, action: "member.add", target: { type: "user", id: user.id }, detail: { role, via: "cli" } });
    });
    return { userId: user.id, workspace: existing.slug, role, createdWorkspace: false };
  });
}

/**
 * Sets a new password, signs the account out everywhere, revokes every link
 * still outstanding for it (sign-in links, unaccepted invitations to its
 * address), forgets the browsers it trusted and lifts any sign-in delay.
 * Returns how many links were revoked.
 */
export async function resetPassword(options: DatabaseOptions & { email: string; password: string }): Promise<{ revokedLinks: number }> {
  checkPassword(options.password);
  const hash = await hashPassword(options.password);
  return withServices(options, async ({ database }) => {
    const user = await userByEmail(database.db, options.email);
    if (!user) throw new ServeError(`no account for ${normalizeEmail(options.email)}; create it with \`prfaq user add\``);
    return database.transaction(async (trx) => {
      await trx.updateTable("users").set({ password_hash: hash }).where("id", "=", user.id).execute();
      await trx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
      await trx.deleteFrom("trusted_devices").where("user_id", "=", user.id).execute();
      const revokedLinks = await revokeOutstandingLinks(trx, user);
      await trx.deleteFrom("sign_in_failures").where("email", "=", user.email).execute();
      await audit(trx, { workspaceId: null, actorId: null, action: "user.password", target: { type: "user", id: user.id }, detail: { via: "cli", revokedLinks } });
      return { revokedLinks };
    });
  });
}

export interface ExportedWorkspace {
  slug: string;
  archive: string;
  counts: ArchiveCounts;
}

export interface ExportResult {
  /** The Markdown files, one per document. */
  files: string[];
  workspaces: ExportedWorkspace[];
}

/**
 * Writes each workspace whole to DIR/<workspace>/workspace.json (see
 * backup.ts), and beside it the latest revision of every document, as the
 * Markdown that was saved, for people to read. Private documents are
 * included: this runs with direct access to the database, as its administrator.
 */
export async function exportWorkspaces(options: DatabaseOptions & { dir: string; workspace: string | null }): Promise<ExportResult> {
  return withServices(options, async (services) => {
    const { db } = services.database;
    const workspaces = options.workspace ? [await resolveWorkspace(services, options.workspace)] : await db.selectFrom("workspaces").selectAll().orderBy("slug").execute();
    const files: string[] = [];
    const exported: ExportedWorkspace[] = [];
    for (const ws of workspaces) {
      if (!ws) continue;
      const folder = join(options.dir, ws.slug);
      mkdirSync(folder, { recursive: true });
      const archive = await archiveWorkspace(db, ws.id);
      const archivePath = join(folder, ARCHIVE_FILE);
      writeFileSync(archivePath, JSON.stringify(archive));
      exported.push({ slug: ws.slug, archive: archivePath, counts: countsOf(archive) });
      const docs = await db
        .selectFrom("documents")
        .innerJoin("revisions", (join) => join.onRef("revisions.document_id", "=", "documents.id").onRef("revisions.number", "=", "documents.head_revision"))
        .select(["documents.title", "documents.created_at", "revisions.text"])
        .where("documents.workspace_id", "=", ws.id)
        .orderBy("documents.created_at")
        .execute();
      const used = new Set<string>();
      for (const doc of docs) {
        const base = slugOf(doc.title, 80, "document");
        let name = `${base}.md`;
        for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
        used.add(name);
        const path = join(folder, name);
        writeFileSync(path, doc.text);
        files.push(path);
      }
    }
    return { files, workspaces: exported };
  });
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (name.startsWith(".")) return [];
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return /\.(md|markdown)$/i.test(name) ? [path] : [];
    });
}

/** The workspace archives under a path: the path itself, or workspace.json files up to two folders down. */
export function archivesUnder(path: string): string[] {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return [];
  }
  if (!stats.isDirectory()) return path.endsWith(".json") ? [path] : [];
  const found: string[] = [];
  const look = (dir: string, depth: number) => {
    for (const name of readdirSync(dir).sort()) {
      const child = join(dir, name);
      if (name === ARCHIVE_FILE) found.push(child);
      else if (depth > 0 && !name.startsWith(".") && statSync(child).isDirectory()) look(child, depth - 1);
    }
  };
  look(path, 2);
  return found;
}

/**
 * Restores workspace archives, each whole or not at all. Several archives
 * (an export of every workspace) are restored one by one; the first that
 * can't be is reported, and those before it stay restored.
 */
export async function restoreArchives(options: DatabaseOptions & { paths: string[]; slug: string | null }): Promise<RestoreResult[]> {
  if (options.slug && options.paths.length > 1) throw new ServeError(`--workspace names one restored workspace, and there are ${options.paths.length} archives; restore them one at a time`);
  const archives = options.paths.map((path) => {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new ServeError(`can't read ${path}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new ServeError(`${path} is not valid JSON (${err instanceof Error ? err.message : String(err)}). Nothing was imported.`);
    }
    return { path, archive: checkArchive(parsed, path) };
  });
  return withServices(options, async ({ database }) => {
    const results: RestoreResult[] = [];
    for (const { path, archive } of archives) results.push(await restoreWorkspace(database, archive, { slug: options.slug, source: path }));
    return results;
  });
}

export interface ImportResult {
  imported: string[];
  skipped: { path: string; reason: string }[];
  workspace: string;
}

/**
 * Creates one document per Markdown file under DIR. A file whose text is
 * already the latest revision of a document in the workspace is skipped, so
 * importing the same folder twice changes nothing.
 */
export async function importWorkspace(options: DatabaseOptions & { dir: string; workspace: string | null; as: string | null }): Promise<ImportResult> {
  let files: string[];
  try {
    files = statSync(options.dir).isDirectory() ? markdownFiles(options.dir) : [options.dir];
  } catch {
    throw new ServeError(`can't read ${options.dir}: no such file or directory`);
  }
  return withServices(options, async (services) => {
    const { db } = services.database;
    const ws = await resolveWorkspace(services, options.workspace);
    if (!ws) throw new ServeError("there is no workspace yet: start `prfaq serve` once, or create an account with `prfaq user add`");
    let authorId: string;
    if (options.as) {
      const user = await userByEmail(db, options.as);
      if (!user) throw new ServeError(`no account for ${options.as}`);
      authorId = user.id;
    } else {
      const owner = await db.selectFrom("memberships").select("user_id").where("workspace_id", "=", ws.id).where("role", "=", "owner").orderBy("created_at").executeTakeFirst();
      if (!owner) throw new ServeError(`workspace ${ws.slug} has no owner to import as; pass --as EMAIL`);
      authorId = owner.user_id;
    }
    const existing = new Set(
      (
        await db
          .selectFrom("documents")
          .innerJoin("revisions", (join) => join.onRef("revisions.document_id", "=", "documents.id").onRef("revisions.number", "=", "documents.head_revision"))
          .select("revisions.text")
          .where("documents.workspace_id", "=", ws.id)
          .execute()
      ).map((r) => r.text),
    );
    const result: ImportResult = { imported: [], skipped: [], workspace: ws.slug };
    for (const path of files) {
      const fromHere = relative(process.cwd(), path);
      const shown = fromHere && !fromHere.startsWith("..") ? fromHere : path;
      const bytes = readFileSync(path);
      if (bytes.includes(0)) {
        result.skipped.push({ path: shown, reason: "binary file" });
        continue;
      }
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
      if (!text.trim()) result.skipped.push({ path: shown, reason: "empty" });
      else if (text.length > DEFAULT_LIMITS.documentChars) result.skipped.push({ path: shown, reason: `larger than ${DEFAULT_LIMITS.documentChars} characters` });
      else if (existing.has(text)) result.skipped.push({ path: shown, reason: "already in the workspace" });
      else {
        await createDocument(services, { workspaceId: ws.id, authorId, text, visibility: "workspace" });
        existing.add(text);
        result.imported.push(shown);
      }
    }
    return result;
  });
}
