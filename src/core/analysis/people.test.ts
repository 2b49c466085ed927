import { describe, expect, it } from "vitest";
import { productNamesIn } from "./people";

describe("productNamesIn", () => {
  it("takes a capitalised word before a product word as a product name", () => {
    expect([...productNamesIn("We built it on Claude Code and tried Gemini API too.")].sort()).toEqual(["claude", "gemini"]);
    expect([...productNamesIn("Upgrade to Figma\n  Pro, or stay on Notion 2.1 for now.")].sort()).toEqual(["figma", "notion"]);
    expect(new Set(productNamesIn("Órla Studio ships maps; Łukasz app too."))).toEqual(new Set(["órla", "łukasz"]));
  });

  it("leaves names before other words, and words that only start like a product word", () => {
    expect(productNamesIn("Luis Cárdenas opened his Codes shop; Dana approves orders.").size).toBe(0);
    expect(productNamesIn("Dana Pros and Cons, Mia Apply, Ken Models.").size).toBe(0);
    // A word joined to digits is no name; one after a hyphen still is.
    expect([...productNamesIn("Version2 Code and x-Ray Pro")]).toEqual(["ray"]);
  });
});
