import type { Kysely } from "kysely";
import type { Auth, Services } from "../context";
import { isUniqueViolation } from "../db/database";
import type { InvitationRow, Role, Schema, UserRow } from "../db/schema";
import { conflict, forbidden, HttpError } from "../errors";
import { hashSecret, later, newId, newSecret, now } from "../ids";
import { insertUser, normalizeEmail, userByEmail } from "./accounts";
import { audit } from "./audit";
import type { WorkspaceAccess } from "./access";

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export interface InvitationView {
  id: string;
  email: string;
  /** The name the owner gave, which the account gets on joining. */
  name: string | null;
  role: Role;
  invitedBy: { id: string; name: string } | null;
  createdAt: string;
  expiresAt: string;
}

function viewOf(row: InvitationRow, inviter: { id: string; name: string } | null): InvitationView {
  return { id: row.id, email: row.email, name: row.name, role: row.role, invitedBy: inviter, createdAt: row.created_at, expiresAt: row.expires_at };
}

/**
 * Invites an address to one workspace. Nothing else happens until the
 * invited person accepts: no account is made, so nobody can claim the
 * address for other workspaces by opening the link first. A second
 * invitation of the same address while the first is pending answers 409,
 * also when both arrive at once (the unique key decides).
 */
export async function inviteToWorkspace(
  services: Services,
  access: WorkspaceAccess,
  auth: Auth,
  input: { email: string; role: Role; name: string | null },
): Promise<{ invitation: InvitationView; token: string }> {
  const { database } = services;
  const email = normalizeEmail(input.email);
  const member = await database.db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["users.name", "memberships.role"])
    .where("memberships.workspace_id", "=", access.workspace.id)
    .where("users.email", "=", email)
    .executeTakeFirst();
  if (member) throw conflict(`${member.name} is already a member (${member.role}).`);
  const token = newSecret();
  const at = now();
  const row: InvitationRow = {
    id: newId("inv"),
    token_hash: hashSecret(token),
    workspace_id: access.workspace.id,
    email,
    name: input.name,
    role: input.role,
    invited_by: auth.user.id,
    created_at: at,
    expires_at: later(INVITATION_TTL_MS),
    accepted_at: null,
    accepted_by: null,
    revoked_at: null,
  };
  const stored = await database.transaction(async (trx) => {
    const { id: _id, ...renewed } = row;
    // A spent, revoked or expired invitation of the same address is replaced; a pending one is left alone.
    const written = await trx
      .insertInto("invitations")
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(["workspace_id", "email"])
          .doUpdateSet(renewed)
          .where((eb) => eb.or([eb("invitations.accepted_at", "is not", null), eb("invitations.revoked_at", "is not", null), eb("invitations.expires_at", "<=", at)])),
      )
      .returning("id")
      .executeTakeFirst();
    if (!written) return null;
    await audit(trx, { workspaceId: access.workspace.id, actorId: auth.user.id, action: "member.invite", target: { type: "invitation", id: written.id }, detail: { email, role: input.role } });
    return { ...row, id: written.id };
  });
  if (!stored) throw conflict(`${email} already has a pending invitation to this workspace. Revoke it (DELETE /api/workspaces/:ws/invitations/:id) to send a new link.`);
  return { invitation: viewOf(stored, { id: auth.user.id, name: auth.user.name }), token };
}

export async function pendingInvitations(db: Kysely<Schema>, workspaceId: string): Promise<InvitationView[]> {
  const rows = await db
    .selectFrom("invitations")
    .leftJoin("users", "users.id", "invitations.invited_by")
    .selectAll("invitations")
    .select(["users.name as inviter_name"])
    .where("invitations.workspace_id", "=", workspaceId)
    .where("invitations.accepted_at", "is", null)
    .where("invitations.revoked_at", "is", null)
    .where("invitations.expires_at", ">", now())
    .orderBy("invitations.created_at")
    .execute();
  return rows.map(({ inviter_name, ...row }) => viewOf(row, row.invited_by && inviter_name ? { id: row.invited_by, name: inviter_name } : null));
}

export async function revokeInvitation(services: Services, access: WorkspaceAccess, auth: Auth, invitationId: string): Promise<boolean> {
  return services.database.transaction(async (trx) => {
    const result = await trx
      .updateTable("invitations")
      .set({ revoked_at: now() })
      .where("id", "=", invitationId)
      .where("workspace_id", "=", access.workspace.id)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await audit(trx, { workspaceId: access.workspace.id, actorId: auth.user.id, action: "invitation.revoke", target: { type: "invitation", id: invitationId } });
    return true;
  });
}

const unusable = () =>
  new HttpError(404, "not_found", "This invitation link doesn't work: it was already used, revoked or has expired. Ask the person who invited you for a new one.");

/** The invitation a link names, while it can still be accepted. */
export async function usableInvitation(db: Kysely<Schema>, token: string): Promise<InvitationRow> {
  const row = await db.selectFrom("invitations").selectAll().where("token_hash", "=", hashSecret(token)).executeTakeFirst();
  if (!row || row.accepted_at || row.revoked_at || Date.parse(row.expires_at) <= Date.now()) throw unusable();
  return row;
}

export interface InvitationPreview {
  workspace: { id: string; name: string };
  email: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: string;
  /** Whether the address has an account already, which must sign in to accept. */
  accountExists: boolean;
}

export async function previewInvitation(db: Kysely<Schema>, token: string): Promise<InvitationPreview> {
  const row = await usableInvitation(db, token);
  const workspace = await db.selectFrom("workspaces").select(["id", "name"]).where("id", "=", row.workspace_id).executeTakeFirstOrThrow();
  const inviter = row.invited_by ? await db.selectFrom("users").select("name").where("id", "=", row.invited_by).executeTakeFirst() : undefined;
  return { workspace, email: row.email, role: row.role, invitedBy: inviter?.name ?? null, expiresAt: row.expires_at, accountExists: (await userByEmail(db, row.email)) !== undefined };
}

const signInToAccept = (email: string) =>
  new HttpError(409, "conflict", `There is already an account for ${email}. Sign in to it, then open the invitation link again to accept it.`, { extra: { accountExists: true } });

/**
 * Accepts an invitation. Signed in, the account must be the one invited: an
 * existing account joins only when its owner accepts. Not signed in, the
 * link makes a new account, and only when the address has none: an account
 * that exists is never handed to whoever holds a link.
 */
export async function acceptInvitation(services: Services, token: string, auth: Auth | null): Promise<{ user: UserRow; workspaceId: string; created: boolean }> {
  const { database } = services;
  const invitation = await usableInvitation(database.db, token);
  const existing = await userByEmail(database.db, invitation.email);
  if (auth && normalizeEmail(auth.user.email) !== invitation.email) {
    throw forbidden(`This invitation is for ${invitation.email}, and you are signed in as ${auth.user.email}. Sign out and sign in as ${invitation.email} to accept it.`);
  }
  if (!auth && existing) throw signInToAccept(invitation.email);
  try {
    return await database.transaction(async (trx) => {
      const at = now();
      // One conditional UPDATE: of two people accepting the same link at once, one changes the row.
      const claimed = await trx
        .updateTable("invitations")
        .set({ accepted_at: at })
        .where("id", "=", invitation.id)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", at)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) throw unusable();
      const user = existing ?? (await insertUser(trx, { email: invitation.email, name: invitation.name || invitation.email.split("@")[0], passwordHash: null }));
      await trx.updateTable("invitations").set({ accepted_by: user.id }).where("id", "=", invitation.id).execute();
      await trx
        .insertInto("memberships")
        .values({ workspace_id: invitation.workspace_id, user_id: user.id, role: invitation.role, created_at: at })
        .onConflict((oc) => oc.columns(["workspace_id", "user_id"]).doNothing())
        .execute();
      await audit(trx, { workspaceId: invitation.workspace_id, actorId: user.id, action: "invitation.accept", target: { type: "invitation", id: invitation.id }, detail: { role: invitation.role, newAccount: !existing } });
      return { user, workspaceId: invitation.workspace_id, created: !existing };
    });
  } catch (err) {
    // Another invitation of the same new address was accepted at the same moment and made the account.
    if (isUniqueViolation(err)) throw signInToAccept(invitation.email);
    throw err;
  }
}
