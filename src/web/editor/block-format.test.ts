import { EditorSelection, EditorState, type StateCommand } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { selectedLines, setHeading, toggleList } from "./block-format";

/** Runs a command on `doc` with the selection marked by `[` and `]` (or a lone `|` for a cursor); returns the text and the selection, marked the same way. */
function run(command: StateCommand, marked: string): string {
  const cursor = marked.indexOf("|");
  const anchor = cursor >= 0 ? cursor : marked.indexOf("[");
  const doc = cursor >= 0 ? marked.replace("|", "") : marked.replace("[", "").replace("]", "");
  const head = cursor >= 0 ? cursor : marked.indexOf("]") - 1;
  let state = EditorState.create({ doc, selection: EditorSelection.single(anchor, head) });
  const handled = command({ state, dispatch: (tr) => (state = tr.state) });
  const { from, to } = state.selection.main;
  const text = state.doc.toString();
  const shown = from === to ? `${text.slice(0, from)}|${text.slice(from)}` : `${text.slice(0, from)}[${text.slice(from, to)}]${text.slice(to)}`;
  return handled ? shown : `unhandled: ${shown}`;
}

describe("selectedLines", () => {
  it("leaves out a last line the selection reaches only at its start", () => {
    const state = EditorState.create({ doc: "one\ntwo\nthree", selection: EditorSelection.single(0, 8) });
    expect(selectedLines(state).map((l) => l.text)).toEqual(["one", "two"]);
  });

  it("counts a line once when two cursors are on it", () => {
    const state = EditorState.create({ doc: "one two", selection: EditorSelection.create([EditorSelection.cursor(1), EditorSelection.cursor(5)]), extensions: EditorState.allowMultipleSelections.of(true) });
    expect(selectedLines(state)).toHaveLength(1);
  });
});

describe("setHeading", () => {
  it("makes the cursor's line a heading and keeps the cursor in its words", () => {
    expect(run(setHeading(2), "Intro\nCustomer F|AQ\nmore")).toBe("Intro\n## Customer F|AQ\nmore");
  });

  it("moves a cursor at the start of the line past the new mark", () => {
    expect(run(setHeading(1), "|Headline")).toBe("# |Headline");
  });

  it("changes the level of a heading", () => {
    expect(run(setHeading(3), "# Head|line")).toBe("### Head|line");
  });

  it("turns a heading of the same level back into plain text, as a second press does", () => {
    expect(run(setHeading(2), "## Customer |FAQ")).toBe("Customer |FAQ");
  });

  it("makes plain text of any heading at level 0, and leaves plain text alone", () => {
    expect(run(setHeading(0), "#### Fine |print")).toBe("Fine |print");
    expect(run(setHeading(0), "plain |text")).toBe("unhandled: plain |text");
  });

  it("applies to every selected line but skips the blank ones", () => {
    expect(run(setHeading(2), "[One\n\nTwo]")).toBe("[## One\n\n## Two]");
  });

  it("replaces a list item's mark instead of nesting marks", () => {
    expect(run(setHeading(2), "- Ite|m")).toBe("## Ite|m");
  });

  it("does not take a hashtag without a space for a heading", () => {
    expect(run(setHeading(1), "#launch |day")).toBe("# #launch |day");
  });
});

describe("toggleList", () => {
  it("bullets the cursor's line", () => {
    expect(run(toggleList("bullet"), "Texts at |06:30")).toBe("- Texts at |06:30");
  });

  it("bullets each selected line, skipping blank lines between them", () => {
    expect(run(toggleList("bullet"), "[Texts\n\nA board]")).toBe("[- Texts\n\n- A board]");
  });

  it("numbers the selected lines from 1", () => {
    expect(run(toggleList("numbered"), "[Message the studio\nGet a slot]")).toBe("[1. Message the studio\n2. Get a slot]");
  });

  it("takes the bullets off when every line has one", () => {
    expect(run(toggleList("bullet"), "[- Texts\n* A board]")).toBe("[Texts\nA board]");
  });

  it("turns bullets into numbers rather than removing them", () => {
    expect(run(toggleList("numbered"), "[- Texts\n- A board]")).toBe("[1. Texts\n2. A board]");
  });

  it("keeps a nested item's indentation", () => {
    expect(run(toggleList("numbered"), "  - Ne|sted")).toBe("  1. Ne|sted");
  });

  it("makes a heading a list item of its words", () => {
    expect(run(toggleList("bullet"), "## Risk|s")).toBe("- Risk|s");
  });

  it("bullets a mixed selection when only some lines are items", () => {
    expect(run(toggleList("bullet"), "[- Texts\nA board]")).toBe("[- Texts\n- A board]");
  });
});
