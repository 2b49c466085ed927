/**
 * Word-processor shortcuts for whole lines: a heading level, a bulleted or a
 * numbered list. They write the Markdown a person would type, so the text
 * stays plain Markdown and the critic reads it as it reads anything typed.
 */
import { EditorSelection, type ChangeSpec, type EditorState, type Line, type StateCommand } from "@codemirror/state";

const HEADING_MARK = /^(#{1,6})[ \t]+/;
const LIST_MARK = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BULLET = /^[ \t]*[-*+][ \t]+/;
const NUMBERED = /^[ \t]*\d{1,9}[.)][ \t]+/;

export type ListKind = "bullet" | "numbered";

/**
 * The lines a command applies to: every line a selection touches, except a
 * last line the selection only reaches at its very start (selecting whole
 * lines with Shift+Down ends there).
 */
export function selectedLines(state: EditorState): Line[] {
  const byNumber = new Map<number, Line>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from);
    let last = state.doc.lineAt(range.to);
    if (!range.empty && range.to === last.from && last.number > first.number) last = state.doc.line(last.number - 1);
    for (let n = first.number; n <= last.number; n++) byNumber.set(n, state.doc.line(n));
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/**
 * Applies the changes. A cursor at a line's start moves past the new mark, so
 * what is typed next is the heading's or item's words; a selection of whole
 * lines grows to take in their new marks.
 */
function dispatchLineChanges(state: EditorState, dispatch: Parameters<StateCommand>[0]["dispatch"], changes: ChangeSpec[]): boolean {
  if (!changes.length) return false;
  const changeSet = state.changes(changes);
  const ranges = state.selection.ranges.map((r) => {
    if (r.empty) return EditorSelection.cursor(changeSet.mapPos(r.head, 1));
    const forward = r.head >= r.anchor;
    return EditorSelection.range(changeSet.mapPos(r.anchor, forward ? -1 : 1), changeSet.mapPos(r.head, forward ? 1 : -1));
  });
  dispatch(state.update({ changes: changeSet, selection: EditorSelection.create(ranges, state.selection.mainIndex), scrollIntoView: true, userEvent: "input.format" }));
  return true;
}

/**
 * Makes the selected lines headings of `level` (1 to 6), or plain paragraphs
 * at level 0. Lines that are headings of that level already go back to plain
 * text, as pressing a style twice does in a word processor.
 */
export function setHeading(level: number): StateCommand {
  return ({ state, dispatch }) => {
    const lines = selectedLines(state);
    const levelOf = (line: Line) => HEADING_MARK.exec(line.text)?.[1].length ?? 0;
    const target = level > 0 && lines.every((line) => levelOf(line) === level) ? 0 : level;
    const mark = target > 0 ? `${"#".repeat(target)} ` : "";
    const changes: ChangeSpec[] = [];
    for (const line of lines) {
      // A line is a heading or a list item, not both: a heading takes the place of an item's mark.
      const existing = HEADING_MARK.exec(line.text)?.[0] ?? LIST_MARK.exec(line.text)?.[0] ?? "";
      // A blank line among several is left blank rather than made an empty heading.
      if (!line.text.trim() && lines.length > 1) continue;
      if (existing !== mark) changes.push({ from: line.from, to: line.from + existing.length, insert: mark });
    }
    return dispatchLineChanges(state, dispatch, changes);
  };
}

/**
 * Makes the selected lines a list of `kind`: bullets (`- `) or numbers
 * counted from 1. When every line is already that kind of item, they go back
 * to plain lines. Blank lines between items are skipped, and indentation kept.
 */
export function toggleList(kind: ListKind): StateCommand {
  return ({ state, dispatch }) => {
    const lines = selectedLines(state).filter((line, _, all) => all.length === 1 || line.text.trim() !== "");
    const isKind = kind === "bullet" ? BULLET : NUMBERED;
    const removing = lines.every((line) => isKind.test(line.text));
    const changes: ChangeSpec[] = [];
    lines.forEach((line, index) => {
      const found = LIST_MARK.exec(line.text);
      const heading = HEADING_MARK.exec(line.text);
      const indent = found ? found[1] : (/^[ \t]*/.exec(line.text)?.[0] ?? "");
      // A heading made a list item becomes the item's words.
      const oldMark = found ? found[0] : heading ? heading[0] : indent;
      const newMark = removing ? indent : `${indent}${kind === "bullet" ? "-" : `${index + 1}.`} `;
      if (oldMark !== newMark) changes.push({ from: line.from, to: line.from + oldMark.length, insert: newMark });
    });
    return dispatchLineChanges(state, dispatch, changes);
  };
}
