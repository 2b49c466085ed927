import { describe, expect, it } from "vitest";
import { anchorIn, reanchor } from "./anchors";

describe("reanchor", () => {
  const original = "The nurses wait 3.5 days. Nobody knows why the nurses wait.";
  const second = original.lastIndexOf("the nurses");

  it("finds the quote after text was inserted before it", () => {
    const anchor = anchorIn(original, 4, 10); // "nurses"
    const edited = "Intro line.\n" + original;
    expect(reanchor(anchor, original.length, edited)).toEqual({ start: 16, end: 22 });
  });

  it("picks the occurrence whose surroundings match, not the first one", () => {
    const anchor = anchorIn(original, second + 4, second + 10); // the second "nurses"
    const edited = original.replace("3.5 days", "three and a half days");
    const found = reanchor(anchor, original.length, edited)!;
    expect(edited.slice(found.start, found.end)).toBe("nurses");
    expect(found.start).toBe(edited.lastIndexOf("the nurses") + 4);
  });

  it("is outdated when the quoted text is gone", () => {
    const anchor = anchorIn(original, 16, 24); // "3.5 days"
    expect(reanchor(anchor, original.length, original.replace("3.5 days", "four days"))).toBeNull();
  });

  it("is stable on an unchanged text", () => {
    const anchor = anchorIn(original, second, second + 10);
    expect(reanchor(anchor, original.length, original)).toEqual({ start: second, end: second + 10 });
  });

  it("prefers the nearest occurrence when the surroundings tie", () => {
    const text = "x aa x aa x aa x";
    const anchor = { start: 12, end: 14, quote: "aa", prefix: "", suffix: "" };
    expect(reanchor(anchor, text.length, text)).toEqual({ start: 12, end: 14 });
  });
});
