/**
 * A RuleTester in the ESLint shape: each rule's test lists passages that must
 * stay silent and passages that must be flagged at exact lines. The false
 * positives matter as much as the hits, so a valid passage fails the test on
 * any finding of the rule, whatever its severity.
 */
import { describe, expect, it } from "vitest";
import { createCritic } from "../src/core/engine/critic";
import { parseConfig, type PrfaqConfig } from "../src/core/engine/config";
import type { Finding, Rule, Severity } from "../src/core/engine/types";
import { lineOf } from "./critic/prfaq-builder";

export { lineOf, md, prfaq, strongParts, type PrfaqParts } from "./critic/prfaq-builder";

export interface ValidCase {
  name?: string;
  text: string;
  /** `.prfaq.yml` text applied to this passage. */
  config?: string;
}

export interface ExpectedFinding {
  /** The 1-based line the finding starts on. */
  line?: number;
  /** Or: the line holding this exact text (the first line that contains it). */
  at?: string;
  message?: RegExp | string;
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  /** Every finding the rule must report, in document order; no more, no fewer. */
  errors: ExpectedFinding[];
}

export interface RuleCases {
  valid: (ValidCase | string)[];
  invalid: InvalidCase[];
}

/** Runs one rule, alone, over a passage, with every finding it reports (none folded into another). */
export function runRule(rule: Rule, text: string, configText?: string): Finding[] {
  const config: PrfaqConfig | undefined = configText ? parseConfig(configText) : undefined;
  return createCritic({ rules: [rule], config, collapse: "none" }).check(text).findings;
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  line ${f.line} [${f.severity}] ${f.message}`).join("\n") || "  (none)";
}

function title(c: ValidCase, index: number, kind: string): string {
  const first = c.text.trim().split("\n")[0].slice(0, 60);
  return c.name ?? `${kind} #${index + 1}: ${first}`;
}

export function testRule(rule: Rule, cases: RuleCases): void {
  describe(rule.meta.id, () => {
    it("describes itself: description, question and rationale", () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.question).toMatch(/\?/);
      expect(rule.meta.rationale.length).toBeGreaterThan(40);
    });

    cases.valid.forEach((raw, i) => {
      const c = typeof raw === "string" ? { text: raw } : raw;
      it(`stays silent on ${title(c, i, "valid")}`, () => {
        const findings = runRule(rule, c.text, c.config);
        expect(findings, `expected no findings, got:\n${describeFindings(findings)}`).toHaveLength(0);
      });
    });

    cases.invalid.forEach((c, i) => {
      it(`flags ${title(c, i, "invalid")}`, () => {
        const findings = runRule(rule, c.text, c.config);
        const expectedLines = c.errors.map((e) => e.line ?? lineOf(c.text, e.at ?? ""));
        const got = `got:\n${describeFindings(findings)}`;
        expect(findings.map((f) => f.line), got).toEqual(expectedLines);
        c.errors.forEach((e, k) => {
          const f = findings[k];
          expect(f.ruleId).toBe(rule.meta.id);
          expect(f.category).toBe(rule.meta.category);
          if (e.severity) expect(f.severity, got).toBe(e.severity);
          if (typeof e.message === "string") expect(f.message, got).toContain(e.message);
          else if (e.message) expect(f.message, got).toMatch(e.message);
          expect(f.question).toMatch(/\?/);
        });
      });
    });
  });
}
