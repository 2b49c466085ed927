import { describe, expect, it } from "vitest";
import { critique } from "../../src/core";
import { prfaq, strongParts } from "./prfaq-builder";

const SEGMENT = "It is for enterprise customers broadly.";
/** A strong document whose summary names a segment, so vague-customer (a gate rule) fires there. */
const base = prfaq({ summary: `${strongParts.summary} ${SEGMENT}` });
const subheading = `## ${strongParts.subheading}\n`;
const vague = (text: string) => critique(text).findings.filter((f) => f.ruleId === "vague-customer");

describe("inline suppressions", () => {
  it("the document under test has a gate finding to suppress", () => {
    const { findings, verdict } = critique(base);
    expect(findings.some((f) => f.ruleId === "vague-customer" && f.severity === "warning")).toBe(true);
    expect(verdict.readiness).toBe("not-ready");
  });

  it("a suppressed gate finding leaves its category open and the document not ready, and the verdict counts it", () => {
    const text = base.replace(subheading, `${subheading}\n<!-- prfaq-disable vague-customer -->\n`);
    const { findings, verdict } = critique(text);
    expect(findings.some((f) => f.ruleId === "vague-customer")).toBe(false);
    const customer = verdict.categories.find((c) => c.category === "customer")!;
    expect(customer.status).toBe("open");
    expect(customer.suppressed).toBe(1);
    expect(verdict.readiness).toBe("not-ready");
    expect(verdict.suppressed).toBe(1);
    expect(verdict.label).toBe("not ready for review (1 finding suppressed)");
  });

  it("a disable comment above the title covers the title, not the whole document", () => {
    expect(vague(`<!-- prfaq-disable vague-customer -->\n${base}`)).toHaveLength(1);
  });

  it("a disable comment after a heading covers that section only", () => {
    const weasel = "Most customers love it.";
    const weasels = (text: string) => critique(text).findings.filter((f) => f.ruleId === "weasel-words");
    const text = prfaq({ summary: `${strongParts.summary} ${weasel}`, extra: `## Notes\n\n${weasel}` });
    const before = weasels(text).length;
    expect(before).toBeGreaterThanOrEqual(2);
    const marked = text.replace(subheading, `${subheading}\n<!-- prfaq-disable weasel-words -->\n`);
    const after = weasels(marked);
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    expect(after.every((f) => f.line > marked.split("\n").findIndex((l) => l === "## Customer FAQ"))).toBe(true);
  });

  it("an enable comment ends it sooner", () => {
    const marked = base.replace(subheading, `${subheading}\n<!-- prfaq-disable vague-customer -->\n<!-- prfaq-enable vague-customer -->\n`);
    expect(vague(marked)).toHaveLength(1);
  });
});
