/**
 * The catalogue as a whole: every category covered, one test file beside
 * every rule, and every lexicon a rule names actually registered (a typo in a
 * lexicon name would otherwise match nothing, silently).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, defaultLexicons, rules } from "../../src/core";

const rulesDir = join(import.meta.dirname, "..", "..", "src", "core", "rules");

function ruleSources(): { id: string; category: string; file: string }[] {
  return CATEGORIES.flatMap((category) =>
    existsSync(join(rulesDir, category))
      ? readdirSync(join(rulesDir, category))
          .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
          .map((f) => ({ id: f.replace(/\.ts$/, ""), category, file: join(rulesDir, category, f) }))
      : [],
  );
}

describe("the rule catalogue", () => {
  it("covers every category", () => {
    for (const category of CATEGORIES) expect(rules.some((r) => r.meta.category === category), category).toBe(true);
  });

  it("has unique kebab-case ids", () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it("registers every rule file, in the folder of its category, named after its id, with a test beside it", () => {
    const files = ruleSources();
    expect(files.map((f) => f.id).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const { id, category, file } of files) {
      const rule = rules.find((r) => r.meta.id === id)!;
      expect(rule.meta.category, id).toBe(category);
      expect(existsSync(file.replace(/\.ts$/, ".test.ts")), `${id}.test.ts`).toBe(true);
    }
  });

  it("names only lexicons that exist", () => {
    const known = new Set(defaultLexicons().names());
    for (const { id, file } of ruleSources()) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:matcher|matches|entries)\(\s*"([^"]+)"/g)) expect(known.has(m[1]), `${id} reads lexicon "${m[1]}"`).toBe(true);
    }
  });

  it("asks a question with every rule", () => {
    for (const r of rules) expect(r.meta.question.trim().endsWith("?"), r.meta.id).toBe(true);
  });
});
