import { describe, expect, it } from "vitest";
import { critique } from "../../src/core";
import { ENGLISH_ABSENCE_RULES } from "../../src/core/engine/languages";
import { germanPrfaq as german } from "../helpers/german-prfaq";

describe("a document not in English", () => {
  const { findings, verdict } = critique(german);

  it("says once which checks can't read it", () => {
    const notes = findings.filter((f) => f.ruleId === "language-not-checked");
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/reads as German/);
  });

  it("gets only advice from checks that look for English wording and found none", () => {
    const absent = findings.filter((f) => ENGLISH_ABSENCE_RULES.has(f.ruleId));
    expect(absent.length).toBeGreaterThan(0);
    expect(absent.every((f) => f.severity === "info")).toBe(true);
  });

  it("has no category called solid on the strength of checks that did not run", () => {
    const solid = verdict.categories.filter((c) => c.status === "solid").map((c) => c.category);
    expect(solid).toEqual([]);
    expect(verdict.categories.some((c) => c.status === "unchecked")).toBe(true);
  });
});
