import { useEffect, useState } from "preact/hooks";
import { api } from "../api/client";
import type { Session } from "../api/types";
import { ErrorBox, Loading } from "../components/status";
import { navigate } from "../router";

type Preview = Awaited<ReturnType<typeof api.previewInvitation>>;

/**
 * An invitation to a workspace for an account that already exists: it joins
 * only when its owner, signed in, says so here.
 */
export function AcceptInvitation({ token, session, onJoined }: { token: string; session: Session; onJoined: () => Promise<void> }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.previewInvitation(token).then(setPreview, setError);
  }, [token]);
  const leave = () => navigate("/", { replace: true });
  if (error !== null && !preview) {
    return (
      <section class="page narrow">
        <h1>Invitation</h1>
        <ErrorBox error={error} />
        <button onClick={leave}>Go to the portfolio</button>
      </section>
    );
  }
  if (!preview) return <Loading what="the invitation" />;
  const mine = preview.email === session.user.email.toLowerCase();
  return (
    <section class="page narrow">
      <h1>Join {preview.workspace.name}?</h1>
      <p>
        {preview.invitedBy ?? "An owner"} invited <strong>{preview.email}</strong> to the workspace {preview.workspace.name} as {preview.role}.
      </p>
      {mine ? (
        <div class="form-row">
          <button
            class="primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await api.acceptInvitation(token);
                await onJoined();
                leave();
              } catch (err) {
                setError(err);
              } finally {
                setBusy(false);
              }
            }}
          >
            Join {preview.workspace.name}
          </button>
          <button onClick={leave}>Not now</button>
        </div>
      ) : (
        <>
          <p role="alert">
            You are signed in as {session.user.email}. Sign out, then sign in as {preview.email} and open the link again to accept.
          </p>
          <div class="form-row">
            <button
              class="primary"
              onClick={async () => {
                try {
                  await api.signOut();
                } finally {
                  // The invitation stays in the address, so signing in as the invited account comes back here.
                  window.location.assign(`/?invitation=${encodeURIComponent(token)}`);
                }
              }}
            >
              Sign out, to sign in as {preview.email}
            </button>
            <button onClick={leave}>Not now</button>
          </div>
        </>
      )}
      {error !== null && <ErrorBox error={error} />}
    </section>
  );
}
