import { describe, expect, it } from "vitest";
import { critique, parseDocument, verdictOf, type Finding } from "../../src/core";
import { prfaq, strongParts } from "./prfaq-builder";

function finding(category: Finding["category"], severity: Finding["severity"], ruleId = "some-rule"): Finding {
  return { ruleId, category, severity, line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, message: "m", question: "q?" };
}

describe("the readiness verdict", () => {
  const doc = parseDocument(prfaq());

  it("is ready with no objections, and says every category is solid", () => {
    const v = verdictOf(doc, []);
    expect(v.readiness).toBe("ready");
    expect(v.label).toBe("ready for review");
    expect(v.categories.every((c) => c.status === "solid")).toBe(true);
    expect(v.blocking).toEqual([]);
  });

  it("is not ready with any error, in any category", () => {
    const v = verdictOf(doc, [finding("style", "error")]);
    expect(v.readiness).toBe("not-ready");
    expect(v.blocking).toEqual(["style"]);
  });

  it("is not ready when a substance category has a warning", () => {
    for (const category of ["customer", "problem", "differentiation", "hard-questions", "success", "decision", "applicability"] as const) {
      expect(verdictOf(doc, [finding(category, "warning")]).readiness, category).toBe("not-ready");
    }
  });

  it("stays ready with warnings a review can work through (evidence, technology, structure, style), and shows them open", () => {
    const v = verdictOf(doc, [finding("evidence", "warning", "puffery"), finding("style", "warning"), finding("structure", "warning"), finding("tech-first", "warning")]);
    expect(v.readiness).toBe("ready");
    const evidence = v.categories.find((c) => c.category === "evidence")!;
    expect(evidence.status).toBe("open");
    expect(evidence.rules).toEqual(["puffery"]);
  });

  it("is not ready when the document disagrees with itself: a claim the FAQ contradicts, or one quantity with two values", () => {
    for (const ruleId of ["contradicted-claim", "inconsistent-quantity"]) {
      const v = verdictOf(doc, [finding("evidence", "warning", ruleId)]);
      expect(v.readiness, ruleId).toBe("not-ready");
      expect(v.blocking, ruleId).toEqual(["evidence"]);
      expect(verdictOf(doc, [], [], [finding("evidence", "warning", ruleId)]).readiness, `${ruleId} suppressed`).toBe("not-ready");
      expect(verdictOf(doc, [finding("evidence", "info", ruleId)]).readiness, `${ruleId} as advice`).toBe("ready");
    }
  });

  it("ignores advice", () => {
    expect(verdictOf(doc, [finding("customer", "info")]).readiness).toBe("ready");
  });

  it("is decided when a decision is recorded with a reason", () => {
    const text = prfaq({ frontMatter: "decision:\n  outcome: kill\n  reason: fewer than 25% of parents signed up by October, below the kill criteria" });
    const { verdict } = critique(text);
    expect(verdict.readiness).toBe("decided");
    expect(verdict.label).toBe("decided: kill");
    expect(verdict.decision).toBe("kill");
  });

  it("is not decided when the decision has no reason", () => {
    const { verdict } = critique(prfaq({ frontMatter: "decision: proceed" }));
    expect(verdict.readiness).toBe("not-ready");
    expect(verdict.blocking).toContain("decision");
  });

  it("comes out ready for the strong defaults and not ready once the customer is a segment", () => {
    expect(critique(prfaq()).verdict.readiness).toBe("ready");
    const weak = critique(prfaq({ problem: "Businesses everywhere struggle with school transport.", customerQuote: '"Great," said a parent.', solution: strongParts.solution }));
    expect(weak.verdict.readiness).toBe("not-ready");
    expect(weak.verdict.blocking).toEqual(expect.arrayContaining(["customer", "problem"]));
  });
});
