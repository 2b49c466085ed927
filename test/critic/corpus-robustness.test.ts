/**
 * The critic over every real PR/FAQ in the shared corpus: no rule may throw,
 * and every finding must point inside the document.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { critique } from "../../src/core";
import { sharedPath } from "../helpers/shared";

const corpus = sharedPath("corpus", "real") ?? "";
const files = corpus && existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".md")) : [];

describe.skipIf(!files.length)("the real corpus", () => {
  it.each(files)("%s", (file) => {
    const text = readFileSync(join(corpus, file), "utf8");
    const { findings, verdict } = critique(text);
    expect(findings.filter((f) => f.message.includes("failed on this document"))).toEqual([]);
    const lines = text.split(/\r\n|\r|\n/).length;
    for (const f of findings) {
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeLessThanOrEqual(lines);
      expect(f.endOffset).toBeGreaterThanOrEqual(f.offset);
      expect(f.question).toMatch(/\?/);
    }
    expect(["not-ready", "ready", "decided"]).toContain(verdict.readiness);
  });
});
