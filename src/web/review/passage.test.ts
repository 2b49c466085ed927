import { describe, expect, it } from "vitest";
import { findPassage } from "./passage";

const text = "Last summer 18% of visiting yachts\narrived to find no berth ready. (Source: harbour log.)";

describe("findPassage", () => {
  it("finds the exact words", () => {
    const found = findPassage(text, "18% of visiting yachts");
    expect(found && text.slice(found.start, found.end)).toBe("18% of visiting yachts");
  });

  it("finds words typed across a line break, in another case", () => {
    const found = findPassage(text, "visiting Yachts arrived");
    expect(found && text.slice(found.start, found.end)).toBe("visiting yachts\narrived");
  });

  it("treats regular-expression characters as text", () => {
    const found = findPassage(text, "(Source: harbour log.)");
    expect(found && text.slice(found.start, found.end)).toBe("(Source: harbour log.)");
    expect(findPassage(text, "Source.*log")).toBeNull();
  });

  it("returns null for words that aren't there, and for nothing", () => {
    expect(findPassage(text, "a berth for everyone")).toBeNull();
    expect(findPassage(text, "   ")).toBeNull();
  });
});
