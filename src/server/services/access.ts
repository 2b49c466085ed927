import type { Kysely } from "kysely";
import type { Auth } from "../context";
import type { DocumentRow, Role, Schema } from "../db/schema";
import { forbidden, HttpError, notFound } from "../errors";

const RANK: Record<Role, number> = { viewer: 0, reviewer: 1, editor: 2, owner: 3 };
export const ROLES: readonly Role[] = ["owner", "editor", "reviewer", "viewer"];

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}

export function requireAuth(auth: Auth | null): Auth {
  if (!auth) throw new HttpError(401, "unauthenticated", "Sign in first: your session is missing or has expired.");
  return auth;
}

export interface WorkspaceAccess {
  workspace: { id: string; slug: string; name: string; createdAt: string };
  role: Role;
}

/** The workspace (by id or slug) and your role in it; 404 when you are not a member, as if it didn't exist. */
export async function workspaceAccess(db: Kysely<Schema>, idOrSlug: string, userId: string): Promise<WorkspaceAccess> {
  const row = await db
    .selectFrom("workspaces")
    .innerJoin("memberships", "memberships.workspace_id", "workspaces.id")
    .select(["workspaces.id", "workspaces.slug", "workspaces.name", "workspaces.created_at", "memberships.role"])
    .where((eb) => eb.or([eb("workspaces.id", "=", idOrSlug), eb("workspaces.slug", "=", idOrSlug)]))
    .where("memberships.user_id", "=", userId)
    .executeTakeFirst();
  if (!row) throw notFound("workspace");
  return { workspace: { id: row.id, slug: row.slug, name: row.name, createdAt: row.created_at }, role: row.role };
}

export function requireRole(access: { role: Role }, minimum: Role, action: string): void {
  if (!roleAtLeast(access.role, minimum)) throw forbidden(`Your role (${access.role}) can't ${action}; it needs ${minimum} or above.`);
}

export interface Permissions {
  edit: boolean;
  comment: boolean;
  review: boolean;
  decide: boolean;
  manage: boolean;
}

export interface DocumentAccess {
  doc: DocumentRow;
  role: Role;
  isAuthor: boolean;
  isInvited: boolean;
  permissions: Permissions;
}

/**
 * A document with your role in its workspace and whether you write or review
 * it: everything `accessOf` decides from. A read that needs more of the
 * document (its head revision, its authors) joins it onto this one query.
 */
export function documentWithMembership(db: Kysely<Schema>, documentId: string, userId: string) {
  return db
    .selectFrom("documents")
    .innerJoin("memberships", (join) => join.onRef("memberships.workspace_id", "=", "documents.workspace_id").on("memberships.user_id", "=", userId))
    .selectAll("documents")
    .select([
      "memberships.role as member_role",
      (eb) =>
        eb
          .exists(eb.selectFrom("document_authors").select("document_authors.user_id").whereRef("document_authors.document_id", "=", "documents.id").where("document_authors.user_id", "=", userId))
          .as("is_author"),
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom("review_participants")
              .innerJoin("reviews", "reviews.id", "review_participants.review_id")
              .select("review_participants.user_id")
              .whereRef("reviews.document_id", "=", "documents.id")
              .where("review_participants.user_id", "=", userId),
          )
          .as("is_invited"),
    ])
    .where("documents.id", "=", documentId);
}

type MembershipRow = DocumentRow & { member_role: Role; is_author: unknown; is_invited: unknown };

/**
 * Whether you may see a document, and what you may do with it. A document
 * you can't see answers 404 everywhere, exactly like one that doesn't exist:
 * private documents and other workspaces are never confirmed by id.
 */
export function accessOf(row: MembershipRow | undefined): DocumentAccess {
  if (!row) throw notFound("document");
  // Column by column, so a read that joined more onto the row doesn't carry it along (the type names any column added later).
  const doc: DocumentRow = {
    id: row.id,
    workspace_id: row.workspace_id,
    title: row.title,
    stage: row.stage,
    decision: row.decision,
    visibility: row.visibility,
    head_revision: row.head_revision,
    readiness: row.readiness,
    created_by: row.created_by,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
  const role = row.member_role;
  const isAuthor = Boolean(row.is_author);
  const isInvited = Boolean(row.is_invited);
  if (doc.visibility === "private" && !isAuthor && !isInvited) throw notFound("document");
  const open = doc.visibility === "workspace";
  const canWrite = roleAtLeast(role, "editor") && (open || isAuthor);
  const permissions: Permissions = {
    edit: canWrite,
    comment: roleAtLeast(role, "reviewer"),
    review: canWrite,
    decide: canWrite,
    // Authorship alone grants nothing: an author demoted to viewer or reviewer manages nothing, as the role says.
    manage: (isAuthor && roleAtLeast(role, "editor")) || (open && role === "owner"),
  };
  return { doc, role, isAuthor, isInvited, permissions };
}

export async function documentAccess(db: Kysely<Schema>, documentId: string, userId: string): Promise<DocumentAccess> {
  return accessOf(await documentWithMembership(db, documentId, userId).executeTakeFirst());
}

export function requirePermission(access: DocumentAccess, permission: keyof Permissions, action: string): void {
  if (!access.permissions[permission]) {
    throw forbidden(
      access.doc.visibility === "private" && !access.isAuthor && permission !== "comment"
        ? `Only the authors of this private document can ${action}.`
        : `Your role (${access.role}) can't ${action} here.`,
    );
  }
}

/** Documents of a workspace that `userId` may see: open ones, and private ones they write or review. */
export function visibleDocuments(db: Kysely<Schema>, workspaceId: string, userId: string) {
  return db
    .selectFrom("documents")
    .selectAll("documents")
    .where("documents.workspace_id", "=", workspaceId)
    .where((eb) =>
      eb.or([
        eb("documents.visibility", "=", "workspace"),
        eb.exists(eb.selectFrom("document_authors").select("document_authors.user_id").whereRef("document_authors.document_id", "=", "documents.id").where("document_authors.user_id", "=", userId)),
        eb.exists(
          eb
            .selectFrom("review_participants")
            .innerJoin("reviews", "reviews.id", "review_participants.review_id")
            .select("review_participants.user_id")
            .whereRef("reviews.document_id", "=", "documents.id")
            .where("review_participants.user_id", "=", userId),
        ),
      ]),
    );
}
