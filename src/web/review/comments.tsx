import { useState } from "preact/hooks";
import { api } from "../api/client";
import type { Comment } from "../api/types";
import { ErrorBox, formatDateTime } from "../components/status";

function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The server sanitises comment HTML (docs/api.md: safe for innerHTML) but
 * keeps images, and an image from another host is a request the workspace
 * promised not to make (and a read receipt for whoever hosts it). Parsing in
 * an inert document loads nothing; images become their description.
 */
export function withoutImages(html: string): string {
  if (!html.includes("<img")) return html;
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const img of doc.querySelectorAll("img")) {
    const note = doc.createElement("span");
    note.className = "image-placeholder";
    note.textContent = `[image: ${img.getAttribute("alt") || "no description"}]`;
    img.replaceWith(note);
  }
  return doc.body.innerHTML;
}

function Body({ html }: { html: string }) {
  return <div class="comment-body" dangerouslySetInnerHTML={{ __html: withoutImages(html) }} />;
}

export function CommentThread({
  comment,
  canComment,
  active,
  onFocusAnchor,
  onChanged,
  removedPassage,
}: {
  comment: Comment;
  canComment: boolean;
  active: boolean;
  onFocusAnchor: (comment: Comment) => void;
  onChanged: () => void;
  /** Set when the words this thread was on have been deleted from the text: what they were, when known. */
  removedPassage?: { quote: string | null };
}) {
  const [reply, setReply] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      setError(null);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class={`thread${comment.resolved ? " resolved" : ""}${active ? " active" : ""}${removedPassage ? " passage-removed" : ""}`} id={`comment-${comment.id}`} data-comment-id={comment.id}>
      {removedPassage ? (
        <p class="thread-quote muted">
          Passage removed
          {removedPassage.quote && (
            <>
              : <del>“{clip(removedPassage.quote)}”</del>
            </>
          )}
        </p>
      ) : comment.anchor ? (
        <button type="button" class="thread-quote" onClick={() => onFocusAnchor(comment)} aria-label={`Show the passage: ${clip(comment.anchor.quote, 80)}`}>
          “{clip(comment.anchor.quote)}”
        </button>
      ) : (
        <p class="thread-quote muted">{comment.status === "outdated" ? "On text that has since changed" : "On the whole document"}</p>
      )}
      <div class="comment">
        <p class="comment-meta">
          <strong>{comment.author.name}</strong> · {formatDateTime(comment.createdAt)}
          {comment.revision && <> · revision {comment.revision}</>}
        </p>
        <Body html={comment.bodyHtml} />
      </div>
      {comment.replies.map((r) => (
        <div key={r.id} class="comment reply">
          <p class="comment-meta">
            <strong>{r.author.name}</strong> · {formatDateTime(r.createdAt)}
          </p>
          <Body html={r.bodyHtml} />
        </div>
      ))}
      {comment.resolved && (
        <p class="muted resolved-note">
          Resolved by {comment.resolved.by.name}, {formatDateTime(comment.resolved.at)}
        </p>
      )}
      {canComment && (
        <div class="thread-actions">
          {!comment.resolved && (
            <form
              class="reply-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (!reply.trim()) return;
                void run(async () => {
                  await api.reply(comment.id, reply.trim());
                  setReply("");
                });
              }}
            >
              <label class="visually-hidden" for={`reply-${comment.id}`}>
                Reply to {comment.author.name}
              </label>
              <textarea id={`reply-${comment.id}`} rows={1} placeholder="Reply…" value={reply} onInput={(e) => setReply((e.target as HTMLTextAreaElement).value)} />
              <button disabled={busy || !reply.trim()}>Reply</button>
            </form>
          )}
          <button type="button" class="link-button" disabled={busy} onClick={() => void run(() => api.resolve(comment.id, !comment.resolved))}>
            {comment.resolved ? "Reopen" : "Resolve"}
          </button>
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
    </li>
  );
}

export function Composer({
  quote,
  onSubmit,
  onCancel,
  locate,
}: {
  quote: string | null;
  /** `anchor` is set when the passage was typed rather than selected. */
  onSubmit: (body: string, anchor?: { start: number; end: number }) => Promise<void>;
  onCancel?: () => void;
  /** Finds a typed passage in the text under review. */
  locate: (passage: string) => { start: number; end: number } | null;
}) {
  const [body, setBody] = useState("");
  const [passage, setPassage] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      class="composer"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!body.trim()) return;
        let anchor: { start: number; end: number } | undefined;
        if (!quote && passage.trim()) {
          const found = locate(passage);
          if (!found) {
            setError(new Error("Those words aren't in this revision. Copy them from the document, or leave the passage empty to comment on the whole document."));
            return;
          }
          anchor = found;
        }
        setBusy(true);
        try {
          await onSubmit(body.trim(), anchor);
          setBody("");
          setPassage("");
          setError(null);
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label for="composer-body">{quote ? <>Comment on “{clip(quote, 100)}”</> : passage.trim() ? "Comment on the passage below" : "Comment on the whole document"}</label>
      {!quote && <p class="composer-hint">To comment on a passage, select it in the document, or type its words under “Passage”.</p>}
      <textarea id="composer-body" rows={3} value={body} onInput={(e) => setBody((e.target as HTMLTextAreaElement).value)} placeholder="Ask the question the author needs to answer…" />
      {!quote && (
        <label class="field passage-field">
          <span>Passage (optional)</span>
          <input value={passage} onInput={(e) => setPassage((e.target as HTMLInputElement).value)} placeholder="the exact words you mean" />
        </label>
      )}
      {error !== null && <ErrorBox error={error} />}
      <div class="composer-actions">
        <button class="primary" disabled={busy || !body.trim()}>
          Comment
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
