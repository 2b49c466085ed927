import { markdownLanguage } from "@codemirror/lang-markdown";
import { MergeView } from "@codemirror/merge";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { minimalSetup } from "codemirror";
import { proseHighlighting } from "./editor";

export interface SideBySideOptions {
  parent: HTMLElement;
  left: { text: string; label: string };
  right: { text: string; label: string; editable?: boolean; onChange?: (text: string) => void };
  /** Shows a button per changed passage that copies the left version into the right. */
  pullFromLeft?: boolean;
  collapseUnchanged?: boolean;
}

function side(text: string, label: string, editable: boolean, onChange?: (text: string) => void) {
  return {
    doc: text,
    extensions: [
      minimalSetup,
      markdownLanguage.extension,
      proseHighlighting,
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": label, tabindex: "0" }),
      ...(editable ? [] : [EditorState.readOnly.of(true), EditorView.editable.of(false)]),
      ...(onChange ? [EditorView.updateListener.of((u) => u.docChanged && onChange(u.state.doc.toString()))] : []),
    ],
  };
}

/**
 * Two texts side by side with their differences marked (history diffs, and
 * the conflict chooser). The merge view's per-passage buttons answer only to
 * the mouse; Enter and Space are wired to them here so keyboards can use them.
 */
export function createSideBySide(options: SideBySideOptions): MergeView {
  const view = new MergeView({
    parent: options.parent,
    a: side(options.left.text, options.left.label, false),
    b: side(options.right.text, options.right.label, options.right.editable ?? false, options.right.onChange),
    revertControls: options.pullFromLeft ? "a-to-b" : undefined,
    renderRevertControl: options.pullFromLeft
      ? () => {
          const button = document.createElement("button");
          button.type = "button";
          button.className = "pull-left";
          button.textContent = "→";
          button.setAttribute("aria-label", `Use the ${options.left.label} of this passage`);
          button.title = `Use the ${options.left.label} of this passage`;
          return button;
        }
      : undefined,
    collapseUnchanged: options.collapseUnchanged ? { margin: 2, minSize: 6 } : undefined,
    gutter: true,
  });
  view.dom.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if ((event.key === "Enter" || event.key === " ") && target.matches(".cm-merge-revert button")) {
      event.preventDefault();
      target.dispatchEvent(new MouseEvent("mousedown", { bubbles: true, cancelable: true }));
    }
  });
  return view;
}
