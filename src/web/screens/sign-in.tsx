import { useState } from "preact/hooks";
import { api } from "../api/client";
import { ErrorBox } from "../components/status";

export function SignIn({ failed, invited = false, onSignedIn }: { failed: boolean; invited?: boolean; onSignedIn: () => Promise<void> }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.signIn(email.trim(), password);
      await onSignedIn();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="sign-in">
      <h1>
        <span class="brand">prfaq</span> workspace
      </h1>
      <p class="lede">Write a PR/FAQ with a hard, fair critic at your shoulder, review it together, and record what you decided.</p>
      {failed && (
        <div class="error-box" role="alert">
          That sign-in link didn't work: it was already used or it expired. Run <code>prfaq serve</code> again for a fresh link, or sign in below.
        </div>
      )}
      {invited && (
        <div class="card" role="status">
          <h2>You have been invited</h2>
          <p>The address this invitation is for already has an account. Sign in to it below to accept the invitation.</p>
        </div>
      )}
      <div class="card">
        <h2>First time here?</h2>
        <p>
          Open the one-time link that <code>npm start</code> (or <code>prfaq serve</code>) printed in your terminal. It signs you in as the owner of this
          workspace. Someone who invited you will have sent you a link of the same kind.
        </p>
      </div>
      <form class="card" onSubmit={submit}>
        <h2>Sign in with a password</h2>
        <label class="field">
          <span>E-mail</span>
          <input type="email" autoComplete="username" required value={email} onInput={(e) => setEmail((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </label>
        {error !== null && <ErrorBox error={error} />}
        <button class="primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </section>
  );
}
