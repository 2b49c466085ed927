import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createCritic, defineRule, spanAt, type Critique } from "../../src/core";

/** Flags two words wherever they are, so the tests don't depend on the real catalogue. */
const wordRule = defineRule({
  meta: { id: "words", category: "style", severity: "info", description: "d", question: "q", rationale: "r" },
  check(ctx) {
    for (const m of ctx.doc.text.matchAll(/world-class|seamless/g)) ctx.report({ message: m[0], at: { span: spanAt(ctx.doc.lineStarts, m.index, m.index + m[0].length) } });
  },
});

function critique(text: string): Critique {
  return createCritic({ rules: [wordRule] }).check(text);
}
import { hasByteOrderMark, PositionMapper } from "../../src/lsp/positions";

function rangeText(text: string, mapper: PositionMapper, finding: Parameters<PositionMapper["rangeOf"]>[0]): string {
  const doc = TextDocument.create("file:///x.md", "markdown", 1, text);
  const range = mapper.rangeOf(finding);
  return text.slice(doc.offsetAt(range.start), doc.offsetAt(range.end));
}

const TEXT = "# Ledgerly 🥐 is a world-class ledger\n\n## For bakers\n\nLEEDS — 🥐🥐 a seamless start.\n";

describe("positions", () => {
  it("turn core's 1-based UTF-16 columns into LSP's 0-based ones, astral characters included", () => {
    const result = critique(TEXT);
    const mapper = new PositionMapper(result.document.lineStarts, false);
    const words = result.findings.filter((f) => f.ruleId === "words").map((f) => rangeText(TEXT, mapper, f));
    expect(words).toEqual(["world-class", "seamless"]);
  });

  it("shift line 0 by one when the editor's text keeps a byte-order mark", () => {
    const withMark = `\ufeff${TEXT}`;
    expect(hasByteOrderMark(withMark)).toBe(true);
    const result = critique(withMark);
    const mapper = new PositionMapper(result.document.lineStarts, true);
    const words = result.findings.filter((f) => f.ruleId === "words").map((f) => rangeText(withMark, mapper, f));
    expect(words).toEqual(["world-class", "seamless"]);
    expect(mapper.offsetAt({ line: 0, character: 1 })).toBe(0);
    expect(mapper.offsetAt({ line: 2, character: 3 })).toBe(result.document.lineStarts[2] + 3);
  });

  it("count \\r, \\n and \\r\\n as line ends, as LSP does", () => {
    const text = "# A\r\n\r\n## B\r\rLEEDS — a seamless start.\n";
    const result = critique(text);
    const mapper = new PositionMapper(result.document.lineStarts, false);
    const flagged = result.findings.find((f) => f.ruleId === "words")!;
    expect(mapper.rangeOf(flagged).start.line).toBe(TextDocument.create("file:///x", "markdown", 1, text).positionAt(text.indexOf("seamless")).line);
    expect(rangeText(text, mapper, flagged)).toBe("seamless");
  });
});
