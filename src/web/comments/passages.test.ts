import { EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { commentPassages, currentPassages, formerPlace, placeInText, placePassages, type ServerAnchor } from "./passages";

const saved = "The clinic opens at eight. Patients wait 40 minutes on average. The clinic closes at six.";

function anchorOn(text: string, quote: string, id = "c1", occurrence = 0): ServerAnchor {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  return { id, start, end: start + quote.length, quote };
}

describe("placeInText", () => {
  it("keeps the server's place when the editor holds the saved text", () => {
    const anchor = anchorOn(saved, "Patients wait 40 minutes");
    expect(placeInText(saved, [anchor])).toEqual([{ id: "c1", from: anchor.start, to: anchor.end }]);
  });

  it("follows the quote when unsaved words were typed before it", () => {
    const anchor = anchorOn(saved, "Patients wait 40 minutes");
    const edited = `Since March, a nurse triages every arrival. ${saved}`;
    const [placed] = placeInText(edited, [anchor]);
    expect(edited.slice(placed.from, placed.to)).toBe("Patients wait 40 minutes");
  });

  it("picks the occurrence nearest the old place when the quote is repeated", () => {
    const anchor = anchorOn(saved, "The clinic", "c2", 1);
    const edited = saved.replace("Patients wait", "Most patients wait");
    const [placed] = placeInText(edited, [anchor]);
    expect(placed.from).toBe(edited.lastIndexOf("The clinic"));
  });

  it("leaves out a thread whose words the author has deleted", () => {
    const anchor = anchorOn(saved, "Patients wait 40 minutes");
    expect(placeInText(saved.replace("Patients wait 40 minutes on average. ", ""), [anchor])).toEqual([]);
  });
});

describe("the passages in the editor's state", () => {
  it("move with text typed before them, widen with text typed inside, and go when deleted", () => {
    let state = EditorState.create({ doc: saved, extensions: commentPassages });
    state = state.update(placePassages(state, [anchorOn(saved, "40 minutes")])).state;
    state = state.update({ changes: { from: 0, insert: "Open weekdays. " } }).state;
    let place = currentPassages(state).get("c1")!;
    expect(state.sliceDoc(place.from, place.to)).toBe("40 minutes");
    state = state.update({ changes: { from: place.from + 2, insert: " to 45" } }).state;
    place = currentPassages(state).get("c1")!;
    expect(state.sliceDoc(place.from, place.to)).toBe("40 to 45 minutes");
    state = state.update({ changes: { from: place.from, to: place.to } }).state;
    expect(currentPassages(state).has("c1")).toBe(false);
  });
});

describe("where a deleted passage was", () => {
  it("stays where the words were, moving with text typed before it", () => {
    let state = EditorState.create({ doc: saved, extensions: commentPassages });
    state = state.update(placePassages(state, [anchorOn(saved, "40 minutes")])).state;
    const at = saved.indexOf("40 minutes");
    state = state.update({ changes: { from: at, to: at + "40 minutes".length } }).state;
    expect(currentPassages(state).has("c1")).toBe(false);
    expect(formerPlace(state, "c1")).toBe(at);
    state = state.update({ changes: { from: 0, insert: "Open weekdays. " } }).state;
    expect(formerPlace(state, "c1")).toBe(at + "Open weekdays. ".length);
  });

  it("keeps its place when the threads are loaded again without it, as after a save the server can no longer anchor it", () => {
    let state = EditorState.create({ doc: saved, extensions: commentPassages });
    state = state.update(placePassages(state, [anchorOn(saved, "40 minutes"), anchorOn(saved, "at six", "c2")])).state;
    const at = saved.indexOf("40 minutes");
    state = state.update({ changes: { from: at, to: at + "40 minutes ".length } }).state;
    state = state.update(placePassages(state, [anchorOn(state.doc.toString(), "at six", "c2")])).state;
    expect(formerPlace(state, "c1")).toBe(at);
  });

  it("is where the server put it for a thread whose words were never in the editor's text", () => {
    let state = EditorState.create({ doc: "Short now.", extensions: commentPassages });
    state = state.update(placePassages(state, [{ id: "c3", start: 40, end: 50, quote: "gone words" }])).state;
    expect(currentPassages(state).has("c3")).toBe(false);
    expect(formerPlace(state, "c3")).toBe("Short now.".length);
    expect(formerPlace(state, "never-seen")).toBeNull();
  });
});
