import { describe, expect, it } from "vitest";
import { critique } from "../../core";
import { critiqueDelta } from "./delta";

const base = `# Acme Pay lets Lisbon cafe owners take card payments without a terminal

## Owners of small cafes accept cards on the phone they already carry

LISBON, Portugal — May 3, 2027 — Acme Pay today launched tap-to-pay for businesses of all sizes.
`;
const VAGUE = "for businesses of all sizes";
const NAMED = "for the 40 cafes on Rua de São Miguel in Alfama";

function critiqued(text: string) {
  return { text, findings: critique(text).findings };
}

describe("critiqueDelta", () => {
  it("reports a finding as fixed when the flagged words are gone", () => {
    const before = critiqued(base);
    const after = critiqued(base.replace(VAGUE, NAMED));
    const vagueBefore = before.findings.filter((f) => f.ruleId === "vague-customer");
    expect(vagueBefore.length).toBeGreaterThan(0);
    const delta = critiqueDelta(before, after);
    expect(delta.fixed.map((f) => f.ruleId)).toContain("vague-customer");
    expect(delta.introduced.map((f) => f.ruleId)).not.toContain("vague-customer");
  });

  it("reports a finding as introduced when new text brings it", () => {
    const before = critiqued(base.replace(VAGUE, NAMED));
    const after = critiqued(base);
    const delta = critiqueDelta(before, after);
    expect(delta.introduced.map((f) => f.ruleId)).toContain("vague-customer");
    expect(delta.fixed.map((f) => f.ruleId)).not.toContain("vague-customer");
  });

  it("treats findings that only moved as unchanged", () => {
    const before = critiqued(base);
    const after = critiqued(base.replace("## Owners", "\n\n## Owners"));
    const delta = critiqueDelta(before, after);
    expect(delta.fixed).toEqual([]);
    expect(delta.introduced).toEqual([]);
    expect(delta.unchanged).toBe(before.findings.length);
  });

  it("matches repeated findings one for one", () => {
    const faq = "\n## FAQ\n\n**Q: Who is it for?**\nA: Businesses of all sizes.\n";
    const before = critiqued(base + faq);
    const after = critiqued(base + faq.replace("Businesses of all sizes.", "Cafe owners in Alfama with fewer than 20 seats."));
    expect(before.findings.filter((f) => f.ruleId === "vague-customer")).toHaveLength(2);
    const countIn = (findings: { ruleId: string }[]) => findings.filter((f) => f.ruleId === "vague-customer").length;
    const delta = critiqueDelta(before, after);
    expect(countIn(after.findings)).toBe(1);
    expect(countIn(delta.fixed)).toBe(1);
    expect(countIn(delta.introduced)).toBe(0);
  });
});
