import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCritic, outlineOf, rules } from "../../src/core";

const dirs = [join(import.meta.dirname, "..", "..", "examples"), join(import.meta.dirname, "..", "documents")];
const documents = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(d, f), "utf8")));

/**
 * An editor keeps one critic and re-checks after every keystroke, reusing the
 * parse of unchanged chunks and per-sentence results. Whatever it reuses, the
 * answer must be the one a fresh critic gives for the same text.
 */
describe("re-checking with the caches gives what a fresh critic gives", () => {
  const edit = fc.record({
    doc: fc.integer({ min: 0, max: documents.length - 1 }),
    steps: fc.array(
      fc.record({
        at: fc.nat(),
        remove: fc.nat({ max: 40 }),
        insert: fc.constantFrom("", "x", " ", "\n", "\n\n", "## Internal FAQ\n\n", "**Q: Why now?**\nA: TBD.\n", "businesses of all sizes", "12%", '"Great," said a customer.', "- "),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  });

  it("after any sequence of edits", () => {
    fc.assert(
      fc.property(edit, ({ doc, steps }) => {
        const cached = createCritic({ rules });
        let text = documents[doc];
        cached.check(text);
        for (const step of steps) {
          const at = step.at % (text.length + 1);
          text = text.slice(0, at) + step.insert + text.slice(Math.min(text.length, at + step.remove));
          const incremental = cached.check(text);
          const fresh = createCritic({ rules, cacheChunks: false }).check(text);
          expect(incremental.findings).toEqual(fresh.findings);
          expect(incremental.verdict).toEqual(fresh.verdict);
          expect(outlineOf(incremental.document)).toEqual(outlineOf(fresh.document));
        }
      }),
      { numRuns: 60 },
    );
  });
});
