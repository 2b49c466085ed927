/**
 * `.prfaq.yml` extends the critic's knowledge: a team's competitors, jargon,
 * extra segments to reject and extra required internal questions. Driven
 * through the CLI, the way a team uses it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { md, prfaq, strongParts } from "./prfaq-builder";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "prfaq-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
}

function check(text: string, config?: string): JsonFinding[] {
  const doc = join(dir, `doc-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(doc, text);
  const args = [join(root, "bin", "prfaq.js"), "check", "--format", "json", doc];
  if (config !== undefined) {
    const file = join(dir, `config-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, config);
    args.push("--config", file);
  }
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  expect(run.stdout, run.stderr).toMatch(/^\{/);
  return JSON.parse(run.stdout).files[0].findings;
}

// Nothing about what parents do today, so only a named competitor can satisfy the rule.
const noAlternative = md`
  # BusBell Texts Parents in Tampere When the School Bus Is Near
  ## Parents get a text five minutes before the bus reaches their child's stop
  TAMPERE, Finland — August 10, 2027 — Tampere Regional Transport launched BusBell for the parents of 3,900 pupils.

  Aino Virtanen's son Eero waited 23 mornings in the dark for a late bus last winter.

  BusBell reads each bus's position and texts the parent five minutes before it reaches the stop, like Kyyti does.
`;

describe(".prfaq.yml lexicon extensions", () => {
  it("a named competitor counts as the existing alternative", () => {
    const without = check(noAlternative);
    expect(without.map((f) => f.ruleId)).toContain("no-named-alternative");
    const withIt = check(noAlternative, "lexicons:\n  competitors: [Kyyti]\n");
    expect(withIt.map((f) => f.ruleId)).not.toContain("no-named-alternative");
  });

  it("company jargon and extra segments are flagged", () => {
    const text = prfaq({ summary: "TAMPERE, Finland — August 10, 2027 — BusBell today launched for our partners, a tier-2 bet for the depot team." });
    const findings = check(text, "lexicons:\n  jargon: [tier-2 bet]\n  vague-segments: [our partners]\n");
    expect(findings.some((f) => f.ruleId === "jargon" && f.message.includes("tier-2 bet"))).toBe(true);
    expect(findings.some((f) => f.ruleId === "vague-customer" && f.message.includes("our partners"))).toBe(true);
  });

  it("an extra required internal question is asked for, and satisfied by any of its paraphrases", () => {
    const config = "hard-questions:\n  - id: data-residency\n    question: Where is customer data stored, and under which law?\n    paraphrases: [data residency, where is (the )?data (stored|kept)]\n";
    const missing = check(prfaq(), config).filter((f) => f.ruleId === "missing-hard-questions" && f.severity === "warning");
    expect(missing.map((f) => f.message).join("\n")).toMatch(/Where is customer data stored/);
    const asked = prfaq({ internalFaq: [...strongParts.internalFaq, ["Where is the data kept?", "In the city's own data centre in Tampere, under Finnish law."]] });
    expect(check(asked, config).filter((f) => f.ruleId === "missing-hard-questions" && f.severity === "warning")).toEqual([]);
  });

  it("an optional question is only advice", () => {
    const config = "hard-questions:\n  - id: accessibility\n    question: Can screen-reader users use it?\n    paraphrases: [screen reader, accessib*]\n    required: false\n";
    const findings = check(prfaq(), config).filter((f) => f.ruleId === "missing-hard-questions");
    expect(findings.every((f) => f.severity === "info")).toBe(true);
    expect(findings.map((f) => f.message).join("\n")).toMatch(/screen-reader/);
  });
});
