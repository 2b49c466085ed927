import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction } from "vscode-languageserver";
import { createCritic, defineRule, outlineOf, type Critique } from "../../src/core";
import { codeActionsFor } from "../../src/lsp/code-actions";
import { findingToDiagnostic } from "../../src/lsp/diagnostics";
import { hasByteOrderMark, PositionMapper } from "../../src/lsp/positions";
import { RuleDocs } from "../../src/lsp/rule-docs";

/** A rule that flags every "FLAG" and offers to replace it, so these tests don't depend on the real catalogue. */
const flagRule = defineRule({
  meta: {
    id: "flag-word",
    category: "style",
    severity: "warning",
    description: "Flags FLAG.",
    question: "Why FLAG?",
    rationale: "Tests need a rule they control.",
  },
  check(ctx) {
    for (const sentence of ctx.analysis.sentences) {
      for (const m of sentence.text.matchAll(/FLAG/g)) {
        ctx.report({ message: "FLAG found", at: ctx.analysis.within(sentence, m.index, m.index + 4), suggestion: { title: "Replace FLAG with a fact", replacement: "a fact" } });
      }
    }
  },
});

const URI = "file:///w/doc.prfaq.md";
/** A press-release opening, so the structure around the test passages is read the way real documents are. */
const TOP = "# Ledgerly Closes the Month in a Day\n\n## Bakery owners reconcile without an accountant\n\nLEEDS, England — Ledgerly opened today.\n\n";
const noDocs = new RuleDocs(null);

function check(text: string): Critique {
  return createCritic({ rules: [flagRule] }).check(text);
}

function actionsAt(text: string, which = 0): { actions: CodeAction[]; critique: Critique } {
  const critique = check(text);
  const mapper = new PositionMapper(critique.document.lineStarts, hasByteOrderMark(text));
  const finding = critique.findings[which];
  const actions = codeActionsFor([{ finding, diagnostic: findingToDiagnostic(finding, mapper, noDocs, URI) }], {
    uri: URI,
    doc: critique.document,
    mapper,
    hasReference: () => false,
  });
  return { actions, critique };
}

function apply(text: string, action: CodeAction): string {
  return TextDocument.applyEdits(TextDocument.create(URI, "markdown", 1, text), action.edit!.changes![URI]);
}

function titled(actions: CodeAction[], prefix: string): CodeAction {
  const action = actions.find((a) => a.title.startsWith(prefix));
  if (!action) throw new Error(`no action "${prefix}…" among ${actions.map((a) => a.title).join(", ")}`);
  return action;
}

/** Checks that the edit silences exactly one finding and leaves the document's reading unchanged. */
function expectSilencesOne(text: string, action: CodeAction): string {
  const before = check(text);
  const edited = apply(text, action);
  const after = check(edited);
  expect(after.findings.length).toBe(before.findings.length - 1);
  expect(outlineOf(after.document).map((e) => [e.kind, e.label])).toEqual(outlineOf(before.document).map((e) => [e.kind, e.label]));
  expect(after.document.blocks.filter((b) => b.kind !== "html").map((b) => b.text.trim())).toEqual(
    before.document.blocks.filter((b) => b.kind !== "html").map((b) => b.text.trim()),
  );
  return edited;
}

describe("disable for this line", () => {
  it("puts prfaq-disable-next-line above a paragraph that follows a blank line", () => {
    const text = `${TOP}The FLAG is here.\n\nAnother FLAG.\n`;
    const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
    expect(edited).toBe(`${TOP}<!-- prfaq-disable-next-line flag-word -->\nThe FLAG is here.\n\nAnother FLAG.\n`);
  });

  it("puts it above a heading", () => {
    const text = "# The FLAG Headline\n\n## Bakery owners reconcile\n\nLEEDS — Ledgerly opened today.\n";
    const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
    expect(edited.startsWith("<!-- prfaq-disable-next-line flag-word -->\n# The FLAG Headline")).toBe(true);
  });

  it("uses prfaq-disable-line at the end of a line inside a paragraph, which a new line would split", () => {
    const text = `${TOP}The first line of a paragraph\nand a FLAG on its second line.\n`;
    const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
    expect(edited).toContain("and a FLAG on its second line. <!-- prfaq-disable-line flag-word -->\n");
  });

  it("uses prfaq-disable-line in a list item and a block quote", () => {
    for (const text of [`${TOP}- one\n- a FLAG item\n- three\n`, `${TOP}1. one\n2. a FLAG item\n`, `${TOP}> a quoted FLAG\n`]) {
      const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
      expect(edited).toMatch(/FLAG[^\n]* <!-- prfaq-disable-line flag-word -->\n/);
    }
  });

  it("adds the rule to a prfaq-disable-next-line comment already above the line", () => {
    const text = `${TOP}<!-- prfaq-disable-next-line long-sentence -->\nA FLAG here.\n`;
    const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
    expect(edited).toContain("<!-- prfaq-disable-next-line long-sentence flag-word -->\nA FLAG here.");
  });

  it("keeps the document's line endings", () => {
    const top = TOP.replace(/\n/g, "\r\n");
    const text = `${top}The FLAG is here.\r\n`;
    const edited = expectSilencesOne(text, titled(actionsAt(text).actions, "Disable flag-word for this line"));
    expect(edited).toBe(`${top}<!-- prfaq-disable-next-line flag-word -->\r\nThe FLAG is here.\r\n`);
  });

  it("offers nothing to disable inside front matter, where a comment would break the YAML", () => {
    const flagInFrontMatter = defineRule({
      meta: { ...flagRule.meta, id: "front-flag" },
      check(ctx) {
        if (ctx.doc.frontMatter) ctx.report({ message: "front matter", at: { span: ctx.doc.frontMatter.span } });
      },
    });
    const text = "---\ntitle: x\n---\n\n# T\n";
    const critique = createCritic({ rules: [flagInFrontMatter] }).check(text);
    const mapper = new PositionMapper(critique.document.lineStarts, false);
    const finding = critique.findings[0];
    const actions = codeActionsFor([{ finding, diagnostic: findingToDiagnostic(finding, mapper, noDocs, URI) }], { uri: URI, doc: critique.document, mapper, hasReference: () => false });
    expect(actions.map((a) => a.title)).toEqual([]);
  });
});

describe("disable for this section", () => {
  const text = ["# Product", "", "Intro FLAG.", "", "## Problem", "", "A FLAG in the problem.", "", "### Detail", "", "Another FLAG.", "", "## Solution", "", "A FLAG in the solution.", ""].join("\n");

  it("wraps the section from after its heading to the next heading of the same or a higher level", () => {
    const { actions, critique } = actionsAt(text, 1);
    expect(critique.findings[1].line).toBe(7);
    const action = titled(actions, 'Disable flag-word for the section "Problem"');
    const before = check(text);
    const edited = apply(text, action);
    expect(edited).toContain("## Problem\n<!-- prfaq-disable flag-word -->\n");
    expect(edited).toContain("<!-- prfaq-enable flag-word -->\n## Solution");
    // The sub-section belongs to the section, so its finding goes too; the others stay.
    const after = check(edited);
    expect(after.findings.map((f) => f.message).length).toBe(before.findings.length - 2);
    expect(after.findings.map((f) => f.line)).toEqual([3, 17]);
  });

  it("puts prfaq-disable above the heading when the finding is on the heading, and needs no enable in the last section", () => {
    const last = "# Product\n\nIntro.\n\n## The FLAG section\n\nText with FLAG.\n";
    const { actions } = actionsAt(last, 0);
    const edited = apply(last, titled(actions, "Disable flag-word for the section"));
    expect(edited).toBe("# Product\n\nIntro.\n\n<!-- prfaq-disable flag-word -->\n## The FLAG section\n\nText with FLAG.\n");
    expect(check(edited).findings).toEqual([]);
  });

  it("is not offered before the first heading", () => {
    const { actions } = actionsAt("Just a FLAG.\n\n# Later\n");
    expect(actions.some((a) => a.title.includes("section"))).toBe(false);
  });
});

describe("the rule's suggestion", () => {
  it("is the preferred quick fix and replaces the flagged text", () => {
    const text = "# T\n\nThe FLAG is here.\n";
    const { actions } = actionsAt(text);
    expect(actions[0].title).toBe("Replace FLAG with a fact");
    expect(actions[0].isPreferred).toBe(true);
    expect(apply(text, actions[0])).toBe("# T\n\nThe a fact is here.\n");
  });
});

describe("the rules reference", () => {
  it("is offered as a command only when the rule has a page", () => {
    const critique = check("# T\n\nFLAG\n");
    const mapper = new PositionMapper(critique.document.lineStarts, false);
    const finding = critique.findings[0];
    const item = [{ finding, diagnostic: findingToDiagnostic(finding, mapper, noDocs, URI) }];
    const withPage = codeActionsFor(item, { uri: URI, doc: critique.document, mapper, hasReference: () => true });
    expect(withPage.at(-1)?.command).toEqual({ title: "Open the rules reference for flag-word", command: "prfaq.openRulesReference", arguments: ["flag-word"] });
    const withoutPage = codeActionsFor(item, { uri: URI, doc: critique.document, mapper, hasReference: () => false });
    expect(withoutPage.some((a) => a.command)).toBe(false);
  });
});
