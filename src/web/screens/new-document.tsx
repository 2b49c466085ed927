import { useState } from "preact/hooks";
import { api } from "../api/client";
import type { Visibility } from "../api/types";
import { ErrorBox } from "../components/status";
import { useTitle } from "../hooks";
import { navigate } from "../router";
import { useApp } from "../state";
import { blankTemplate } from "../templates";

const MAX_CHARS = 262_144;

function VisibilityChoice({ value, onChange }: { value: Visibility; onChange: (v: Visibility) => void }) {
  return (
    <fieldset class="choice">
      <legend>Who can see it</legend>
      <label>
        <input type="radio" name="visibility" checked={value === "workspace"} onChange={() => onChange("workspace")} /> Everyone in the workspace
      </label>
      <label>
        <input type="radio" name="visibility" checked={value === "private"} onChange={() => onChange("private")} /> Only me, and the reviewers I invite
      </label>
    </fieldset>
  );
}

/** Reads an imported file as text and says plainly when it can't be used. */
async function readMarkdownFile(file: File): Promise<string> {
  if (file.size > MAX_CHARS * 4) throw new Error(`${file.name} is ${Math.round(file.size / 1024)} KB; a PR/FAQ can be at most 256 K characters.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0)) throw new Error(`${file.name} looks like a binary file. Import a Markdown or plain-text file (.md, .txt).`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file.name} isn't UTF-8 text. Save it as UTF-8 and import it again.`);
  }
}

export function NewDocument({ mode }: { mode: string }) {
  const { workspace } = useApp();
  useTitle("New PR/FAQ");
  const [visibility, setVisibility] = useState<Visibility>("workspace");
  const [text, setText] = useState(mode === "import" ? "" : blankTemplate);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const canCreate = workspace.role === "editor" || workspace.role === "owner";

  async function create(event: Event) {
    event.preventDefault();
    if (!text.trim()) {
      setError(new Error("There is no text to start from. Choose a file, paste your draft, or start from the template."));
      return;
    }
    if (text.length > MAX_CHARS) {
      setError(new Error(`This text has ${text.length.toLocaleString()} characters; a PR/FAQ can have at most ${MAX_CHARS.toLocaleString()}.`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await api.createDocument(workspace.id, text, visibility);
      navigate(`/d/${encodeURIComponent(created.document.id)}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  if (!canCreate)
    return (
      <section class="page narrow">
        <h1>New PR/FAQ</h1>
        <p>Your role in {workspace.name} is {workspace.role}: you can read and comment, but not create documents. An owner can change your role.</p>
      </section>
    );

  return (
    <section class="page narrow">
      <h1>New PR/FAQ</h1>
      <nav class="tabs" aria-label="How to start">
        <a href="/new?from=template" aria-current={mode !== "import" ? "page" : undefined}>
          Blank template
        </a>
        <a href="/new?from=import" aria-current={mode === "import" ? "page" : undefined}>
          Import Markdown
        </a>
        <a href="/new?from=interview">Guided interview</a>
      </nav>
      <form onSubmit={create}>
        {mode === "import" ? (
          <>
            <p>Bring a draft you already have. prfaq reads the usual ways of writing a PR/FAQ: headings or bold labels, Q:/A: pairs, numbered questions.</p>
            <label class="field">
              <span>Markdown or text file</span>
              <input
                type="file"
                accept=".md,.markdown,.txt,text/markdown,text/plain"
                onChange={async (e) => {
                  const file = (e.target as HTMLInputElement).files?.[0];
                  if (!file) return;
                  try {
                    setText(await readMarkdownFile(file));
                    setError(null);
                  } catch (err) {
                    setError(err);
                  }
                }}
              />
            </label>
            <label class="field">
              <span>…or paste it here</span>
              <textarea rows={14} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            </label>
          </>
        ) : (
          <p>
            The template asks the questions a reviewer will ask. Every <code>[BRACKETED PROMPT]</code> is flagged by the critic until you replace it, so
            the document can't look ready before it is.
          </p>
        )}
        <VisibilityChoice value={visibility} onChange={setVisibility} />
        {error !== null && <ErrorBox error={error} />}
        <button class="primary" disabled={busy}>
          {busy ? "Creating…" : mode === "import" ? "Import and open" : "Create and start writing"}
        </button>
      </form>
    </section>
  );
}
