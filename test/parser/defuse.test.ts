import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defuseDeepNesting } from "../../src/core/parse/markdown";

/** The six rewrites, always run: what `defuseDeepNesting` must return whether or not its quick checks let it skip them. */
function defusedTheLongWay(text: string): string {
  return text
    .replace(/[*_~`]{33,}/g, (run) => run.slice(0, 32) + " ".repeat(run.length - 32))
    .replace(/^(?:[ \t]*>){33,}/gm, (prefix) => {
      let seen = 0;
      return prefix.replace(/>/g, (m) => (++seen > 32 ? " " : m));
    })
    .replace(/^([ \t]{129,})([-*+]|\d{1,9}[.)])(?=[ \t])/gm, (_m, space: string, marker: string) => space + " ".repeat(marker.length))
    .split(/(\r|\n)/)
    .map((line) => line.replace(/^(?:[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)))+/, capContainers))
    .join("")
    .split(/(\r|\n)/)
    .map(capInlineOpeners())
    .join("")
    .split(/(\r\n|\r|\n)/)
    .map(capSetextUnderlines())
    .join("");
}

/** Underlines ("===", "---" under a line that holds something) past the 64th in the document, blanked. */
function capSetextUnderlines() {
  let underlines = 0;
  let previous = "";
  return (line: string, i: number) => {
    if (i % 2) return line;
    const above = previous;
    previous = line;
    if (i === 0 || !/^[ \t>]*(?:=+|-+)[ \t]*$/.test(line) || !/[^ \t>]/.test(above)) return line;
    return ++underlines > 64 ? line.replace(/[=-]/g, " ") : line;
  };
}

/**
 * Per stretch of lines between blank ones: emphasis runs past the 256th, brackets nested past 32 deep or past the 256th,
 * and closing brackets that close nothing past the 256th or once the brackets are capped, blanked.
 */
function capInlineOpeners() {
  let runs = 0;
  let depth = 0;
  let brackets = 0;
  let strays = 0;
  return (line: string, i: number) => {
    if (i % 2) return line;
    if (/^[ \t>]*$/.test(line)) runs = depth = brackets = strays = 0;
    return line.replace(/([*_~])\1*|\[|\]/g, (m) => {
      if (m === "]") {
        if (depth > 0) depth--;
        else if (brackets > 256 || ++strays > 256) return " ";
        return m;
      }
      if (m === "[") return ++depth > 32 || ++brackets > 256 ? (depth--, " ") : m;
      return ++runs > 256 ? " ".repeat(m.length) : m;
    });
  };
}

/** A line's quote and list markers past the 32nd, and its list markers past column 128, blanked. */
function capContainers(prefix: string): string {
  let seen = 0;
  return prefix.replace(/([ \t]*)(>|[-*+]|\d{1,9}[.)])/g, (whole, space: string, marker: string, offset: number) => {
    const column = offset + space.length;
    return ++seen > 32 || (marker !== ">" && column > 128) ? space + " ".repeat(marker.length) : whole;
  });
}

describe("defusing deep nesting", () => {
  const piece = fc.oneof(
    fc.constantFrom("*", "_", "~", "`", " ", "\t", ">", "> ", "\n", "\r\n", "- ", "1. ", "1.", "-", "123456789) ", "1234567890. ", "text"),
    fc
      .constantFrom(10, 16, 30, 31, 32, 33, 34, 64, 128, 129, 130)
      .chain((n) => fc.constantFrom("*".repeat(n), "`".repeat(n), " ".repeat(n), ">".repeat(n), "> ".repeat(n), "\t".repeat(n), "- ".repeat(n), "1. ".repeat(n), ">- ".repeat(n))),
    fc.constantFrom(100, 200, 257).chain((n) => fc.constantFrom("*a ".repeat(n), "**a~".repeat(n), "_a\n".repeat(n), "[".repeat(n / 4), "![a ".repeat(n / 4), "[a] ".repeat(n / 4), "[a](".repeat(n / 2), "a] ".repeat(n), "a[^1] ".repeat(n), "a\n=\n".repeat(n / 3), "a\r\n---\r\n".repeat(n / 3))),
  );
  const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

  it("changes exactly what the six rewrites change, one character for one", () => {
    fc.assert(
      fc.property(text, (t) => {
        const defused = defuseDeepNesting(t);
        expect(defused).toBe(defusedTheLongWay(t));
        expect(defused.length).toBe(t.length);
      }),
      { numRuns: 3000 },
    );
  });

  it("caps the lists and quotes one line opens, so thousands of markers don't overflow the stack", () => {
    const markers = "1. ".repeat(3000) + "deep\n";
    const defused = defuseDeepNesting(markers);
    expect(defused.length).toBe(markers.length);
    expect(defused.startsWith("1. ".repeat(32) + "   ")).toBe(true);
    expect(defused.trimEnd().endsWith("deep")).toBe(true);
    const mixed = "> - ".repeat(20) + "x\n";
    expect(defuseDeepNesting(mixed)).toBe("> - ".repeat(16) + "    ".repeat(4) + "x\n");
  });

  it("caps emphasis runs and nested brackets per stretch between blank lines, where the tokenizer's cost grows with their square", () => {
    const strong = "**a".repeat(300);
    expect(defuseDeepNesting(strong)).toBe("**a".repeat(256) + "  a".repeat(44));
    expect(defuseDeepNesting(strong + "\n\n" + strong)).toBe(defuseDeepNesting(strong) + "\n\n" + defuseDeepNesting(strong));
    const images = "![a ".repeat(40) + "a](b) ".repeat(40);
    expect(defuseDeepNesting(images)).toBe("![a ".repeat(32) + "! a ".repeat(8) + "a](b) ".repeat(40));
  });

  it("caps closing brackets that close nothing, from each of which the footnote tokenizer looks back over the whole paragraph", () => {
    const references = "a[^1] ".repeat(300);
    expect(defuseDeepNesting(references)).toBe("a[^1] ".repeat(256) + "a ^1  ".repeat(44));
    const closers = "a] ".repeat(300);
    expect(defuseDeepNesting(closers)).toBe("a] ".repeat(256) + "a  ".repeat(44));
    expect(defuseDeepNesting(closers + "\n\n" + closers)).toBe(defuseDeepNesting(closers) + "\n\n" + defuseDeepNesting(closers));
  });

  it("caps the setext underlines in a document, each of which the tokenizer resolves by rebuilding all its events so far", () => {
    const headings = "Title\n=====\n".repeat(70);
    expect(defuseDeepNesting(headings)).toBe("Title\n=====\n".repeat(64) + "Title\n     \n".repeat(6));
    const separated = "Title\n\n---\n".repeat(70);
    expect(defuseDeepNesting(separated)).toBe(separated);
  });

  it("returns ordinary text as it is", () => {
    const ordinary = "# Title\n\n> A quote\n\n**Bold** and _italic_ and `code`.\n";
    expect(defuseDeepNesting(ordinary)).toBe(ordinary);
  });
});
