import { markdownKeymap, markdownLanguage } from "@codemirror/lang-markdown";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, highlightActiveLine, keymap, placeholder } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { minimalSetup } from "codemirror";
import type { CriticClient } from "../critic/client";
import { liveCritique, type LiveCritiqueOptions } from "./live-critique";
import { richPaste } from "./paste";
import { writingView } from "./writing-view";

export interface PrfaqEditorOptions {
  parent: HTMLElement;
  doc: string;
  critic: CriticClient;
  /** The accessible name of the text box. */
  label: string;
  onChange?: (text: string) => void;
  onCritique?: LiveCritiqueOptions["onCritique"];
  onCritiqueError?: LiveCritiqueOptions["onCritiqueError"];
  /** Ctrl/Cmd+S: save now rather than at the next pause. */
  onSave?: () => void;
  readOnly?: boolean;
  /** Start in the writing view (Markdown marks hidden off the edited line); by default, the author's last choice. */
  writingView?: boolean;
}

const theme = EditorView.theme({
  "&": { height: "100%", fontSize: "15px" },
  ".cm-scroller": { fontFamily: "var(--font-sans)", lineHeight: "1.65" },
  ".cm-content": { padding: "16px 0", maxWidth: "80ch" },
  ".cm-line": { padding: "0 20px 0 8px" },
  "&.cm-focused": { outline: "2px solid var(--focus)", outlineOffset: "-2px" },
});

/**
 * Prose styling for Markdown: headings read as headings (the default style
 * underlines them, which looks like a link and collides with the critic's
 * underlines), and the markup characters step back.
 */
export const proseHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: tags.heading1, fontWeight: "700", fontSize: "1.3em" },
    { tag: tags.heading2, fontWeight: "700", fontSize: "1.12em" },
    { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: "700" },
    { tag: tags.strong, fontWeight: "700" },
    { tag: tags.emphasis, fontStyle: "italic" },
    { tag: tags.strikethrough, textDecoration: "line-through" },
    { tag: [tags.link, tags.url], color: "var(--accent)" },
    { tag: tags.monospace, fontFamily: "var(--font-mono)", fontSize: "0.92em" },
    { tag: tags.quote, color: "#3a3f46" },
    { tag: [tags.processingInstruction, tags.contentSeparator, tags.meta], color: "var(--muted)" },
    { tag: tags.comment, color: "var(--muted)", fontStyle: "italic" },
  ]),
);

/** The PR/FAQ editor: Markdown with the critic's findings underlined as you type. */
export function createPrfaqEditor(options: PrfaqEditorOptions): EditorView {
  const extensions: Extension[] = [
    minimalSetup,
    // The language alone: markdown() would also load the HTML, CSS and JavaScript modes (150 KB gzipped) for embedded HTML.
    markdownLanguage.extension,
    keymap.of(markdownKeymap),
    proseHighlighting,
    EditorView.lineWrapping,
    highlightActiveLine(),
    placeholder("Start with the headline: who is the customer, and what changes for them?"),
    lintGutter(),
    keymap.of(lintKeymap),
    keymap.of([
      {
        key: "Mod-s",
        preventDefault: true,
        run: () => {
          options.onSave?.();
          return true;
        },
      },
    ]),
    richPaste(),
    writingView({ on: options.writingView, readOnly: options.readOnly }),
    liveCritique({ critic: options.critic, onCritique: options.onCritique, onCritiqueError: options.onCritiqueError }),
    theme,
    // tabindex: axe (and some assistive tech) doesn't count a bare contenteditable as focusable content of the scroller.
    EditorView.contentAttributes.of({ "aria-label": options.label, "aria-multiline": "true", spellcheck: "true", tabindex: "0" }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange?.(update.state.doc.toString());
    }),
  ];
  if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
  return new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.doc, extensions }) });
}

/** Replaces the whole text, e.g. after the user picks a version in a conflict. */
export function replaceText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Puts the cursor on a 1-based line and scrolls it into view. */
export function revealLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
  view.dispatch({ selection: { anchor: target.from }, effects: EditorView.scrollIntoView(target.from, { y: "center" }) });
  view.focus();
}

/** Selects a character range and scrolls it into view. */
export function revealRange(view: EditorView, from: number, to: number): void {
  const length = view.state.doc.length;
  const anchor = Math.min(from, length);
  view.dispatch({ selection: { anchor, head: Math.min(Math.max(to, anchor), length) }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) });
  view.focus();
}
