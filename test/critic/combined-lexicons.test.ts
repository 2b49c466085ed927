import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultLexicons, matchTokens } from "../../src/core";
import { requiredAnyOf, tokensByPattern } from "../../src/core/lexicons/match";

describe("the combined lexicon trie", () => {
  const lexicons = defaultLexicons();
  const names = lexicons.names();
  // Words from the lexicons themselves, so that matches are frequent.
  const vocabulary = [...new Set(names.flatMap((n) => lexicons.entries(n)).filter((e) => !e.startsWith("re:")).flatMap((e) => e.replace(/\*$/, "").split(/\s+/)))];

  it("finds, for every lexicon, exactly what that lexicon's own matcher finds", () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(" ", " ", ", ", ". ", "-", "/", "’", " and ", " the ", "\n")), { maxLength: 60 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const tokens = matchTokens(t);
        const combined = lexicons.combined().findWords(t, tokens);
        for (const name of names) {
          expect(combined.get(name) ?? []).toEqual(lexicons.matcher(name).findWords(t, tokens));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("matchTokens", () => {
  it("splits exactly as the token pattern does, in any script", () => {
    const mixed = fc.array(fc.constantFrom("a", "B", "é", "İ", "1", "'", "’", ".", "-", "/", " ", "e.g.", "don’t", "中", "😀", "𐊀", "\n")).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), mixed), (t) => {
        expect(matchTokens(t + "\u0000")).toEqual(tokensByPattern(t + "\u0000"));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the literal prefilter of regular-expression entries", () => {
  const lexicons = defaultLexicons();
  const sources = [
    ...lexicons.names().flatMap((n) => lexicons.entries(n)),
    ...lexicons.hardQuestions.flatMap((q) => [...q.paraphrases, ...(q.notWhen ?? [])]),
  ]
    .filter((e) => e.startsWith("re:"))
    .map((e) => e.slice(3));

  it("never rules out a text that the expression matches", () => {
    let checked = 0;
    for (const source of sources) {
      const literals = requiredAnyOf(source);
      if (!literals) continue;
      let regex: RegExp;
      try {
        // Word boundaries and lookarounds constrain context, not content: drop them for generating.
        const generating = source.replace(/\\[bB]/g, "").replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, "");
        regex = new RegExp(`^(?:${generating})$`, "u");
        // fast-check generates strings from the expression itself.
        fc.sample(fc.stringMatching(regex), 1);
      } catch {
        continue;
      }
      fc.assert(
        fc.property(fc.stringMatching(regex), (text) => {
          expect(literals.some((l) => text.toLowerCase().includes(l))).toBe(true);
        }),
        { numRuns: 40 },
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});
