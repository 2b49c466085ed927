/**
 * Drives `prfaq lsp` over stdio as an editor would. Needs `npm run build`
 * first (`npm test` does it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Command, Diagnostic, DocumentSymbol, MarkupContent, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { critique, findRule, parseConfig, rules } from "../../src/core";
import { LspClient, ROOT } from "./lsp-client";

const FIXTURE = readFileSync(join(import.meta.dirname, "fixtures", "ledgerly.prfaq.md"), "utf8");

function textOf(text: string, d: Diagnostic): string {
  const doc = TextDocument.create("file:///x", "markdown", 1, text);
  return text.slice(doc.offsetAt(d.range.start), doc.offsetAt(d.range.end));
}

function byCode(p: PublishDiagnosticsParams, code: string): Diagnostic[] {
  return p.diagnostics.filter((d) => d.code === code);
}

const LSP_SEVERITY = { error: 1, warning: 2, info: 3 } as const;

function defaultSeverity(ruleId: string): number {
  return LSP_SEVERITY[findRule(ruleId)!.meta.severity];
}

function isAction(a: Command | CodeAction): a is CodeAction {
  return "title" in a && !("command" in a && typeof a.command === "string");
}

function applyAction(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, text), edits);
}

let workspace: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("run `npm run build` before the language server tests");
  workspace = mkdtempSync(join(tmpdir(), "prfaq-lsp-"));
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

describe("prfaq lsp, driven over stdio", () => {
  let client: LspClient;
  let folder: string;
  let uri: string;

  beforeAll(() => {
    folder = join(workspace, "main");
    mkdirSync(folder);
    // Severity overrides make the mapping visible: puffery becomes an error, evasive answers info.
    writeFileSync(join(folder, ".prfaq.yml"), "rules:\n  puffery: error\n  evasive-answer: info\n");
    uri = pathToFileURL(join(folder, "ledgerly.prfaq.md")).href;
    client = LspClient.start(folder);
  });

  afterAll(() => client.kill());

  it("answers initialize with its capabilities", async () => {
    const result = await client.initialize();
    expect(result.serverInfo?.name).toBe("prfaq");
    expect(result.serverInfo?.version).toBe((JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version);
    expect(result.capabilities.positionEncoding).toBe("utf-16");
    expect(result.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(result.capabilities.codeActionProvider).toBeTruthy();
    expect(result.capabilities.documentSymbolProvider).toBeTruthy();
  });

  it("asks the client to watch .prfaq.yml files", async () => {
    await expect.poll(() => client.registrations).toContain("workspace/didChangeWatchedFiles");
  });

  it("publishes every finding on open, at the finding's range, counted in UTF-16", async () => {
    await client.open(uri, FIXTURE, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    const config = parseConfig("rules:\n  puffery: error\n  evasive-answer: info\n", new Set(rules.map((r) => r.meta.id)));
    const expected = critique(FIXTURE, config).findings;
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.range.end.line + 1, d.range.end.character + 1])).toEqual(
      expected.map((f) => [f.ruleId, f.line, f.column, f.endLine, f.endColumn]),
    );
    // The line starts with an emoji (two UTF-16 code units): the range still lands on the word.
    const [puffery] = byCode(published, "puffery");
    expect(puffery.range.start).toEqual({ line: 6, character: 17 });
    expect(textOf(FIXTURE, puffery)).toBe("world-class");
    for (const [i, d] of published.diagnostics.entries()) {
      expect(d.source).toBe("prfaq");
      expect(d.message).toBe(`${expected[i].message}\n${expected[i].question}`);
    }
  });

  it("maps severities, after .prfaq.yml, and links each rule to its reference page", async () => {
    const published = await client.diagnosticsForVersion(uri, 1);
    expect(byCode(published, "puffery")[0].severity).toBe(1);
    expect(byCode(published, "evasive-answer")[0].severity).toBe(3);
    expect(byCode(published, "no-success-metrics")[0].severity).toBe(defaultSeverity("no-success-metrics"));
    for (const d of published.diagnostics) {
      const page = join(ROOT, "docs", "rules", `${d.code}.md`);
      if (existsSync(page)) expect(d.codeDescription?.href).toBe(pathToFileURL(page).href);
      else expect(d.codeDescription).toBeUndefined();
    }
  });

  it("sends the verdict as a notification", async () => {
    const verdict = await client.verdictFor(uri, (v) => v.version === 1);
    expect(verdict.verdict?.readiness).toBe("not-ready");
    expect(verdict.verdict?.label).toBe("not ready for review");
    expect(verdict.verdict?.errors).toBe((await client.diagnosticsForVersion(uri, 1)).diagnostics.filter((d) => d.severity === 1).length);
  });

  it("updates the diagnostics after an incremental change: a fixed finding disappears, the rest move with the text", async () => {
    const before = await client.diagnosticsForVersion(uri, 1);
    const puffery = byCode(before, "puffery")[0];
    await client.change(uri, 2, [{ range: puffery.range, text: "double-entry" }]);
    const after = await client.diagnosticsForVersion(uri, 2);
    expect(byCode(after, "puffery")).toEqual([]);
    expect(after.diagnostics.length).toBe(before.diagnostics.length - 1);
    const evasive = byCode(after, "evasive-answer")[0];
    expect(evasive.range).toEqual(byCode(before, "evasive-answer")[0].range);
    // Undo, so the later tests see the fixture again.
    await client.change(uri, 3, [{ range: { start: puffery.range.start, end: { line: 6, character: 17 + "double-entry".length } }, text: "world-class" }]);
    expect(byCode(await client.diagnosticsForVersion(uri, 3), "puffery")).toHaveLength(1);
  });

  it("shows the critic's question and the rule's rationale on hover", async () => {
    const hover = await client.hover(uri, 6, 20);
    const value = (hover?.contents as MarkupContent).value;
    expect((hover?.contents as MarkupContent).kind).toBe("markdown");
    expect(value).toContain("world-class");
    const rationale = findRule("puffery")!.meta.rationale;
    expect(value.replace(/\\/g, "")).toContain(rationale.slice(0, 40));
    expect(value.replace(/\\/g, "")).toContain(findRule("puffery")!.meta.question.slice(0, 30));
    expect(hover?.range?.start).toEqual({ line: 6, character: 17 });
    expect(await client.hover(uri, 4, 0)).toBeNull();
  });

  it("offers to disable a rule for one line, and the edit silences exactly that finding", async () => {
    const current = await client.diagnosticsForVersion(uri, 3);
    const puffery = byCode(current, "puffery")[0];
    const actions = ((await client.codeActions(uri, puffery.range)) ?? []).filter(isAction);
    const disable = actions.find((a) => a.title === "Disable puffery for this line")!;
    expect(disable).toBeDefined();
    const edited = applyAction(FIXTURE, disable, uri);
    expect(edited).toContain("<!-- prfaq-disable-next-line puffery -->\n🥐 Ledgerly is a world-class");
    await client.change(uri, 4, [{ text: edited }]);
    const after = await client.diagnosticsForVersion(uri, 4);
    expect(byCode(after, "puffery")).toEqual([]);
    expect(after.diagnostics.length).toBe(current.diagnostics.length - 1);
  });

  it("offers to disable a rule for a section, between the heading and the next heading of the same level", async () => {
    await client.change(uri, 5, [{ text: FIXTURE }]);
    const current = await client.diagnosticsForVersion(uri, 5);
    const evasive = byCode(current, "evasive-answer")[0];
    const actions = ((await client.codeActions(uri, evasive.range)) ?? []).filter(isAction);
    const section = actions.find((a) => a.title.startsWith("Disable evasive-answer for the section"))!;
    expect(section.title).toContain("Internal FAQ");
    const edited = applyAction(FIXTURE, section, uri);
    expect(edited).toContain("## Internal FAQ\n<!-- prfaq-disable evasive-answer -->\n");
    expect(edited).toContain("<!-- prfaq-enable evasive-answer -->\n## Kill criteria");
    await client.change(uri, 6, [{ text: edited }]);
    const after = await client.diagnosticsForVersion(uri, 6);
    expect(byCode(after, "evasive-answer")).toEqual([]);
    expect(after.diagnostics.length).toBe(current.diagnostics.length - 1);
  });

  it("offers the rules reference, and opens it through the client", async () => {
    await client.change(uri, 7, [{ text: FIXTURE }]);
    const evasive = byCode(await client.diagnosticsForVersion(uri, 7), "evasive-answer")[0];
    const actions = ((await client.codeActions(uri, evasive.range)) ?? []).filter(isAction);
    const open = actions.find((a) => a.title === "Open the rules reference for evasive-answer");
    const page = join(ROOT, "docs", "rules", "evasive-answer.md");
    if (!existsSync(page)) {
      expect(open).toBeUndefined();
      return;
    }
    expect(open?.command?.command).toBe("prfaq.openRulesReference");
    await client.executeCommand(open!.command!.command, open!.command!.arguments ?? []);
    expect(client.shownDocuments.at(-1)?.uri).toBe(pathToFileURL(page).href);
  });

  it("outlines the PR/FAQ's parts, with FAQ questions as children", async () => {
    const symbols = (await client.symbols(uri)) as DocumentSymbol[];
    const names = symbols.map((s) => s.name);
    expect(names[0]).toMatch(/^Headline: Ledgerly Closes the Month/);
    const internal = symbols.find((s) => s.name.startsWith("Internal FAQ"))!;
    expect(internal.children?.map((c) => c.name)).toEqual(["Why hasn't anyone done this already?", "What does it cost to run?"]);
    expect(internal.range.start.line).toBe(23);
    for (const s of symbols) {
      expect(s.selectionRange.start.line).toBeGreaterThanOrEqual(s.range.start.line);
      expect(s.selectionRange.end.line).toBeLessThanOrEqual(s.range.end.line);
    }
  });

  it("leaves Markdown files that are not PR/FAQs alone", async () => {
    const notes = pathToFileURL(join(folder, "notes.md")).href;
    await client.open(notes, "# Notes\n\nA world-class list of everything.\n", 1);
    expect(await client.symbols(notes)).toEqual([]);
    expect(await client.hover(notes, 2, 5)).toBeNull();
    expect(client.diagnostics.has(notes)).toBe(false);
  });

  it("re-reads .prfaq.yml when the client reports a change: `files` globs and severities apply at once", async () => {
    const notesPath = join(folder, "drafts", "pricing.md");
    mkdirSync(join(folder, "drafts"));
    writeFileSync(notesPath, FIXTURE);
    const draft = pathToFileURL(notesPath).href;
    await client.open(draft, FIXTURE, 1);
    expect(await client.symbols(draft)).toEqual([]);
    writeFileSync(join(folder, ".prfaq.yml"), "files:\n  - drafts/*.md\nrules:\n  puffery: info\n");
    await client.configChanged(pathToFileURL(join(folder, ".prfaq.yml")).href);
    const published = await client.diagnosticsFor(draft, (p) => p.diagnostics.length > 0);
    expect(byCode(published, "puffery")[0].severity).toBe(3);
    const main = await client.diagnosticsFor(uri, (p) => byCode(p, "puffery")[0]?.severity === 3);
    expect(byCode(main, "evasive-answer")[0].severity).toBe(defaultSeverity("evasive-answer"));
  });

  it("exits cleanly after shutdown and exit", async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe("prfaq lsp with a client as plain as Neovim 0.7", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = join(workspace, "plain");
    mkdirSync(folder);
    client = LspClient.start(folder);
    await client.initialize({ debounceMs: 0 }, { textDocument: { codeAction: {} } });
  });

  afterAll(() => client.kill());

  it("offers quick fixes for the diagnostics the client sends, with the cursor at column 0 of the line", async () => {
    const uri = pathToFileURL(join(folder, "cursor.prfaq.md")).href;
    await client.open(uri, FIXTURE);
    const puffery = byCode(await client.diagnosticsForVersion(uri, 1), "puffery")[0];
    expect(puffery.range.start.character).toBeGreaterThan(0);
    const lineStart = { line: puffery.range.start.line, character: 0 };
    const withoutContext = ((await client.codeActions(uri, { start: lineStart, end: lineStart })) ?? []).filter(isAction);
    expect(withoutContext.map((a) => a.title)).not.toContain("Disable puffery for this line");
    const withContext = ((await client.codeActions(uri, { start: lineStart, end: lineStart }, [puffery])) ?? []).filter(isAction);
    expect(withContext.map((a) => a.title)).toContain("Disable puffery for this line");
  });

  it("applies a rule's own suggestion as the preferred quick fix, and the finding goes", async () => {
    const uri = pathToFileURL(join(folder, "suggestion.prfaq.md")).href;
    const text = FIXTURE.replace(/\n\n/, "\n\nClosing the month takes significantly longer than it should.\n\n");
    await client.open(uri, text);
    const weasel = byCode(await client.diagnosticsForVersion(uri, 1), "weasel-words").find((d) => textOf(text, d) === "significantly")!;
    expect(weasel).toBeDefined();
    const fix = ((await client.codeActions(uri, weasel.range)) ?? []).filter(isAction).find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Delete "significantly", then give the number it stood for');
    const edited = applyAction(text, fix, uri);
    expect(edited).toContain("Closing the month takes longer than it should.");
    await client.change(uri, 2, [{ text: edited }]);
    expect(byCode(await client.diagnosticsForVersion(uri, 2), "weasel-words").filter((d) => textOf(edited, d) === "significantly")).toEqual([]);
  });

  it("names the rules reference in a notification when the client cannot open documents, so nothing waits for an answer", async () => {
    const page = join(ROOT, "docs", "rules", "puffery.md");
    expect(existsSync(page)).toBe(true);
    const before = client.messages.length;
    await client.executeCommand("prfaq.openRulesReference", ["puffery"]);
    await expect.poll(() => client.messages.length).toBeGreaterThan(before);
    expect(client.messages.at(-1)?.message).toContain(page);
    expect(client.shownDocuments).toEqual([]);
  });

  it("does not make the first keystroke wait as long as the cold first check took", async () => {
    // A server of its own, so the first check is cold: the other tests here have already warmed this one's critic.
    const fresh = LspClient.start(folder);
    try {
      await fresh.initialize({ debounceMs: 0 }, { textDocument: { codeAction: {} } });
      const uri = pathToFileURL(join(folder, "long.prfaq.md")).href;
      const filler = FIXTURE.split("\n").slice(8, 20).join("\n");
      const text = FIXTURE + "\n" + Array.from({ length: 60 }, (_, i) => `## Note ${i + 1}\n\n${filler}`).join("\n\n");
      let started = performance.now();
      await fresh.open(uri, text);
      await fresh.diagnosticsForVersion(uri, 1);
      const coldMs = performance.now() - started;
      started = performance.now();
      await fresh.change(uri, 2, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: "x" }]);
      await fresh.diagnosticsForVersion(uri, 2);
      const firstKeystrokeMs = performance.now() - started;
      // Counted, the cold check became a back-off at least as long as itself, before the keystroke's own check.
      expect(firstKeystrokeMs).toBeLessThan(coldMs);
    } finally {
      fresh.kill();
    }
  });
});

describe("prfaq lsp with a broken .prfaq.yml", () => {
  let client: LspClient;
  let folder: string;

  beforeAll(async () => {
    folder = join(workspace, "broken");
    mkdirSync(folder);
    writeFileSync(join(folder, ".prfaq.yml"), "rules:\n  puffery: error\n  long-sentence: [warning, {max: 20}\n");
    client = LspClient.start(folder);
    await client.initialize();
  });

  afterAll(() => client.kill());

  it("keeps checking with the default rules and explains the problem in one diagnostic on the first line", async () => {
    const uri = pathToFileURL(join(folder, "PRFAQ.md")).href;
    await client.open(uri, FIXTURE, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    const problems = byCode(published, "config");
    expect(problems).toHaveLength(1);
    expect(problems[0].severity).toBe(1);
    expect(problems[0].range.start).toEqual({ line: 0, character: 0 });
    expect(problems[0].message).toContain(".prfaq.yml");
    expect(problems[0].message).toMatch(/line \d/);
    expect(problems[0].relatedInformation?.[0].location.uri).toBe(pathToFileURL(join(folder, ".prfaq.yml")).href);
    // The broken file's `puffery: error` is not applied: the default severity is.
    expect(byCode(published, "puffery")[0].severity).toBe(defaultSeverity("puffery"));
    expect(published.diagnostics.length).toBe(critique(FIXTURE).findings.length + 1);
  });

  it("drops the problem once the file is fixed, even without a file watcher (on the next open)", async () => {
    writeFileSync(join(folder, ".prfaq.yml"), "rules:\n  puffery: error\n");
    const other = pathToFileURL(join(folder, "pr-faq.md")).href;
    await client.open(other, FIXTURE, 1);
    const published = await client.diagnosticsForVersion(other, 1);
    expect(byCode(published, "config")).toEqual([]);
    expect(byCode(published, "puffery")[0].severity).toBe(1);
    const first = await client.diagnosticsFor(pathToFileURL(join(folder, "PRFAQ.md")).href, (p) => byCode(p, "config").length === 0);
    expect(byCode(first, "puffery")[0].severity).toBe(1);
  });
});

describe("prfaq lsp with a 1 MB document", () => {
  let client: LspClient;

  beforeAll(async () => {
    client = LspClient.start(workspace);
    await client.initialize();
  });

  afterAll(() => client.kill());

  it("checks it, publishes its diagnostics and still answers requests", async () => {
    let big = "";
    for (let i = 1; big.length < 1024 * 1024; i++) big += FIXTURE.replace("# Ledgerly", `# Ledgerly ${i}`) + "\n";
    const uri = pathToFileURL(join(workspace, "big.prfaq.md")).href;
    await client.open(uri, big, 1);
    const published = await client.diagnosticsForVersion(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(100);
    const last = published.diagnostics.at(-1)!;
    expect(last.range.start.line).toBeGreaterThan(20_000);
    expect(textOf(big, byCode(published, "puffery").at(-1)!)).toBe("world-class");
    const hover = await client.hover(uri, byCode(published, "puffery").at(-1)!.range.start.line, 20);
    expect((hover?.contents as MarkupContent).value).toContain("world-class");
    const lastPuffery = byCode(published, "puffery").at(-1)!;
    await client.change(uri, 2, [{ range: lastPuffery.range, text: "double-entry" }]);
    const after = await client.diagnosticsForVersion(uri, 2);
    expect(after.diagnostics.length).toBe(published.diagnostics.length - 1);
    expect(byCode(after, "puffery").at(-1)!.range.start.line).toBeLessThan(lastPuffery.range.start.line);
    expect(await client.shutdown()).toBe(0);
  });
});
