import { describe, expect, it } from "vitest";
import type { Finding } from "./types";
import { adviseSurplusWordFindings, WORDING_POINT_INSTANCES } from "./restraint";

function at(ruleId: string, category: Finding["category"], line: number, severity: Finding["severity"] = "warning"): Finding {
  return { ruleId, category, severity, line, column: 1, endLine: line, endColumn: 9, offset: line * 100, endOffset: line * 100 + 8, message: `${ruleId} on ${line}`, question: "q?" };
}

const WORD_LEVEL = new Set(["puffery", "jargon", "unsupported-multiplier", "sourceless-statistic"]);

describe("one remark per passage, a few examples per point", () => {
  it("keeps the heavier word-level warning on a line and advises the other", () => {
    const puffery = at("puffery", "evidence", 8);
    const jargon = at("jargon", "style", 8);
    adviseSurplusWordFindings([puffery, jargon], WORD_LEVEL);
    expect([puffery.severity, jargon.severity]).toEqual(["warning", "info"]);
  });

  it("keeps a sourceless statistic over a multiplier in the same sentence, whichever comes first", () => {
    const multiplier = at("unsupported-multiplier", "differentiation", 13);
    const statistic = { ...at("sourceless-statistic", "evidence", 13), offset: 1310 };
    adviseSurplusWordFindings([multiplier, statistic], WORD_LEVEL);
    expect([multiplier.severity, statistic.severity]).toEqual(["info", "warning"]);
  });

  it(`advises a wording rule's warnings after the first ${WORDING_POINT_INSTANCES}`, () => {
    const findings = [3, 13, 27, 31, 74].map((line) => at("puffery", "evidence", line));
    const places = [3, 13, 27, 31, 74].map((line) => at("unsupported-multiplier", "differentiation", line + 1));
    adviseSurplusWordFindings([...findings, ...places], WORD_LEVEL, new Map([["puffery", WORDING_POINT_INSTANCES]]));
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning", "warning", "info", "info"]);
    // A rule whose every place is its own point keeps them all.
    expect(places.every((f) => f.severity === "warning")).toBe(true);
  });

  it("leaves errors, other rules and findings on different lines alone", () => {
    const error = at("puffery", "evidence", 4, "error");
    const structural = at("required-parts", "structure", 4);
    const other = at("jargon", "style", 5);
    const first = at("puffery", "evidence", 5);
    adviseSurplusWordFindings([error, structural, first, other], WORD_LEVEL);
    expect([error.severity, structural.severity]).toEqual(["error", "warning"]);
    expect([first.severity, other.severity]).toEqual(["warning", "info"]);
    const alone = [at("jargon", "style", 1), at("puffery", "evidence", 2)];
    adviseSurplusWordFindings(alone, WORD_LEVEL);
    expect(alone.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });
});
