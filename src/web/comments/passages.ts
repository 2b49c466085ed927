import { StateEffect, StateField, type EditorState, type Extension, type TransactionSpec } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";

/** Where an open comment's passage lies in the editor's text right now. */
export interface PlacedPassage {
  id: string;
  from: number;
  to: number;
}

/** A comment as the server placed it in a saved revision. */
export interface ServerAnchor {
  id: string;
  start: number;
  end: number;
  quote: string;
}

/**
 * The server anchors comments into the last saved revision, but the editor
 * may already hold newer, unsaved text. The quote is looked for where the
 * server put it, and otherwise at its nearest occurrence; a quote that is no
 * longer in the text has no place until the author writes it back.
 */
export function placeInText(text: string, anchors: readonly ServerAnchor[]): PlacedPassage[] {
  const placed: PlacedPassage[] = [];
  for (const anchor of anchors) {
    if (!anchor.quote) continue;
    if (text.slice(anchor.start, anchor.end) === anchor.quote) {
      placed.push({ id: anchor.id, from: anchor.start, to: anchor.end });
      continue;
    }
    const at = nearestOccurrence(text, anchor.quote, anchor.start);
    if (at !== null) placed.push({ id: anchor.id, from: at, to: at + anchor.quote.length });
  }
  return placed;
}

function nearestOccurrence(text: string, needle: string, near: number): number | null {
  const after = text.indexOf(needle, Math.max(0, near));
  const before = near > 0 ? text.lastIndexOf(needle, near - 1) : -1;
  if (after === -1) return before === -1 ? null : before;
  if (before === -1) return after;
  return near - before <= after - near ? before : after;
}

/** The passages found in the text, and the threads whose quote is not in it, with where the server last put them. */
interface PassageUpdate {
  placed: PlacedPassage[];
  unplaced: { id: string; near: number }[];
}

const setPassages = StateEffect.define<PassageUpdate>();

const passageMark = (id: string) => Decoration.mark({ class: "cm-comment-passage", attributes: { "data-comment-id": id } });

/**
 * The passages as marks, carried through every edit: typing before a
 * passage moves it, typing inside it widens it, deleting it collapses it.
 */
const passageField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (effect.is(setPassages)) {
        const ranges = effect.value.placed.filter((p) => p.to > p.from && p.to <= tr.state.doc.length).sort((a, b) => a.from - b.from);
        next = Decoration.set(ranges.map((p) => passageMark(p.id).range(p.from, p.to)));
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/**
 * Where each thread's passage began when last seen, carried through edits:
 * a passage the author deletes leaves its thread here, so the margin can
 * keep the thread level with where the words were, marked as removed.
 * Threads the server no longer anchors keep the place they last had.
 */
const formerPlaceField = StateField.define<Map<string, number>>({
  create: () => new Map(),
  update(places, tr) {
    let next = places;
    if (!tr.changes.empty) {
      next = new Map();
      for (const [id, at] of places) next.set(id, tr.changes.mapPos(at, -1));
    }
    for (const effect of tr.effects) {
      if (!effect.is(setPassages)) continue;
      if (next === places) next = new Map(places);
      for (const p of effect.value.placed) next.set(p.id, p.from);
      for (const u of effect.value.unplaced) if (!next.has(u.id)) next.set(u.id, Math.min(u.near, tr.state.doc.length));
    }
    return next;
  },
});

const theme = EditorView.baseTheme({
  ".cm-comment-passage": { backgroundColor: "#fff3bf", borderBottom: "2px solid #e0b400" },
});

export const commentPassages: Extension = [passageField, formerPlaceField, theme];

/** What the margin needs to hear from the editor: the text, the layout or the cursor moved. */
export interface PassageListener {
  onLayout: () => void;
  onCursor: (ids: string[]) => void;
}

/**
 * Adds the comment passages to an editor made elsewhere (the editor's own
 * setup stays as it is), with a listener for the margin beside them.
 * Returns how to stop listening.
 */
export function installCommentPassages(view: EditorView, listener: PassageListener): () => void {
  let current: PassageListener | null = listener;
  const extensions: Extension[] = [
    EditorView.updateListener.of((update) => {
      if (!current) return;
      const moved = update.transactions.some((tr) => tr.effects.some((e) => e.is(setPassages)));
      if (update.docChanged || update.geometryChanged || update.viewportChanged || update.heightChanged || moved) current.onLayout();
      // Not on a reload of the threads: the one being answered stays open.
      if (update.selectionSet || update.docChanged) current.onCursor(passagesAt(update.view, update.state.selection.main.head));
    }),
  ];
  if (view.state.field(passageField, false) === undefined) extensions.unshift(commentPassages);
  view.dispatch({ effects: StateEffect.appendConfig.of(extensions) });
  return () => {
    current = null;
  };
}

function passagesAt(view: EditorView, pos: number): string[] {
  return [...currentPassages(view.state)].filter(([, p]) => p.from <= pos && pos <= p.to).map(([id]) => id);
}


/** The transaction that marks the threads' passages in the editor's current text. */
export function placePassages(state: EditorState, anchors: readonly ServerAnchor[]): TransactionSpec {
  const placed = placeInText(state.doc.toString(), anchors);
  const found = new Set(placed.map((p) => p.id));
  const unplaced = anchors.filter((a) => !found.has(a.id)).map((a) => ({ id: a.id, near: a.start }));
  return { effects: setPassages.of({ placed, unplaced }) };
}

export function showPassages(view: EditorView, anchors: readonly ServerAnchor[]): void {
  view.dispatch(placePassages(view.state, anchors));
}

/** Where a thread's passage began when it was last in the text; null for a thread the editor has never placed. */
export function formerPlace(state: EditorState, id: string): number | null {
  return state.field(formerPlaceField, false)?.get(id) ?? null;
}

/** Each passage's current place, by comment id; a passage deleted whole is gone from the map. */
export function currentPassages(state: EditorState): Map<string, { from: number; to: number }> {
  const found = new Map<string, { from: number; to: number }>();
  const marks = state.field(passageField, false);
  if (!marks) return found;
  const iter = marks.iter();
  for (; iter.value; iter.next()) {
    const id = iter.value.spec.attributes?.["data-comment-id"] as string | undefined;
    if (id && iter.to > iter.from) found.set(id, { from: iter.from, to: iter.to });
  }
  return found;
}
