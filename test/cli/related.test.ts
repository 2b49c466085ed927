/**
 * A finding about two places (a promise and the FAQ answer that takes it
 * back, one quantity and its other value) names both in every report format,
 * driven through the built CLI as a user or a CI runner would.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatSarif } from "../../src/cli/format/sarif";
import type { FileReport, Finding } from "../../src/core";
import { lineOf, prfaq } from "../critic/prfaq-builder";
import { runCli, tempDir } from "../helpers/cli";

const TEXT = prfaq({
  solution: "Your tax documents never touch our servers: QuillTax reads each receipt on the phone that photographed it.",
  customerFaq: [["How are receipts read?", "Each tax document is sent to a hosted AI model, which returns the amount and the date as JSON."]],
  internalFaq: [["What does the pilot cost?", "The pilot with 40 bookkeepers costs 18,000 EUR, paid from the tooling budget."]],
});
const PROMISE_LINE = lineOf(TEXT, "Your tax documents never touch");
const CONTRARY_LINE = lineOf(TEXT, "Each tax document is sent");

interface JsonFinding {
  ruleId: string;
  line: number;
  related?: { line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

let file: string;
let dir: string;

beforeAll(() => {
  dir = tempDir();
  file = join(dir, "quilltax.prfaq.md");
  writeFileSync(file, TEXT);
});

function contradiction(): JsonFinding {
  const report = JSON.parse(runCli(["check", "--format", "json", file]).stdout) as { files: { findings: JsonFinding[] }[] };
  const found = report.files[0].findings.find((f) => f.ruleId === "contradicted-claim");
  if (!found) throw new Error(`no contradicted-claim among ${report.files[0].findings.map((f) => f.ruleId).join(", ")}`);
  return found;
}

describe("related locations in every report", () => {
  it("json: the contradiction sits on the promise and relates the FAQ answer", () => {
    const found = contradiction();
    expect(found.line).toBe(PROMISE_LINE);
    expect(found.related).toHaveLength(1);
    expect(found.related![0].line).toBe(CONTRARY_LINE);
    expect(found.related![0].message.length).toBeGreaterThan(5);
  });

  it("stylish: an indented 'see line N' under the finding's question", () => {
    const out = runCli(["check", file]).stdout.split("\n");
    const at = out.findIndex((l) => l.includes("evidence/contradicted-claim") && l.trimStart().startsWith(`${PROMISE_LINE}:`));
    expect(at).toBeGreaterThan(-1);
    expect(out[at + 1]).toMatch(/^\s+\? /);
    expect(out[at + 2]).toMatch(new RegExp(`^\\s{6,}see line ${CONTRARY_LINE}: \\S`));
    // Findings about one place get no such line.
    const seeLines = out.filter((l) => /^\s+see line \d+:/.test(l));
    expect(seeLines.length).toBeLessThan(out.filter((l) => /^\s+\? /.test(l)).length);
  });

  it("sarif: relatedLocations with the other region and its message", () => {
    const log = JSON.parse(runCli(["check", "--format", "sarif", file]).stdout);
    const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[]; relatedLocations?: unknown[] }[];
    const found = results.find((r) => r.ruleId === "contradicted-claim")!;
    expect(found.locations[0].physicalLocation.region.startLine).toBe(PROMISE_LINE);
    expect(found.relatedLocations).toEqual([
      {
        id: 0,
        physicalLocation: { artifactLocation: { uri: expect.stringContaining("quilltax.prfaq.md") }, region: expect.objectContaining({ startLine: CONTRARY_LINE }) },
        message: { text: expect.any(String) },
      },
    ]);
    // Code scanning shows a related location where the message links to it by id.
    expect((found as unknown as { message: { text: string } }).message.text).toContain(`See [line ${CONTRARY_LINE}](0): `);
    expect(results.filter((r) => r.ruleId !== "contradicted-claim").every((r) => r.relatedLocations === undefined || r.relatedLocations.length > 0)).toBe(true);
  });

  it("github: the annotation's message names the other line", () => {
    const lines = runCli(["check", "--format", "github", file]).stdout.trim().split("\n");
    const annotation = lines.find((l) => l.includes("contradicted-claim") && l.includes(`line=${PROMISE_LINE},`));
    expect(annotation).toBeDefined();
    expect(annotation).toMatch(new RegExp(`%0ASee line ${CONTRARY_LINE}: \\S`));
    // Still one workflow command on one line.
    expect(annotation).not.toContain("\n");
  });

  it("gitlab: the Code Quality description names the other line", () => {
    const issues = JSON.parse(runCli(["check", "--format", "gitlab", file]).stdout) as { check_name: string; description: string }[];
    const found = issues.find((i) => i.check_name === "prfaq/contradicted-claim")!;
    expect(found.description).toContain(`See line ${CONTRARY_LINE}: `);
  });
});

describe("sarif messages that link to related locations", () => {
  const place = { line: 3, column: 1, endLine: 3, endColumn: 5, offset: 20, endOffset: 24 };
  const finding = (related?: Finding["related"]): Finding => ({
    ruleId: "inconsistent-quantity",
    category: "evidence",
    severity: "warning",
    ...place,
    line: 1,
    endLine: 1,
    offset: 0,
    endOffset: 4,
    message: 'The fund is "[AMOUNT]" here.',
    question: "Which is right?",
    ...(related ? { related } : {}),
  });
  const textOf = (f: Finding) => {
    const file: FileReport = { path: "a.md", findings: [f], verdict: { readiness: "not-ready", label: "", categories: [], strengths: [] } as unknown as FileReport["verdict"] };
    return JSON.parse(formatSarif([file], [], "0.0.0")).runs[0].results[0].message.text as string;
  };

  it("escapes literal brackets once the message holds a link, and only then", () => {
    expect(textOf(finding([{ ...place, message: "The [other] value." }]))).toBe('The fund is "\\[AMOUNT\\]" here. Which is right? See [line 3](0): The \\[other\\] value.');
    expect(textOf(finding())).toBe('The fund is "[AMOUNT]" here. Which is right?');
  });
});
