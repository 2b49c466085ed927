import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeLineStarts, countWords, critique, parseDocument, pointAt, type Point, type PrfaqDocument, type Span } from "../../src/core";
import { sharedPath } from "../helpers/shared";

const corpusDir = sharedPath("corpus", "real");
// Without the shared corpus, the splice test still runs on the project's own examples.
const corpus = corpusDir
  ? readdirSync(corpusDir).map((f) => readFileSync(join(corpusDir, f), "utf8"))
  : readdirSync(join(import.meta.dirname, "..", "..", "examples")).map((f) => readFileSync(join(import.meta.dirname, "..", "..", "examples", f), "utf8"));

/** Pieces people put in PR/FAQs, plus the characters Markdown cares about. */
const token = fc.oneof(
  fc.constantFrom(
    "# ", "## ", "### ", "#### ", "\n", "\n\n", "\r\n", "  ", "\t", "> ", "- ", "* ", "1. ", "2) ", "**", "*", "_", "__", "`", "```\n",
    "~~~", "---\n", "===\n", "|", "| --- |", "<!-- ", " -->", "<b>", "</b>", "<script>", "[", "](", ")", "![", "\\", "&amp;", "&#x27;",
    "Q: ", "A: ", "**Q: ", "?", "?**", ":", "FAQ", "Internal FAQ", "Customer FAQ", "Kill criteria", "Success metrics", "Press Release",
    "FOR IMMEDIATE RELEASE", "\"", "“", "”", "said", "— ", "AUSTIN, Texas — April 6, 2027 — ", "[NAME, TITLE]", "TBD", "\ufeff",
    "é", "😀", "中文", "\u0000", "\u200b",
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("customers", "enterprises", "12%", "3 hours", "revolutionary", "we", "Maya", "blockchain", "."),
);
const markdownish = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(""));

function expectPointInside(point: Point, doc: PrfaqDocument): void {
  expect(point.offset).toBeGreaterThanOrEqual(0);
  expect(point.offset).toBeLessThanOrEqual(doc.text.length);
  expect(point.line).toBeGreaterThanOrEqual(1);
  expect(point.line).toBeLessThanOrEqual(doc.lineStarts.length);
  expect(point.column).toBeGreaterThanOrEqual(1);
  // Line and column must agree with the offset.
  expect(pointAt(doc.lineStarts, point.offset)).toEqual(point);
}

function expectSpanInside(span: Span, doc: PrfaqDocument): void {
  expectPointInside(span.start, doc);
  expectPointInside(span.end, doc);
  expect(span.end.offset).toBeGreaterThanOrEqual(span.start.offset);
}

function checkDocument(text: string): void {
  const doc = parseDocument(text);
  expect(doc.lineStarts).toEqual(computeLineStarts(doc.text));
  for (const block of doc.blocks) {
    expectSpanInside(block.span, doc);
    for (const sentence of block.sentences) {
      expectSpanInside(sentence.span, doc);
      expect(sentence.text.length).toBeGreaterThan(0);
      expect(block.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  }
  for (const part of doc.parts) {
    expectSpanInside(part.span, doc);
    if (part.kind === "faq") for (const entry of part.entries) expectSpanInside(entry.span, doc);
  }
  if (doc.frontMatter) expectSpanInside(doc.frontMatter.span, doc);
  for (const d of doc.directives) expectSpanInside(d.span, doc);
}

describe("the parser never throws and keeps every position inside the document", () => {
  it("on generated Markdown", () => {
    fc.assert(fc.property(markdownish, (text) => checkDocument(text)), { numRuns: 400 });
  });

  it("on arbitrary Unicode text", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => checkDocument(text)), { numRuns: 300 });
  });

  it("on slices and splices of the real corpus", () => {
    const slice = fc.tuple(fc.integer({ min: 0, max: corpus.length - 1 }), fc.nat(), fc.nat({ max: 6000 }), markdownish).map(([i, start, length, insert]) => {
      const text = corpus[i];
      const at = start % Math.max(1, text.length);
      return text.slice(at, at + length) + insert + text.slice(0, at % 500);
    });
    fc.assert(fc.property(slice, (text) => checkDocument(text)), { numRuns: 150 });
  });

  it("and the whole critic runs on whatever the parser accepts", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const { findings, verdict } = critique(text);
        for (const f of findings) {
          expect(f.offset).toBeGreaterThanOrEqual(0);
          expect(f.endOffset).toBeLessThanOrEqual(text.replace(/^\ufeff/, "").length);
          expect(f.endOffset).toBeGreaterThanOrEqual(f.offset);
          expect(f.message).not.toMatch(/failed on this document/);
        }
        expect(["not-ready", "ready", "decided"]).toContain(verdict.readiness);
      }),
      { numRuns: 200 },
    );
  });
});

describe("countWords", () => {
  const WORD = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;
  const byPattern = (t: string) => {
    let n = 0;
    WORD.lastIndex = 0;
    while (WORD.exec(t)) n++;
    return n;
  };

  it("counts exactly what the word pattern matches, in any script", () => {
    const mixed = fc.array(fc.constantFrom("a", "B", "é", "1", "'", "’", ".", "-", "/", " ", "x-y", "e.g.", "中", "😀", "𐊀", "\n")).map((a) => a.join(""));
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), mixed), (t) => {
      expect(countWords(t)).toBe(byPattern(t));
    }), { numRuns: 3000 });
  });
});
