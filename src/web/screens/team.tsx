import { useState } from "preact/hooks";
import { api } from "../api/client";
import { ROLES, type Member, type PendingInvitation, type Role } from "../api/types";
import { ErrorBox, formatDateTime, Loading, Time } from "../components/status";
import { useAsync, useTitle, type AsyncState } from "../hooks";
import { useApp } from "../state";

const ROLE_HELP: Record<Role, string> = {
  viewer: "reads everything, comments on nothing",
  reviewer: "comments, resolves, gives verdicts",
  editor: "writes documents, runs reviews, records decisions",
  owner: "everything, plus members",
};

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const { workspace, announce } = useApp();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("reviewer");
  const [link, setLink] = useState<{ name: string; url: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="panel invite-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const result = await api.addMember(workspace.id, { email: email.trim(), role, name: name.trim() || undefined });
          const who = name.trim() || result.invitation.email;
          setLink({ name: who, url: result.signInUrl });
          announce(`${who} is invited as ${role}, and joins on accepting the link.`);
          setEmail("");
          setName("");
          setError(null);
          onInvited();
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 class="panel-heading">Invite someone</h2>
      <div class="form-row">
        <label class="field">
          <span>E-mail</span>
          <input type="email" required value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Name</span>
          <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}: {ROLE_HELP[r]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error !== null && <ErrorBox error={error} />}
      <button class="primary" disabled={busy}>
        Invite
      </button>
      {link && (
        <div class="invite-link" role="status">
          <p>
            Send {link.name} this invitation link (it works once, for 7 days). It joins them to this workspace only, when they accept it. prfaq
            doesn't send e-mail.
          </p>
          <input readOnly value={link.url} aria-label={`Sign-in link for ${link.name}`} onFocus={(e) => (e.target as HTMLInputElement).select()} />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(link.url)}>
            Copy link
          </button>
        </div>
      )}
    </form>
  );
}

function MemberRow({ member, isOwner, isMe, onChanged }: { member: Member; isOwner: boolean; isMe: boolean; onChanged: () => void }) {
  const { workspace } = useApp();
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
      onChanged();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <tr>
      <th scope="row">
        {member.user.name}
        {isMe && <span class="muted"> (you)</span>}
      </th>
      <td>{member.email}</td>
      <td>
        {isOwner ? (
          <select
            aria-label={`Role of ${member.user.name}`}
            value={member.role}
            onChange={(e) => void run(() => api.setRole(workspace.id, member.user.id, (e.target as HTMLSelectElement).value as Role))}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        ) : (
          member.role
        )}
        {error !== null && <ErrorBox error={error} />}
      </td>
      <td>
        <Time iso={member.joinedAt} />
      </td>
      {isOwner && (
        <td>
          <button
            type="button"
            class="link-button danger"
            onClick={() => {
              if (window.confirm(`Remove ${member.user.name} from ${workspace.name}? Their comments and revisions stay.`))
                void run(() => api.removeMember(workspace.id, member.user.id));
            }}
          >
            Remove
          </button>
        </td>
      )}
    </tr>
  );
}

const HOUR_MS = 3600 * 1000;

function expiresIn(iso: string, nowMs = Date.now()): string {
  const hours = (Date.parse(iso) - nowMs) / HOUR_MS;
  if (hours < 1) return "within the hour";
  if (hours < 24) return `in ${Math.ceil(hours)} hours`;
  const days = Math.round(hours / 24);
  return days === 1 ? "in a day" : `in ${days} days`;
}

function InvitationRow({ invitation, onChanged }: { invitation: PendingInvitation; onChanged: () => void }) {
  const { workspace, announce } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const who = invitation.name ?? invitation.email;
  return (
    <tr data-invitation-id={invitation.id}>
      <th scope="row">{who}</th>
      <td>{invitation.email}</td>
      <td>{invitation.role}</td>
      <td>{invitation.invitedBy?.name ?? "—"}</td>
      <td>
        <time dateTime={invitation.expiresAt} title={formatDateTime(invitation.expiresAt)}>
          {expiresIn(invitation.expiresAt)}
        </time>
        <span class="muted"> ({formatDateTime(invitation.expiresAt)})</span>
      </td>
      <td>
        <button
          type="button"
          class="link-button danger"
          disabled={busy}
          aria-label={`Revoke the invitation of ${who}`}
          onClick={async () => {
            if (!window.confirm(`Revoke the invitation of ${invitation.email}? The link they have stops working.`)) return;
            setBusy(true);
            try {
              await api.revokeInvitation(workspace.id, invitation.id);
              announce(`The invitation of ${who} is revoked; its link no longer works.`);
              setError(null);
              onChanged();
            } catch (err) {
              setError(err);
              setBusy(false);
            }
          }}
        >
          Revoke
        </button>
        {error !== null && <ErrorBox error={error} />}
      </td>
    </tr>
  );
}

/** Who was invited and hasn't joined yet: an owner sees whom to chase, and can take back a link sent to the wrong address. */
function PendingInvitations({ invitations }: { invitations: AsyncState<{ invitations: PendingInvitation[] }> }) {
  if (invitations.error) return <ErrorBox error={invitations.error} />;
  if (!invitations.data) return <Loading what="invitations" />;
  const list = invitations.data.invitations;
  return (
    <section class="pending-invitations" aria-labelledby="pending-heading">
      <h2 id="pending-heading">
        Invited, not joined yet <span class="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <p class="muted">No invitation is waiting.</p>
      ) : (
        <>
          <p class="muted">A link works once, for 7 days, and isn't shown again: to send a new one, revoke it and invite the address again.</p>
          <div class="table-scroll">
            <table class="members invitations">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Role</th>
                  <th scope="col">Invited by</th>
                  <th scope="col">Link expires</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((invitation) => (
                  <InvitationRow key={invitation.id} invitation={invitation} onChanged={() => void invitations.reload()} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

export function TeamScreen() {
  const { workspace, session } = useApp();
  const isOwner = workspace.role === "owner";
  useTitle(isOwner ? "Team" : "Members");
  const members = useAsync(() => api.members(workspace.id), [workspace.id]);
  // Only owners may see invitations; everyone else gets an empty list without asking.
  const invitations = useAsync(() => (isOwner ? api.invitations(workspace.id) : Promise.resolve({ invitations: [] })), [workspace.id, isOwner]);
  return (
    <section class="page">
      <h1>{isOwner ? "Team" : "Members"}</h1>
      <p class="muted">
        Everyone in {workspace.name}. Roles: {ROLES.map((r) => `${r} (${ROLE_HELP[r]})`).join("; ")}. A private document is visible only to its authors and
        to the reviewers they invite, whatever their role; make one private from its editor.
      </p>
      {isOwner && <InviteForm onInvited={() => void invitations.reload()} />}
      {members.error ? (
        <ErrorBox error={members.error} />
      ) : !members.data ? (
        <Loading what="members" />
      ) : (
        <div class="table-scroll">
          <table class="members">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                {isOwner && (
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.members.map((m) => (
                <MemberRow key={m.user.id} member={m} isOwner={isOwner} isMe={m.user.id === session.user.id} onChanged={() => void members.reload()} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isOwner && <PendingInvitations invitations={invitations} />}
    </section>
  );
}
