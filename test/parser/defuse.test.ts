import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defuseDeepNesting } from "../../src/core/parse/markdown";

/** The three rewrites, always run: what `defuseDeepNesting` must return whether or not its quick check lets it skip them. */
function defusedTheLongWay(text: string): string {
  return text
    .replace(/[*_~`]{33,}/g, (run) => run.slice(0, 32) + " ".repeat(run.length - 32))
    .replace(/^(?:[ \t]*>){33,}/gm, (prefix) => {
      let seen = 0;
      return prefix.replace(/>/g, (m) => (++seen > 32 ? " " : m));
    })
    .replace(/^([ \t]{129,})([-*+]|\d{1,9}[.)])(?=[ \t])/gm, (_m, space: string, marker: string) => space + " ".repeat(marker.length));
}

describe("defusing deep nesting", () => {
  const piece = fc.oneof(
    fc.constantFrom("*", "_", "~", "`", " ", "\t", ">", "> ", "\n", "- ", "1. ", "text"),
    fc.constantFrom(30, 31, 32, 33, 34, 128, 129, 130).chain((n) => fc.constantFrom("*".repeat(n), "`".repeat(n), " ".repeat(n), ">".repeat(n), "> ".repeat(n), "\t".repeat(n))),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

  it("changes exactly what the three rewrites change, one character for one", () => {
    fc.assert(
      fc.property(text, (t) => {
        const defused = defuseDeepNesting(t);
        expect(defused).toBe(defusedTheLongWay(t));
        expect(defused.length).toBe(t.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("returns ordinary text as it is", () => {
    const ordinary = "# Title\n\n> A quote\n\n**Bold** and _italic_ and `code`.\n";
    expect(defuseDeepNesting(ordinary)).toBe(ordinary);
  });
});
