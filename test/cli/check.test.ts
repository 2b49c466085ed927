import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CATEGORIES, rules } from "../../src/core";
import { ROOT, runCli, tempDir } from "../helpers/cli";

const strong = join(ROOT, "examples", "strong-shift-swap.md");
const weak = join(ROOT, "examples", "weak-ai-assistant.md");

interface JsonFinding {
  ruleId: string;
  category: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  question: string;
}
interface JsonReport {
  files: { path: string; findings: JsonFinding[]; verdict: { readiness: string; label: string } }[];
}

function json(args: string[], options = {}): { report: JsonReport; code: number; stderr: string } {
  const run = runCli(["check", "--format", "json", ...args], options);
  return { report: JSON.parse(run.stdout) as JsonReport, code: run.code, stderr: run.stderr };
}

/** A one-line message on stderr, no stack trace. */
function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^prfaq: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("prfaq check --format json keeps the public contract", () => {
  const { report, code } = json([strong, weak]);

  it("reports every file with findings shaped as PRODUCT.md says", () => {
    expect(report.files.map((f) => f.path.replace(/\\/g, "/"))).toEqual([expect.stringMatching(/strong-shift-swap\.md$/), expect.stringMatching(/weak-ai-assistant\.md$/)]);
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) {
      expect(typeof f.ruleId).toBe("string");
      expect(CATEGORIES).toContain(f.category);
      expect(["error", "warning", "info"]).toContain(f.severity);
      for (const n of [f.line, f.column, f.endLine, f.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
      expect(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column)).toBe(true);
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.question).toMatch(/\?|\.$/);
    }
  });

  it("exits 1 because the weak example has errors", () => {
    expect(code).toBe(1);
  });

  it("gives the strong example a clean verdict and the weak one a failing verdict", () => {
    const [s, w] = report.files;
    expect(s.findings.filter((f) => f.severity !== "info" && f.category !== "style")).toEqual([]);
    expect(s.verdict.readiness).toBe("ready");
    expect(w.verdict.readiness).toBe("not-ready");
    expect(new Set(w.findings.map((f) => f.category)).size).toBeGreaterThanOrEqual(6);
  });
});

describe("prfaq check output formats", () => {
  it("stylish prints the critic's question under each finding and ends with the verdict", () => {
    const run = runCli(["check", weak]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/\n\s+\? Name one representative customer: who, what role, where\?/);
    expect(run.stdout).toMatch(/Verdict: not ready for review/);
    expect(run.stdout).toMatch(/\d+ findings? in 1 file \(\d+ errors?, \d+ warnings?, \d+ info\)/);
    expect(run.stdout).not.toContain(String.fromCharCode(27));
  });

  it("sarif is SARIF 2.1.0 with every rule and mapped levels", () => {
    const run = runCli(["check", "--format", "sarif", weak]);
    const log = JSON.parse(run.stdout);
    expect(log.version).toBe("2.1.0");
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe("prfaq");
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(rules.map((r) => r.meta.id));
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(3);
    const levels = new Set(results.map((r: { level: string }) => r.level));
    expect([...levels].every((l) => ["error", "warning", "note"].includes(l as string))).toBe(true);
    expect(levels.has("error") && levels.has("warning")).toBe(true);
    const region = results[0].locations[0].physicalLocation.region;
    expect(region.startLine).toBeGreaterThanOrEqual(1);
  });

  it("github prints workflow-command annotations with escaped newlines", () => {
    const run = runCli(["check", "--format", "github", weak]);
    const lines = run.stdout.trim().split("\n");
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=prfaq [^:]+::/);
    expect(run.stdout).toMatch(/%0A/);
  });
});

describe("prfaq check options and exit codes", () => {
  it("--quiet keeps only errors", () => {
    const { report } = json(["--quiet", weak]);
    expect(report.files[0].findings.length).toBeGreaterThan(0);
    expect(report.files[0].findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("--max-warnings turns too many warnings into exit 1", () => {
    const dir = tempDir();
    const file = join(dir, "warned.md");
    writeFileSync(file, readFileSync(strong, "utf8").replace("Morag Fraser has worked", "Our seamless board helps. Morag Fraser has worked"));
    expect(runCli(["check", file]).code).toBe(0);
    expect(runCli(["check", "--max-warnings", "0", file]).code).toBe(1);
    expect(runCli(["check", "--max-warnings", "5", file]).code).toBe(0);
  });

  it("rejects a bad option value as a usage error with exit 2", () => {
    const run = runCli(["check", "--max-warnings", "lots", strong]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/whole number/);
    expect(runCli(["check", "--format", "xml", strong]).code).toBe(2);
  });

  it("reads standard input for -", () => {
    const run = runCli(["check", "--format", "json", "-"], { input: readFileSync(weak) });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.files[0].path).toBe("<stdin>");
    expect(report.files[0].findings.length).toBeGreaterThan(5);
  });

  it("expands directories and globs", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "ideas", "deep"), { recursive: true });
    copyFileSync(strong, join(dir, "ideas", "a.md"));
    copyFileSync(weak, join(dir, "ideas", "deep", "b.md"));
    writeFileSync(join(dir, "ideas", "notes.png"), "not a document");
    const byDir = json(["ideas"], { cwd: dir }).report;
    expect(byDir.files.map((f) => f.path).sort()).toEqual([join("ideas", "a.md"), join("ideas", "deep", "b.md")]);
    const byGlob = json(["ideas/**/*.md"], { cwd: dir }).report;
    expect(byGlob.files).toHaveLength(2);
  });
});

describe("bad input: one clear line, exit 2, never a stack trace", () => {
  const dir = tempDir();

  it("a missing path", () => {
    const run = runCli(["check", join(dir, "nope.md")]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /nope\.md: no such file or directory/);
  });

  it("a directory without Markdown", () => {
    mkdirSync(join(dir, "empty"));
    const run = runCli(["check", join(dir, "empty")]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /holds no Markdown, text or Word documents/);
  });

  it("a binary file", () => {
    const file = join(dir, "image.md");
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const run = runCli(["check", file]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /binary file/);
  });

  it("Windows-1252 text, named as such", () => {
    const file = join(dir, "latin.md");
    writeFileSync(file, Buffer.from("# Caf\xe9 cr\xe8me\n", "latin1"));
    const run = runCli(["check", file]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /not valid UTF-8 .*Windows-1252 or Latin-1.*line 1/);
  });

  it("UTF-16 text, named as such", () => {
    const file = join(dir, "utf16.md");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Hello\n", "utf16le")]));
    const run = runCli(["check", file]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /UTF-16 little-endian/);
  });

  it("a file the user may not read", () => {
    const locked = tempDir();
    chmodSync(locked, 0o755);
    const file = join(locked, "secret.md");
    writeFileSync(file, "# Secret\n");
    chmodSync(file, 0o000);
    // Root reads anything, so the check runs without the capabilities that let it. It stays root rather than
    // becoming "nobody", because the checkout itself may be where nobody else can read it (root's home folder).
    const withoutOverride = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"];
    const run = runCli(["check", file], process.getuid?.() === 0 ? { prefix: withoutOverride } : {});
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /secret\.md: permission denied/);
  });

  it("keeps checking the other files and still exits 2", () => {
    const run = runCli(["check", "--format", "json", strong, join(dir, "image.md")]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as JsonReport & { files: { error?: string }[] };
    expect(report.files).toHaveLength(2);
    expect(report.files[0].findings.length).toBeGreaterThan(0);
    expect(report.files[1].error).toMatch(/binary/);
  });
});

describe("documents that are odd but readable", () => {
  const dir = tempDir();

  it("an empty file gets structure findings, not a crash", () => {
    const file = join(dir, "empty.md");
    writeFileSync(file, "");
    const { report, code } = json([file]);
    expect(code).toBe(1);
    const structure = report.files[0].findings.filter((f) => f.category === "structure");
    // The missing parts arrive as one finding that lists them.
    const messages = structure.map((f) => f.message).join(" ");
    expect(messages).toMatch(/The document has no headline\b/);
    expect(messages).toMatch(/\bproblem\b/);
  });

  it("malformed front matter is a finding on its line", () => {
    const file = join(dir, "front.md");
    writeFileSync(file, `---\ntitle: [unclosed\nowner: Maya\n---\n${readFileSync(strong, "utf8").split("---\n").slice(2).join("---\n")}`);
    const { report } = json([file]);
    const finding = report.files[0].findings.find((f) => f.ruleId === "front-matter");
    expect(finding).toBeDefined();
    expect(finding!.line).toBeGreaterThanOrEqual(2);
    expect(finding!.line).toBeLessThanOrEqual(4);
  });

  it("a byte-order mark and CRLF line endings leave every position exact", () => {
    const lf = readFileSync(weak, "utf8");
    const file = join(dir, "crlf.md");
    writeFileSync(file, "\ufeff" + lf.replace(/\n/g, "\r\n"));
    const positions = (r: JsonReport) => r.files[0].findings.map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`);
    const a = positions(json([weak]).report);
    const b = positions(json([file]).report);
    expect(b).toEqual(a);
    // And the flagged text is what the finding says it is.
    const vague = json([file]).report.files[0].findings.find((f) => f.ruleId === "vague-customer")!;
    const line = lf.split("\n")[vague.line - 1];
    expect(vague.message).toContain(line.slice(vague.column - 1, vague.endColumn - 1));
  });

  it("pathological nesting is read without crashing", () => {
    const file = join(dir, "nested.md");
    const quotes = ">".repeat(5000) + " deep\n";
    const lists = Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    const marks = "*".repeat(20000) + "text" + "*".repeat(20000);
    writeFileSync(file, `# Nested\n\n${quotes}\n${lists}\n\n${marks}\n`);
    const run = runCli(["check", "--format", "json", file]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).files[0].findings.length).toBeGreaterThan(0);
  });

  it("a 10 MB document completes", () => {
    const file = join(dir, "huge.md");
    const paragraph = "Owners wait 127 days for permits and call the city 6,800 times a year asking where things stand. ";
    const parts = ["# A very long PR/FAQ\n"];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const chunk = (i % 40 === 0 ? `\n## Section ${i}\n\n` : "\n") + paragraph.repeat(4) + "\n";
      parts.push(chunk);
      size += chunk.length;
    }
    writeFileSync(file, parts.join(""));
    const run = runCli(["check", "--format", "json", "--quiet", file]);
    expect(run.stderr).toBe("");
    expect([0, 1]).toContain(run.code);
    expect(JSON.parse(run.stdout).files[0].path).toMatch(/huge\.md$/);
  });
});

describe("configuration and inline comments", () => {
  it("a .prfaq.yml above the document changes severities and turns rules off", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "docs"));
    copyFileSync(weak, join(dir, "docs", "idea.md"));
    writeFileSync(join(dir, ".prfaq.yml"), "rules:\n  puffery: off\n  vague-customer: error\n");
    const { report } = json([join(dir, "docs", "idea.md")]);
    const findings = report.files[0].findings;
    expect(findings.some((f) => f.ruleId === "puffery")).toBe(false);
    const vague = findings.filter((f) => f.ruleId === "vague-customer");
    expect(vague.length).toBeGreaterThan(0);
    expect(vague.every((f) => f.severity === "error")).toBe(true);
  });

  it("a broken .prfaq.yml is a one-line error naming the file and line", () => {
    const dir = tempDir();
    copyFileSync(weak, join(dir, "idea.md"));
    writeFileSync(join(dir, ".prfaq.yml"), "rules:\n  puffery: [off\n");
    const run = runCli(["check", join(dir, "idea.md")]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /\.prfaq\.yml: invalid YAML/);
  });

  it("a misspelt rule id in .prfaq.yml is an error, not silently ignored", () => {
    const dir = tempDir();
    copyFileSync(weak, join(dir, "idea.md"));
    writeFileSync(join(dir, ".prfaq.yml"), "rules:\n  pufery: off\n");
    const run = runCli(["check", join(dir, "idea.md")]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /unknown rule "pufery"/);
  });

  it("<!-- prfaq-disable-next-line --> silences one rule on the next line only", () => {
    const dir = tempDir();
    const text = readFileSync(weak, "utf8").replace("## Nimbus brings", "<!-- prfaq-disable-next-line vague-customer -->\n## Nimbus brings");
    writeFileSync(join(dir, "idea.md"), text);
    const line = text.split("\n").findIndex((l) => l.startsWith("## Nimbus brings")) + 1;
    const findings = json([join(dir, "idea.md")]).report.files[0].findings;
    expect(findings.some((f) => f.ruleId === "vague-customer" && f.line === line)).toBe(false);
    expect(findings.some((f) => f.ruleId === "puffery" && f.line === line)).toBe(true);
    expect(findings.some((f) => f.ruleId === "vague-customer" && f.line !== line)).toBe(true);
  });
});

describe("prfaq rules, explain and outline", () => {
  it("rules lists every rule by category", () => {
    const run = runCli(["rules"]);
    expect(run.code).toBe(0);
    for (const r of rules) expect(run.stdout).toContain(r.meta.id);
    const listed = JSON.parse(runCli(["rules", "--format", "json"]).stdout).rules as { id: string; question: string }[];
    expect(listed.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
  });

  it("explain prints a rule's question and rationale from its meta", () => {
    const rule = rules.find((r) => r.meta.id === "vague-customer")!;
    const run = runCli(["explain", "vague-customer"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(rule.meta.question);
    expect(run.stdout).toContain(rule.meta.rationale);
  });

  it("explain of an unknown rule suggests near ids and exits 2", () => {
    const run = runCli(["explain", "vague"]);
    expect(run.code).toBe(2);
    expectOneLineError(run.stderr, /unknown rule "vague"; did you mean vague-customer/);
  });

  it("outline shows the parts found with line ranges", () => {
    const run = runCli(["outline", "--format", "json", strong]);
    const outline = JSON.parse(run.stdout).files[0].outline as { kind: string; startLine: number; endLine: number }[];
    const kinds = outline.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["headline", "subheading", "summary", "problem", "solution", "quote", "getting-started", "faq", "success-metrics", "kill-criteria"]));
    const headline = outline.find((e) => e.kind === "headline")!;
    expect(readFileSync(strong, "utf8").split("\n")[headline.startLine - 1]).toMatch(/^# ShiftSwap/);
    expect(runCli(["outline", strong]).stdout).toMatch(/Internal FAQ \(6 questions\)/);
  });
});
