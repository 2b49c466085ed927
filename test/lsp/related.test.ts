/**
 * A finding about two places carries the second as the diagnostic's
 * `relatedInformation`, so an editor can jump from a press-release promise to
 * the FAQ answer that takes it back. The end-to-end case needs `npm run build`.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCritic, defineRule, rules, spanAt } from "../../src/core";
import { findingToDiagnostic } from "../../src/lsp/diagnostics";
import { hoverFor } from "../../src/lsp/hover";
import { hasByteOrderMark, PositionMapper } from "../../src/lsp/positions";
import { RuleDocs } from "../../src/lsp/rule-docs";
import { lineOf, prfaq } from "../critic/prfaq-builder";
import { LspClient, ROOT } from "./lsp-client";

const URI = "file:///w/quilltax.prfaq.md";
const noDocs = new RuleDocs(null);

const TEXT = prfaq({
  solution: "Your tax documents never touch our servers: QuillTax reads each receipt on the phone that photographed it.",
  customerFaq: [["How are receipts read?", "Each tax document is sent to a hosted AI model, which returns the amount and the date as JSON."]],
});
const PROMISE_LINE = lineOf(TEXT, "Your tax documents never touch");
const CONTRARY_LINE = lineOf(TEXT, "Each tax document is sent");

/** Flags "SEE" and relates the first "HERE" after it, so positions are exact and independent of the catalogue. */
const pointing = defineRule({
  meta: { id: "pointing", category: "evidence", severity: "warning", description: "Points elsewhere.", question: "Which one?", rationale: "Tests need a rule with a related place." },
  check(ctx) {
    const text = ctx.doc.text;
    const at = text.indexOf("SEE");
    const there = text.indexOf("HERE", at);
    if (at < 0 || there < 0) return;
    ctx.report({
      message: "SEE points at HERE",
      at: { span: spanAt(ctx.doc.lineStarts, at, at + 3) },
      related: [{ at: { span: spanAt(ctx.doc.lineStarts, there, there + 4) }, message: "The place it points at." }],
    });
  },
});

describe("findingToDiagnostic", () => {
  it("maps each related place to a location in the same document, 0-based and in UTF-16", () => {
    // The emoji is two UTF-16 code units before HERE on its line.
    const text = "# Title\n\nSEE this.\n\n🙂 and HERE too.\n";
    const critique = createCritic({ rules: [pointing] }).check(text);
    const mapper = new PositionMapper(critique.document.lineStarts, hasByteOrderMark(text));
    const diagnostic = findingToDiagnostic(critique.findings[0], mapper, noDocs, URI);
    expect(diagnostic.relatedInformation).toEqual([
      { location: { uri: URI, range: { start: { line: 4, character: 7 }, end: { line: 4, character: 11 } } }, message: "The place it points at." },
    ]);
  });

  it("leaves relatedInformation out when a finding is about one place", () => {
    const real = createCritic({ rules }).check(TEXT);
    const mapper = new PositionMapper(real.document.lineStarts, false);
    const single = real.findings.find((f) => !f.related)!;
    expect(findingToDiagnostic(single, mapper, noDocs, URI)).not.toHaveProperty("relatedInformation");
  });
});

describe("the hover of a finding about two places", () => {
  const text = "# Title\n\nSEE this.\n\nAnd HERE too.\n";
  const critique = createCritic({ rules: [pointing] }).check(text);
  const mapper = new PositionMapper(critique.document.lineStarts, false);

  it("names the other line in Markdown and in plain text", () => {
    for (const markdown of [true, false]) {
      const hover = hoverFor(critique.findings, mapper, noDocs, markdown, () => pointing.meta)!;
      expect((hover.contents as { value: string }).value).toMatch(/See line 5:\*? The place it points at\./);
    }
  });
});

describe("prfaq lsp publishes related information", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("run `npm run build` before the language server tests");
    folder = mkdtempSync(join(tmpdir(), "prfaq-lsp-related-"));
    client = LspClient.start(folder);
    await client.initialize();
  });

  afterAll(() => {
    client.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  it("points the contradiction's diagnostic at the FAQ answer, in the document's own URI", async () => {
    const uri = pathToFileURL(join(folder, "quilltax.prfaq.md")).href;
    await client.open(uri, TEXT, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    const contradiction = published.diagnostics.find((d) => d.code === "contradicted-claim");
    expect(contradiction?.range.start.line).toBe(PROMISE_LINE - 1);
    expect(contradiction?.relatedInformation).toHaveLength(1);
    const [related] = contradiction!.relatedInformation!;
    expect(related.location.uri).toBe(uri);
    expect(related.location.range.start.line).toBe(CONTRARY_LINE - 1);
    expect(related.message.length).toBeGreaterThan(5);
  });
});
