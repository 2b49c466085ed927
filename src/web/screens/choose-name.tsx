import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api/client";
import { ErrorBox } from "../components/status";
import { useTitle } from "../hooks";
import { useApp } from "../state";

/**
 * Asked once, at the first sign-in of an account whose name nobody chose
 * (the local owner's starts as the computer's user name, "root" on many
 * machines; `prfaq user add` without --name uses the address), before that
 * name lands on documents, comments and decisions.
 */
export function ChooseNameScreen() {
  const { session, refreshSession, announce } = useApp();
  useTitle("Your name");
  const placeholder = session.user.name;
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const save = async (chosen: string, message: string) => {
    setBusy(true);
    try {
      await api.rename(chosen);
      announce(message);
      await refreshSession();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section class="page narrow choose-name">
      <h1>What should your team call you?</h1>
      <p>
        Your name goes on the documents you write, your comments and the decisions you record. For now it is “{placeholder}”, which nobody chose: it came
        from this computer's user name or your e-mail address.
      </p>
      <form
        class="panel"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setError(new Error("Enter the name others should see, or keep the one you have."));
          void save(name.trim(), `Welcome, ${name.trim()}.`);
        }}
      >
        <label class="field">
          <span>Your name</span>
          <input ref={field} type="text" autoComplete="name" maxLength={80} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        {error !== null && <ErrorBox error={error} />}
        <div class="form-actions">
          <button class="primary" disabled={busy}>
            Save my name
          </button>
          <button type="button" disabled={busy} onClick={() => void save(placeholder, `You'll appear as ${placeholder}; change it on the Account page.`)}>
            Keep “{placeholder}”
          </button>
        </div>
        <p class="muted">You can change it later on the Account page.</p>
      </form>
    </section>
  );
}
