import { describe, expect, it } from "vitest";
import { anchorIn, CANDIDATES_COMPARED, reanchor } from "./anchors";

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

  it("finds the one place whose surroundings still stand whole among more occurrences than it compares", () => {
    const filler = "a ".repeat(CANDIDATES_COMPARED * 4);
    const original = filler + "the marked a here" + filler;
    const at = original.indexOf("marked a") + "marked ".length;
    const anchor = anchorIn(original, at, at + 1);
    // Insert text far from the anchor, so the old position now points into the filler.
    const edited = "x".repeat(original.length) + original;
    const found = reanchor(anchor, original.length, edited)!;
    expect(found.start).toBe(edited.indexOf("marked a") + "marked ".length);
  });

  it("answers in time proportional to the text when the quote occurs everywhere", () => {
    const text = "a".repeat(200_000);
    const anchors = Array.from({ length: 100 }, (_, i) => anchorIn(text.slice(0, 1000) + "b" + text.slice(1000), 1000 + i, 1001 + i));
    const started = performance.now();
    for (const anchor of anchors) reanchor(anchor, text.length + 1, text);
    const elapsed = performance.now() - started;
    // One failed search of the whole text per anchor, as the yardstick: comparing
    // every one of the 200,000 occurrences, as before, took 30 to 50 times that.
    const scanning = performance.now();
    for (let i = 0; i < anchors.length; i++) text.indexOf("ab");
    const scans = performance.now() - scanning;
    expect(elapsed).toBeLessThan(scans * 5);
  });
});
