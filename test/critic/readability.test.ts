import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readabilityByPattern, readabilityOf, syllables, syllablesByPattern } from "../../src/core/analysis/readability";

describe("readability", () => {
  it("counts syllables as the vowel-group patterns do", () => {
    fc.assert(fc.property(fc.oneof(fc.stringMatching(/^[A-Za-zéy'’-]{0,14}$/), fc.string({ maxLength: 12 })), (w) => {
      expect(syllables(w)).toBe(syllablesByPattern(w));
    }), { numRuns: 5000 });
    expect([syllables("cake"), syllables("baked"), syllables("yellow"), syllables("free")]).toEqual([1, 1, 2, 1]);
  });

  it("reads words, numbers and acronyms as the word pattern does", () => {
    const piece = fc.oneof(
      fc.constantFrom("The", "owner", "API", "AI", "B2B", "2024", "12’5", "٣٤", "²", "co-op", "e.g.", "n/a", "don’t", "it's", "Zoë", "naïve", "日本", "x2", "3.5", "--", "'", ".", "/", "𝒜bc", "ΣΑΣ"),
      fc.constantFrom(" ", " ", ", ", ". ", "-", "/", "’"),
      fc.string({ maxLength: 5 }),
    );
    const sentence = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(fc.property(fc.array(sentence, { maxLength: 4 }), (sentences) => {
      expect(readabilityOf(sentences)).toEqual(readabilityByPattern(sentences));
    }), { numRuns: 5000 });
  });

  it("grades plain sentences lower than dense ones", () => {
    const plain = readabilityOf(["The owner gets a text the same day.", "She books a new slot."]);
    const dense = readabilityOf(["Comprehensive organisational transformation necessitates institutionalised interdepartmental coordination."]);
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(15);
  });
});
