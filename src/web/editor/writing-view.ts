/**
 * The writing view, for people used to Google Docs and Word: Markdown's
 * marks (`##`, `**`, `_`, a link's address) step out of sight except on the
 * line being edited, so headings read as headings and bold as bold, and
 * the word processor's shortcuts (bold, italics, headings, lists) write the
 * Markdown for the author.
 */
import { syntaxTree } from "@codemirror/language";
import { Compartment, EditorSelection, Facet, Prec, RangeSetBuilder, type EditorState, type Extension, type StateCommand } from "@codemirror/state";
import { Decoration, EditorView, showPanel, ViewPlugin, keymap, type DecorationSet, type Panel, type ViewUpdate } from "@codemirror/view";
import { setHeading, toggleList } from "./block-format";

/** Syntax nodes that are markup, not words; a URL only inside a link, where its text stands for it. */
const MARKS = new Set(["HeaderMark", "EmphasisMark", "StrikethroughMark", "LinkMark", "CodeMark"]);
const hidden = Decoration.replace({});

/** Lines that hold a cursor or part of a selection show their marks, so they can be edited. */
function editedLines(state: EditorState): { from: number; to: number }[] {
  return state.selection.ranges.map((r) => ({ from: state.doc.lineAt(r.from).from, to: state.doc.lineAt(r.to).to }));
}

function hiddenMarks(view: EditorView): DecorationSet {
  const { state } = view;
  const edited = editedLines(state);
  const builder = new RangeSetBuilder<Decoration>();
  const tree = syntaxTree(state);
  for (const { from, to } of view.visibleRanges) {
    tree.iterate({
      from,
      to,
      enter(node) {
        const isMark = MARKS.has(node.name) || (node.name === "URL" && node.node.parent?.name === "Link");
        if (!isMark || edited.some((line) => node.from <= line.to && node.to >= line.from)) return;
        let end = node.to;
        // "## Heading": the space after the hashes goes with them.
        if (node.name === "HeaderMark" && state.doc.sliceString(end, end + 1) === " ") end += 1;
        if (end > node.from) builder.add(node.from, end, hidden);
      },
    });
  }
  return builder.finish();
}

const hideMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = hiddenMarks(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged || update.selectionSet || syntaxTree(update.startState) !== syntaxTree(update.state)) {
        this.decorations = hiddenMarks(update.view);
      }
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/**
 * Wraps each selection in `mark`, or unwraps it when it is wrapped already
 * (the marks just outside it, or its own first and last characters).
 */
export function toggleMark(mark: string): StateCommand {
  return ({ state, dispatch }) => {
    const n = mark.length;
    const change = state.changeByRange((range) => {
      const outside = state.sliceDoc(range.from - n, range.from) === mark && state.sliceDoc(range.to, range.to + n) === mark;
      if (outside) {
        return {
          changes: [
            { from: range.from - n, to: range.from },
            { from: range.to, to: range.to + n },
          ],
          range: EditorSelection.range(range.from - n, range.to - n),
        };
      }
      const text = state.sliceDoc(range.from, range.to);
      if (text.length >= 2 * n && text.startsWith(mark) && text.endsWith(mark)) {
        return {
          changes: [
            { from: range.from, to: range.from + n },
            { from: range.to - n, to: range.to },
          ],
          range: EditorSelection.range(range.from, range.to - 2 * n),
        };
      }
      return {
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + n, range.to + n),
      };
    });
    dispatch(state.update(change, { scrollIntoView: true, userEvent: "input.format" }));
    return true;
  };
}

/**
 * The shortcuts of Google Docs and Word: Ctrl/Cmd+B and Ctrl/Cmd+I (ahead of
 * CodeMirror's own Ctrl+I, select the enclosing syntax), Ctrl+Alt+1 to 6 for
 * a heading and Ctrl+Alt+0 for plain text, Ctrl+Shift+8 for bullets and
 * Ctrl+Shift+7 for a numbered list.
 */
export const formattingKeymap = Prec.high(
  keymap.of([
    { key: "Mod-b", run: toggleMark("**"), preventDefault: true },
    { key: "Mod-i", run: toggleMark("_"), preventDefault: true },
    ...[0, 1, 2, 3, 4, 5, 6].map((level) => ({ key: `Mod-Alt-${level}`, run: setHeading(level), preventDefault: true })),
    { key: "Mod-Shift-8", run: toggleList("bullet"), preventDefault: true },
    { key: "Mod-Shift-7", run: toggleList("numbered"), preventDefault: true },
  ]),
);

const STORAGE_KEY = "prfaq.writingView";
const mode = new Compartment();
const writingOn = Facet.define<boolean, boolean>({ combine: (values) => values.some(Boolean) });

function storedChoice(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === "on";
  } catch {
    return false;
  }
}

function storeChoice(on: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
}

function modeExtensions(on: boolean): Extension {
  return on ? [writingOn.of(true), hideMarks, EditorView.editorAttributes.of({ class: "cm-writing-view" })] : [];
}

export function isWritingView(view: EditorView): boolean {
  return view.state.facet(writingOn);
}

export function setWritingView(view: EditorView, on: boolean): void {
  view.dispatch({ effects: mode.reconfigure(modeExtensions(on)) });
  storeChoice(on);
}

/** A switch above the text, in the editor itself, so every screen with an editor offers it. */
function switchPanel(view: EditorView): Panel {
  const dom = document.createElement("div");
  dom.className = "cm-writing-switch";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "link-button";
  button.textContent = "Writing view";
  button.title = "Hide Markdown marks (##, **, link addresses) except on the line being edited. Shortcuts: Ctrl+B bold, Ctrl+I italics, Ctrl+Alt+1 to 6 heading, Ctrl+Alt+0 plain text, Ctrl+Shift+8 bullets, Ctrl+Shift+7 numbers";
  const label = () => button.setAttribute("aria-pressed", String(isWritingView(view)));
  button.addEventListener("click", () => {
    setWritingView(view, !isWritingView(view));
    label();
  });
  label();
  dom.append(button);
  return { dom, top: true, update: label };
}

const switchTheme = EditorView.baseTheme({
  ".cm-panels.cm-panels-top": { backgroundColor: "transparent", borderBottom: "none" },
  ".cm-writing-switch": { display: "flex", justifyContent: "flex-end", padding: "2px 12px", fontSize: "13px" },
});

/**
 * The writing view's switch, its shortcuts, and the view itself, on when
 * `on` says so or when the author last chose it in this browser.
 */
export function writingView(options: { on?: boolean; readOnly?: boolean } = {}): Extension {
  const on = options.on ?? storedChoice();
  return [mode.of(modeExtensions(on)), options.readOnly ? [] : formattingKeymap, showPanel.of(switchPanel), switchTheme];
}
