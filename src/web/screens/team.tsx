import { useState } from "preact/hooks";
import { api } from "../api/client";
import { ROLES, type Member, type Role } from "../api/types";
import { ErrorBox, Loading, Time } from "../components/status";
import { useAsync, useTitle } from "../hooks";
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

export function TeamScreen() {
  const { workspace, session } = useApp();
  const isOwner = workspace.role === "owner";
  useTitle(isOwner ? "Team" : "Members");
  const members = useAsync(() => api.members(workspace.id), [workspace.id]);
  return (
    <section class="page">
      <h1>{isOwner ? "Team" : "Members"}</h1>
      <p class="muted">
        Everyone in {workspace.name}. Roles: {ROLES.map((r) => `${r} (${ROLE_HELP[r]})`).join("; ")}. A private document is visible only to its authors and
        to the reviewers they invite, whatever their role; make one private from its editor.
      </p>
      {isOwner && <InviteForm onInvited={() => void members.reload()} />}
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
    </section>
  );
}
