import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readabilityOf, syllables, syllablesByPattern } from "../../src/core/analysis/readability";

describe("readability", () => {
  it("counts syllables as the vowel-group patterns do", () => {
    fc.assert(fc.property(fc.oneof(fc.stringMatching(/^[A-Za-zéy'’-]{0,14}$/), fc.string({ maxLength: 12 })), (w) => {
      expect(syllables(w)).toBe(syllablesByPattern(w));
    }), { numRuns: 5000 });
    expect([syllables("cake"), syllables("baked"), syllables("yellow"), syllables("free")]).toEqual([1, 1, 2, 1]);
  });

  it("grades plain sentences lower than dense ones", () => {
    const plain = readabilityOf(["The owner gets a text the same day.", "She books a new slot."]);
    const dense = readabilityOf(["Comprehensive organisational transformation necessitates institutionalised interdepartmental coordination."]);
    expect(plain.grade).toBeLessThan(6);
    expect(dense.grade).toBeGreaterThan(15);
  });
});
