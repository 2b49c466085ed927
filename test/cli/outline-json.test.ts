import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli";

/** The contract of `prfaq outline --format json` (docs/outline.md), driven as a user runs it. */

const doc = [
  "# Tandem: rotas by text", "", "Today Tandem launches for small clinics.", "",
  "Managers spend four hours a week on rotas and still miss shifts.", "",
  "\"We built Tandem after a year of missed shifts,\" said Ada Greene, founder of Tandem.", "",
  "\"I used to lose Sunday to the rota,\" said Ben Okafor, practice manager at Riverside Clinic.", "",
  "## FAQ", "", "### For patients", "", "**What does it cost?**", "Nine euros a month.", "", "### For the board", "", "**Why has nobody built this?**", "The rota data was locked in paper.", "",
].join("\n");

describe("prfaq outline --format json", () => {
  it("gives each part's kind, lines and inferred flag, each FAQ's audience and question count, and each quote's voice and speaker", () => {
    const file = join(tempDir(), "tandem.md");
    writeFileSync(file, doc);
    const result = runCli(["outline", "--format", "json", file]);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.files).toHaveLength(1);
    const entries = out.files[0].outline as Record<string, unknown>[];
    for (const e of entries) {
      expect(typeof e.kind).toBe("string");
      expect(typeof e.label).toBe("string");
      expect(e.startLine as number).toBeLessThanOrEqual(e.endLine as number);
    }
    const faqs = entries.filter((e) => e.kind === "faq");
    expect(faqs.map((f) => [f.audience, f.questions])).toEqual([["customer", 1], ["internal", 1]]);
    expect((faqs[0].children as { label: string }[])[0].label).toMatch(/^Q: What does it cost\?/);
    const quotes = entries.filter((e) => e.kind === "quote");
    expect(quotes.map((q) => q.voice)).toEqual(["spokesperson", "customer"]);
    expect(quotes[0].speaker).toMatchObject({ name: "Ada Greene" });
    const problem = entries.find((e) => e.kind === "problem");
    expect(problem?.inferred).toBe(true);
    expect(entries.find((e) => e.kind === "headline")?.inferred).toBe(true);
  });
});
