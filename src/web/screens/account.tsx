import { useState } from "preact/hooks";
import { api } from "../api/client";
import { ErrorBox } from "../components/status";
import { useTitle } from "../hooks";
import { useApp } from "../state";

export function AccountScreen() {
  const { session, announce, refreshSession } = useApp();
  useTitle("Account");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { user } = session;
  const [name, setName] = useState(user.name);
  const [nameError, setNameError] = useState<unknown>(null);
  return (
    <section class="page narrow">
      <h1>Your account</h1>
      <dl class="facts">
        <dt>Name</dt>
        <dd>{user.name}</dd>
        <dt>E-mail</dt>
        <dd>{user.email}</dd>
        <dt>Workspaces</dt>
        <dd>{session.workspaces.map((w) => `${w.name} (${w.role})`).join(", ")}</dd>
      </dl>
      <form
        class="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return setNameError(new Error("Enter the name others should see."));
          try {
            await api.rename(name.trim());
            setNameError(null);
            announce("Name saved.");
            await refreshSession();
          } catch (err) {
            setNameError(err);
          }
        }}
      >
        <h2 class="panel-heading">Your name</h2>
        <label class="field">
          <span>Name others see on documents, comments and decisions</span>
          <input type="text" autoComplete="name" required maxLength={80} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        {nameError !== null && <ErrorBox error={nameError} />}
        <button class="primary">Save name</button>
      </form>
      <form
        class="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          if (next.length < 10) return setError(new Error("Use at least 10 characters for the new password."));
          setBusy(true);
          try {
            await api.setPassword(next, user.hasPassword ? current : undefined);
            setCurrent("");
            setNext("");
            setError(null);
            announce("Password saved. Your other sessions were signed out.");
            await refreshSession();
          } catch (err) {
            setError(err);
          } finally {
            setBusy(false);
          }
        }}
      >
        <h2 class="panel-heading">{user.hasPassword ? "Change your password" : "Set a password"}</h2>
        {!user.hasPassword && <p class="muted">You signed in with a one-time link. Set a password to sign in again later.</p>}
        {user.hasPassword && (
          <label class="field">
            <span>Current password</span>
            <input type="password" autoComplete="current-password" required value={current} onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} />
          </label>
        )}
        <label class="field">
          <span>New password (at least 10 characters)</span>
          <input type="password" autoComplete="new-password" required minLength={10} value={next} onInput={(e) => setNext((e.target as HTMLInputElement).value)} />
        </label>
        {error !== null && <ErrorBox error={error} />}
        <button class="primary" disabled={busy}>
          Save password
        </button>
      </form>
      <button
        type="button"
        onClick={async () => {
          try {
            await api.signOut();
          } finally {
            window.location.assign("/");
          }
        }}
      >
        Sign out
      </button>
    </section>
  );
}
