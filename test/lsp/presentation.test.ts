import { describe, expect, it } from "vitest";
import { createCritic, defineRule, parseDocument, spanAt } from "../../src/core";
import { findingsAt, hoverFor } from "../../src/lsp/hover";
import { PositionMapper } from "../../src/lsp/positions";
import { RuleDocs } from "../../src/lsp/rule-docs";
import { documentSymbols, flatSymbols } from "../../src/lsp/symbols";

const rule = defineRule({
  meta: { id: "puffery", category: "evidence", severity: "warning", description: "d", question: "What *number* backs this?", rationale: "Adjectives <persuade> nobody." },
  check(ctx) {
    const at = ctx.doc.text.indexOf("world-class");
    if (at >= 0) ctx.report({ message: '"world-class" is an adjective', at: { span: spanAt(ctx.doc.lineStarts, at, at + 11) }, suggestion: { title: "Name the measure" } });
  },
});

const TEXT = "# Ledgerly\n\n## For bakers\n\nLEEDS — a world-class ledger.\n\n## Internal FAQ\n\n**Q: Why now?**\nA: The bank feeds opened in 2027.\n\n**Q: What does it cost?**\n";

describe("hover", () => {
  const critique = createCritic({ rules: [rule] }).check(TEXT);
  const mapper = new PositionMapper(critique.document.lineStarts, false);
  const finding = critique.findings[0];

  it("finds the findings under an offset, ends included", () => {
    expect(findingsAt(critique.findings, finding.offset)).toHaveLength(1);
    expect(findingsAt(critique.findings, finding.endOffset)).toHaveLength(1);
    expect(findingsAt(critique.findings, finding.endOffset + 1)).toHaveLength(0);
  });

  it("shows the question, the message, the rule's rationale and its suggestion, escaped for Markdown", () => {
    const hover = hoverFor([finding], mapper, new RuleDocs(null), true, () => rule.meta)!;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("What \\*number\\* backs this?");
    expect(value).toContain("\\<persuade\\>");
    expect(value).toContain("Name the measure");
    expect(hover.range).toEqual(mapper.rangeOf(finding));
  });

  it("falls back to plain text for clients without Markdown", () => {
    const hover = hoverFor([finding], mapper, new RuleDocs(null), false, () => rule.meta)!;
    expect(hover.contents).toMatchObject({ kind: "plaintext" });
    expect((hover.contents as { value: string }).value).toContain("What *number* backs this?");
    expect((hover.contents as { value: string }).value).toContain("Why it matters: Adjectives <persuade> nobody.");
  });
});

describe("document symbols", () => {
  const doc = parseDocument(TEXT);
  const mapper = new PositionMapper(doc.lineStarts, false);

  it("list the parts with FAQ questions as children, and flag unanswered ones", () => {
    const symbols = documentSymbols(doc, mapper);
    const faq = symbols.find((s) => s.name.startsWith("Internal FAQ"))!;
    expect(faq.children?.map((c) => [c.name, c.detail])).toEqual([
      ["Why now?", undefined],
      ["What does it cost?", "no answer"],
    ]);
  });

  it("flatten with container names for clients without hierarchy", () => {
    const flat = flatSymbols(documentSymbols(doc, mapper), "file:///x.md");
    const child = flat.find((s) => s.name === "Why now?")!;
    expect(child.containerName).toMatch(/^Internal FAQ/);
    expect(child.location.uri).toBe("file:///x.md");
  });
});
