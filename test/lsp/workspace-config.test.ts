import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchesGlob } from "../../src/lsp/glob";
import { findRuleDocsFolder, RuleDocs } from "../../src/lsp/rule-docs";
import { ConfigStore, isConfigFileName, isPrfaqDocument, locateProblem } from "../../src/lsp/workspace-config";

describe("globs", () => {
  it.each([
    ["*.prfaq.md", "ideas/shift.prfaq.md", true],
    ["*.prfaq.md", "ideas/shift.md", false],
    ["PRFAQ.md", "a/b/PRFAQ.md", true],
    ["PRFAQ.md", "a/b/prfaq.md", false],
    ["docs/*.md", "docs/idea.md", true],
    ["docs/*.md", "docs/sub/idea.md", false],
    ["docs/**/*.md", "docs/idea.md", true],
    ["docs/**/*.md", "docs/a/b/idea.md", true],
    ["**/*.md", "idea.md", true],
    ["./drafts/*.{md,markdown}", "drafts/x.markdown", true],
    ["drafts/?.md", "drafts/ab.md", false],
    ["drafts/[!x]*.md", "drafts/y1.md", true],
    ["drafts/[!x]*.md", "drafts/x1.md", false],
    ["notes (old)/*.md", "notes (old)/a.md", true],
    ["a+b.md", "aab.md", false],
  ])("%s against %s is %s", (glob, path, expected) => {
    expect(matchesGlob(glob, path)).toBe(expected);
  });
});

describe("which documents are PR/FAQs", () => {
  let root: string;
  let store: ConfigStore;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "prfaq-lsp-config-"));
    mkdirSync(join(root, "product", "drafts"), { recursive: true });
    mkdirSync(join(root, "broken"));
    writeFileSync(join(root, "product", ".prfaq.yml"), "files:\n  - drafts/*.md\n");
    writeFileSync(join(root, "broken", ".prfaq.yml"), "rules:\n  puffery: error\n  puffry: warning\n");
    store = new ConfigStore();
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("takes the default names anywhere, with or without a configuration", () => {
    for (const name of ["idea.prfaq.md", "PRFAQ.md", "PR-FAQ.md", "pr-faq.md", "prfaq.md"]) {
      const path = join(root, "elsewhere", name);
      expect(isPrfaqDocument(path, store.forDocument(path))).toBe(true);
    }
    const readme = join(root, "elsewhere", "README.md");
    expect(isPrfaqDocument(readme, store.forDocument(readme))).toBe(false);
  });

  it("reads `files` globs from the folder that holds .prfaq.yml", () => {
    const draft = join(root, "product", "drafts", "pricing.md");
    expect(store.forDocument(draft).path).toBe(join(root, "product", ".prfaq.yml"));
    expect(isPrfaqDocument(draft, store.forDocument(draft))).toBe(true);
    const outside = join(root, "product", "notes.md");
    expect(isPrfaqDocument(outside, store.forDocument(outside))).toBe(false);
  });

  it("reports a broken configuration with its line, and falls back to the defaults", () => {
    const lookup = store.forDocument(join(root, "broken", "PRFAQ.md"));
    expect(lookup.problem?.message).toContain('unknown rule "puffry"');
    expect(lookup.problem?.line).toBe(3);
    expect(lookup.config.rules).toEqual({});
  });

  it("sees a changed file only after forget()", () => {
    const doc = join(root, "product", "drafts", "x.md");
    const before = store.forDocument(doc);
    writeFileSync(join(root, "product", ".prfaq.yml"), "files: [drafts/*.txt]\n");
    expect(store.forDocument(doc).key).toBe(before.key);
    store.forget();
    expect(store.forDocument(doc).key).not.toBe(before.key);
    expect(isPrfaqDocument(doc, store.forDocument(doc))).toBe(false);
  });

  it("recognises configuration file names", () => {
    expect(isConfigFileName("file:///a/b/.prfaq.yml")).toBe(true);
    expect(isConfigFileName("file:///a/b/.prfaq.yaml")).toBe(true);
    expect(isConfigFileName("file:///a/b/prfaq.yml")).toBe(false);
  });
});

describe("locating a configuration problem", () => {
  it("uses the YAML parser's line for a syntax error", () => {
    expect(locateProblem("rules:\n  puffery: [error\nx: 1\n", "invalid YAML: whatever")).toBeGreaterThanOrEqual(2);
  });

  it("finds the line that sets a quoted key", () => {
    expect(locateProblem("rules:\n  puffery: error\n  'puffry': warning\n", 'unknown rule "puffry" in `rules`')).toBe(3);
    expect(locateProblem("rules: {}\n", "the configuration must be a mapping")).toBeNull();
  });
});

describe("the rules reference", () => {
  it("is found in the prfaq package this code belongs to", () => {
    expect(findRuleDocsFolder()).toBe(join(import.meta.dirname, "..", "..", "docs", "rules"));
  });

  it("links only to pages that exist", () => {
    const folder = mkdtempSync(join(tmpdir(), "prfaq-lsp-docs-"));
    writeFileSync(join(folder, "puffery.md"), "# puffery\n");
    const docs = new RuleDocs(folder);
    expect(docs.uriFor("puffery")).toBe(`file://${join(folder, "puffery.md")}`);
    expect(docs.uriFor("long-sentence")).toBeNull();
    expect(docs.uriFor("../../etc/passwd")).toBeNull();
    rmSync(folder, { recursive: true, force: true });
  });
});
