import type { MergeView } from "@codemirror/merge";
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDateTime } from "../components/status";
import { useApp } from "../state";
import type { Conflict } from "./autosave";
import { createSideBySide } from "./merge";

export interface ConflictDialogProps {
  conflict: Conflict;
  /** The author's choice; the text is saved on top of the other revision. */
  onChoose: (text: string, choice: "mine" | "theirs" | "merged") => void;
}

/**
 * Shown when a save meets a revision saved meanwhile by someone else (or by
 * this author in another tab). Both texts stay on screen until the author
 * picks one, or edits their own with passages of the other pulled in.
 */
export function ConflictDialog({ conflict, onChoose }: ConflictDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const merge = useRef<MergeView | null>(null);
  const [edited, setEdited] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
    const view = createSideBySide({
      parent: host.current!,
      left: { text: conflict.theirs.text, label: `revision ${conflict.theirs.number} by ${conflict.theirs.author.name}` },
      right: { text: conflict.mine, label: "your version", editable: true, onChange: (text) => setEdited(text !== conflict.mine) },
      pullFromLeft: true,
      collapseUnchanged: true,
    });
    merge.current = view;
    return () => view.destroy();
  }, [conflict]);

  const { session } = useApp();
  const mineNow = () => merge.current?.b.state.doc.toString() ?? conflict.mine;
  const { theirs } = conflict;
  const byMe = theirs.author.id === session.user.id;
  const who = byMe ? "you (in another tab or window)" : theirs.author.name;
  return (
    <dialog
      ref={dialog}
      class="conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-help"
      // Escape would leave the conflict unresolved with the editor behind it; the author must choose.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="conflict-title">
        {byMe ? `Revision ${theirs.number} was saved from another tab while you were writing here` : `${theirs.author.name} saved revision ${theirs.number} while you were writing`}
      </h2>
      <p id="conflict-help">
        Saved by {who}, {formatDateTime(theirs.createdAt)}. Nothing has been lost: revision {theirs.number} is on the left, the text in this editor
        on the right. Keep this one, take revision {theirs.number}, or edit this one and use the → buttons to bring passages across. Whatever you choose
        is saved as a new revision, and revision {theirs.number} stays in the history.
      </p>
      <div class="merge-labels" aria-hidden="true">
        <span>
          Revision {theirs.number} ({byMe ? "another tab" : theirs.author.name})
        </span>
        <span>This editor{edited ? " (edited)" : ""}</span>
      </div>
      <div class="merge-host" ref={host} />
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={() => onChoose(mineNow(), edited ? "merged" : "mine")}>
          {edited ? "Save the merged version" : "Keep my version"}
        </button>
        <button type="button" onClick={() => onChoose(theirs.text, "theirs")}>
          Take revision {theirs.number} and drop my changes
        </button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(mineNow())}>
          Copy my text
        </button>
      </div>
    </dialog>
  );
}
