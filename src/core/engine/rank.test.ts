import { describe, expect, it } from "vitest";
import { critique } from "../index";
import type { Finding } from "./types";
import { rankFindings, weightOf } from "./rank";
import { md } from "../../../test/critic/prfaq-builder";

function finding(ruleId: string, category: Finding["category"], severity: Finding["severity"], offset: number): Finding {
  return { ruleId, category, severity, line: 1, column: 1, endLine: 1, endColumn: 1, offset, endOffset: offset, message: "m", question: "q?" };
}

describe("ranking findings", () => {
  it("puts substance before form, whatever the order in the document", () => {
    const findings = [finding("long-sentence", "style", "warning", 0), finding("jargon", "style", "warning", 5), finding("inconsistent-quantity", "evidence", "warning", 90)];
    rankFindings(findings);
    expect(findings.map((f) => f.rank)).toEqual([3, 2, 1]);
  });

  it("ranks every finding from 1 with no gaps or ties", () => {
    const text = md`
      # Nimbus
      ## An AI-powered, seamless platform
      Nimbus today launched a revolutionary platform for businesses everywhere, which leverages synergies across the enterprise in an end-to-end way that nobody has ever managed to build before now.
    `;
    const { findings } = critique(text);
    expect(findings.length).toBeGreaterThan(3);
    expect(findings.map((f) => f.rank).sort((a, b) => a! - b!)).toEqual(findings.map((_, i) => i + 1));
  });

  it("lets a second finding of one rule yield to a different point of near weight", () => {
    const findings = [finding("weasel-words", "evidence", "warning", 0), finding("weasel-words", "evidence", "warning", 10), finding("vague-customer", "customer", "warning", 20)];
    rankFindings(findings);
    expect(findings[2].rank).toBeLessThan(findings[1].rank!);
  });

  it("keeps advice below any objection", () => {
    expect(weightOf(finding("unsupported-claim", "evidence", "info", 0))).toBeLessThan(weightOf(finding("long-sentence", "style", "warning", 0)));
  });

  it("gives a configured or unknown rule its category's weight", () => {
    expect(weightOf(finding("team-rule", "customer", "warning", 0))).toBeGreaterThan(weightOf(finding("team-rule", "style", "warning", 0)));
  });
});
