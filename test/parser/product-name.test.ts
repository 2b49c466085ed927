import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CAMEL_CASE, SUBJECT } from "../../src/core/parse/product-name";

const matchesOf = (regex: RegExp, text: string) => [...text.matchAll(new RegExp(regex.source, regex.flags))].map((m) => [m.index, m[1]]);

describe("the product-name expressions in ASCII form", () => {
  // Words that make the expressions match, with the characters around words that they care about.
  const words = ["ShiftSwap", "iPhone", "PermitPath", "The", "the", "with", "With", "lets", "puts", "helps", "Acme", "Notes", "a1B2", "x2Go", "OK", "_Foo", "foo_Bar", "rolls-out"];
  const glue = [" ", "  ", ". ", ": ", "! ", "\n", "-", "_", "’", "—", ", ", "\u00a0", "1", "“"];
  const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue), fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join(""));
  const asciiOnly = (t: string) => !/(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u.test(t);

  it("find what the Unicode forms find in text with no letter or digit outside ASCII", () => {
    fc.assert(
      fc.property(text.filter(asciiOnly), (t) => {
        for (const pattern of [SUBJECT, CAMEL_CASE]) expect(matchesOf(pattern.ascii, t)).toEqual(matchesOf(pattern.unicode, t));
      }),
      { numRuns: 3000 },
    );
  });

  it("agree on every real PR/FAQ and test document that is ASCII", () => {
    const dirs = [join(__dirname, "../documents"), join(__dirname, "../../examples"), join(__dirname, "../../../shared/corpus/real")];
    let checked = 0;
    for (const dir of dirs) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
        const t = readFileSync(join(dir, f), "utf8");
        if (!asciiOnly(t)) continue;
        checked++;
        for (const pattern of [SUBJECT, CAMEL_CASE]) expect(matchesOf(pattern.ascii, t)).toEqual(matchesOf(pattern.unicode, t));
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("differ where a letter outside ASCII sits in a word, which is why they are kept apart", () => {
    expect(matchesOf(CAMEL_CASE.unicode, "ÉtéPlan")).not.toEqual(matchesOf(CAMEL_CASE.ascii, "ÉtéPlan"));
  });
});
