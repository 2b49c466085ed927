import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, forEachWord, hasMoreWordsThan, tokenize, wordCharAt } from "../../src/core/parse/text";

describe("wordCharAt", () => {
  it("agrees with the Unicode letter and digit classes on every character of the Basic Multilingual Plane", () => {
    const letterOrDigit = /^[\p{L}\p{N}]$/u;
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (wordCharAt(`${ch} `, 0) !== (letterOrDigit.test(ch) ? 1 : 0)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("reads a letter outside the plane as one character of two units, and a lone surrogate as none", () => {
    expect(wordCharAt("𝒜b", 0)).toBe(2);
    expect(wordCharAt("😀", 0)).toBe(0);
    expect(wordCharAt("\ud835", 0)).toBe(0);
  });
});

describe("forEachWord", () => {
  it("visits the words the word pattern finds, and countWords counts them", () => {
    const piece = fc.oneof(
      fc.constantFrom("word", "Zoë", "co-op", "e.g.", "n/a", "don’t", "it's", "3.5", "日本", "𝒜bc", "--", "'", ".", "/", "-x", "x-", "’", "—", " ", ", "),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }).map((parts) => parts.join("")), (text) => {
        const spans: [number, number][] = [];
        forEachWord(text, (start, end) => {
          spans.push([start, end]);
        });
        expect(spans).toEqual(tokenize(text).map((t) => [t.start, t.end]));
        expect(countWords(text)).toBe(spans.length);
        for (let limit = 0; limit <= spans.length + 1; limit++) expect(hasMoreWordsThan(text, limit)).toBe(spans.length > limit);
      }),
      { numRuns: 5000 },
    );
  });
});
