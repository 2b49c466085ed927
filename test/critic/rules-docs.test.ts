import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module script, without type declarations
import { renderRuleDocs, staleRuleDocs } from "../../scripts/gen-rules-docs.mjs";
import { rules } from "../../src/core";

describe("docs/rules", () => {
  it("is what `npm run docs` generates from the rules' meta", () => {
    expect(staleRuleDocs(), "run `npm run docs` and commit docs/rules").toEqual([]);
  });

  it("has a page for every rule, with its question", () => {
    const files = renderRuleDocs() as Map<string, string>;
    for (const rule of rules) {
      const page = files.get(`${rule.meta.id}.md`);
      expect(page, rule.meta.id).toBeDefined();
      expect(page).toContain(rule.meta.question);
    }
    expect(files.get("README.md")).toContain("| [vague-customer](vague-customer.md) |");
  });
});
