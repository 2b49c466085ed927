import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

type Converter = typeof import("./html-to-markdown");

let converter: Promise<Converter> | null = null;

/** The HTML-to-Markdown converter, fetched once; the editor's first load doesn't carry it. */
function loadConverter(): Promise<Converter> {
  converter ??= import("./html-to-markdown");
  return converter;
}

function insert(view: EditorView, text: string): void {
  const range = view.state.selection.main;
  view.dispatch({
    changes: { from: range.from, to: range.to, insert: text },
    selection: { anchor: range.from + text.length },
    userEvent: "input.paste",
    scrollIntoView: true,
  });
}

/**
 * Pasting from Google Docs, Word or a web page keeps the document's shape:
 * the clipboard's HTML becomes Markdown (headings, bold, italic, lists,
 * links, tables) instead of flat text. The converter loads when the editor
 * is first focused, so a paste right after is converted in place.
 */
export function richPaste(): Extension {
  return EditorView.domEventHandlers({
    focus() {
      void loadConverter().catch(() => {
        // Offline or a failed chunk: a paste then falls back to plain text.
        converter = null;
      });
      return false;
    },
    paste(event, view) {
      const html = event.clipboardData?.getData("text/html") ?? "";
      if (!html.trim() || view.state.readOnly) return false;
      const plain = event.clipboardData?.getData("text/plain") ?? "";
      event.preventDefault();
      loadConverter()
        .then(({ htmlToMarkdown }) => insert(view, htmlToMarkdown(html) || plain))
        .catch(() => insert(view, plain));
      return true;
    },
  });
}
