import { setDiagnostics } from "@codemirror/lint";
import { ChangeSet, EditorState } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../core";
import { diagnosticsFor, insertsOnly, showsAlready } from "./live-critique";

function finding(doc: string, words: string, ruleId = "weasel-words", message = "Which ones?"): Finding {
  const offset = doc.indexOf(words);
  if (offset < 0) throw new Error(`"${words}" is not in the text`);
  return {
    ruleId,
    category: "evidence",
    severity: "warning",
    line: 1,
    column: offset + 1,
    endLine: 1,
    endColumn: offset + words.length + 1,
    offset,
    endOffset: offset + words.length,
    message,
    question: "Who exactly?",
  };
}

/** The editor's state with `findings` drawn on `doc`. */
function drawn(doc: string, findings: Finding[]): EditorState {
  const state = EditorState.create({ doc });
  return state.update(setDiagnostics(state, diagnosticsFor(findings, state.doc, null))).state;
}

/** Types `insert` at `at`; returns the new state and the edit. */
function typed(state: EditorState, at: number, insert: string): { state: EditorState; edit: ChangeSet } {
  const tr = state.update({ changes: { from: at, insert } });
  return { state: tr.state, edit: tr.changes };
}

describe("showsAlready", () => {
  const before = "Many teams say the rota is late. The bank office fills gaps by phone.";

  it("is true when typing elsewhere only moved the same findings along", () => {
    const shown = drawn(before, [finding(before, "Many teams"), finding(before, "by phone", "vague-channel", "Which phone line?")]);
    const { state, edit } = typed(shown, before.indexOf(" The bank"), " often");
    const after = state.doc.toString();
    const next = diagnosticsFor([finding(after, "Many teams"), finding(after, "by phone", "vague-channel", "Which phone line?")], state.doc, null);
    expect(showsAlready(state, next, edit)).toBe(true);
  });

  it("is false when an edit fell inside a drawn finding, even if the critic flags the same range", () => {
    const shown = drawn(before, [finding(before, "Many teams")]);
    const { state, edit } = typed(shown, before.indexOf("teams"), "x");
    const after = state.doc.toString();
    expect(showsAlready(state, diagnosticsFor([finding(after, "Many xteams")], state.doc, null), edit)).toBe(false);
  });

  it("is false when an edit touches the edge of a drawn finding", () => {
    const shown = drawn(before, [finding(before, "by phone")]);
    const { state, edit } = typed(shown, before.indexOf("by phone"), "quickly ");
    const after = state.doc.toString();
    expect(showsAlready(state, diagnosticsFor([finding(after, "by phone")], state.doc, null), edit)).toBe(false);
  });

  it("is false when a finding is new, gone, moved, or comes from another rule with the same words", () => {
    const shown = drawn(before, [finding(before, "Many teams")]);
    const doc = shown.doc;
    expect(showsAlready(shown, diagnosticsFor([finding(before, "Many teams"), finding(before, "by phone")], doc, null), null)).toBe(false);
    expect(showsAlready(shown, [], null)).toBe(false);
    expect(showsAlready(shown, diagnosticsFor([finding(before, "the rota")], doc, null), null)).toBe(false);
    expect(showsAlready(shown, diagnosticsFor([finding(before, "Many teams", "unnamed-customer")], doc, null), null)).toBe(false);
    expect(showsAlready(shown, diagnosticsFor([finding(before, "Many teams", "weasel-words", "Which teams?")], doc, null), null)).toBe(false);
  });

  it("lines up several findings over one range whatever order they come in", () => {
    const heading = "## Internal FAQ\n\nQ: Why now?";
    const over = (rule: string, message: string) => finding(heading, "## Internal FAQ", rule, message);
    const three = [over("missing-hard-questions", "No answer on cost."), over("missing-hard-questions", "No answer on risk."), over("missing-owner", "Who owns it?")];
    const { state, edit } = typed(drawn(heading, three), heading.length, " Because");
    const reordered = [three[2], three[0], three[1]].map((f) => ({ ...f }));
    expect(showsAlready(state, diagnosticsFor(reordered, state.doc, null), edit)).toBe(true);
  });

  it("is true for the same findings on an unchanged text, and for none when none are drawn", () => {
    const shown = drawn(before, [finding(before, "Many teams"), finding(before, "by phone")]);
    expect(showsAlready(shown, diagnosticsFor([finding(before, "by phone"), finding(before, "Many teams")], shown.doc, null), null)).toBe(true);
    expect(showsAlready(EditorState.create({ doc: before }), [], null)).toBe(true);
  });
});

describe("insertsOnly", () => {
  const doc = "The ward rota closes on Friday.";
  const change = (spec: { from: number; to?: number; insert?: string }[]) => ChangeSet.of(spec, doc.length);

  it("accepts the one insertion that was foreseen", () => {
    expect(insertsOnly(change([{ from: 8, insert: "s" }]), 8, "s")).toBe(true);
  });

  it("refuses another place, other text, a replacement, or more than one change", () => {
    expect(insertsOnly(change([{ from: 9, insert: "s" }]), 8, "s")).toBe(false);
    expect(insertsOnly(change([{ from: 8, insert: "S" }]), 8, "s")).toBe(false);
    expect(insertsOnly(change([{ from: 8, to: 9, insert: "s" }]), 8, "s")).toBe(false);
    expect(insertsOnly(change([{ from: 8, insert: "s" }, { from: 20, insert: "!" }]), 8, "s")).toBe(false);
    expect(insertsOnly(change([{ from: 8, insert: "s " }]), 8, "s")).toBe(false);
  });
});
