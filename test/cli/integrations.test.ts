/**
 * The CI integrations, driven as a runner would: `--only-prfaqs` (what the
 * pre-commit hook and the GitHub Action run), the GitLab Code Quality report,
 * and the GitHub Action's entry point on a git repository with a pull request's
 * changes.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT, runCli, tempDir } from "../helpers/cli";

const weak = join(ROOT, "examples", "weak-ai-assistant.md");
const strong = join(ROOT, "examples", "strong-shift-swap.md");

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout.trim();
}

describe("prfaq check --only-prfaqs", () => {
  it("checks PR/FAQs by name and by the files globs of .prfaq.yml, and skips other Markdown", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "proposals"));
    writeFileSync(join(dir, ".prfaq.yml"), "files:\n  - proposals/*.md\n");
    copyFileSync(weak, join(dir, "idea.prfaq.md"));
    copyFileSync(weak, join(dir, "proposals", "billing.md"));
    copyFileSync(weak, join(dir, "CHANGELOG.md"));
    const run = runCli(["check", "--only-prfaqs", "--format", "json", "."], { cwd: dir });
    const report = JSON.parse(run.stdout) as { files: { path: string }[] };
    expect(report.files.map((file) => file.path).sort()).toEqual(["idea.prfaq.md", "proposals/billing.md"]);
    expect(run.code).toBe(1);
  });

  it("exits 0 with an empty report when none of the files is a PR/FAQ", () => {
    const dir = tempDir();
    copyFileSync(weak, join(dir, "notes.md"));
    const run = runCli(["check", "--only-prfaqs", "--format", "json", "notes.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toEqual([]);
  });
});

describe("prfaq check --format gitlab", () => {
  interface Issue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; positions: { begin: { line: number; column: number } } };
  }

  it("writes a Code Quality report with one issue per finding, mapped severities and stable fingerprints", () => {
    const dir = tempDir();
    copyFileSync(weak, join(dir, "idea.md"));
    const json = JSON.parse(runCli(["check", "--format", "json", "idea.md"], { cwd: dir }).stdout) as { files: { findings: { ruleId: string; severity: string; line: number; column: number }[] }[] };
    const run = runCli(["check", "--format", "gitlab", "idea.md"], { cwd: dir });
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout) as Issue[];
    const findings = json.files[0].findings;
    expect(issues).toHaveLength(findings.length);
    issues.forEach((issue, i) => {
      expect(issue.check_name).toBe(`prfaq/${findings[i].ruleId}`);
      expect(issue.severity).toBe({ error: "major", warning: "minor", info: "info" }[findings[i].severity]);
      expect(issue.location).toMatchObject({ path: "idea.md", positions: { begin: { line: findings[i].line, column: findings[i].column } } });
      expect(issue.description.length).toBeGreaterThan(10);
    });
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);

    // Text added above every finding moves them down a line but keeps their fingerprints.
    writeFileSync(join(dir, "idea.md"), "<!-- draft -->\n" + readFileSync(weak, "utf8"));
    const moved = JSON.parse(runCli(["check", "--format", "gitlab", "idea.md"], { cwd: dir }).stdout) as Issue[];
    expect(moved.map((issue) => issue.fingerprint).sort()).toEqual(issues.map((issue) => issue.fingerprint).sort());
    expect(moved[0].location.positions.begin.line).toBe(issues[0].location.positions.begin.line + 1);
  });
});

describe("the GitHub Action", () => {
  const action = parseYaml(readFileSync(join(ROOT, "action.yml"), "utf8")) as { runs: { using: string; steps: { run?: string; env?: Record<string, string> }[] } };
  const entry = join(ROOT, "action", "check.mjs");
  let repo: string;
  let base: string;

  beforeAll(() => {
    repo = tempDir("prfaq-action-");
    git(repo, "init", "-q", "-b", "main");
    copyFileSync(strong, join(repo, "old.prfaq.md"));
    writeFileSync(join(repo, "README.md"), "# A project\n");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "base");
    base = git(repo, "rev-parse", "HEAD");
    mkdirSync(join(repo, "proposals"));
    writeFileSync(join(repo, ".prfaq.yml"), "files:\n  - proposals/*.md\n");
    copyFileSync(weak, join(repo, "idea.prfaq.md"));
    copyFileSync(weak, join(repo, "proposals", "billing.md"));
    writeFileSync(join(repo, "README.md"), "# A project\n\nEnterprise customers broadly will love it.\n");
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "a pull request");
  });

  function runAction(env: Record<string, string>) {
    const output = join(repo, "github-output.txt");
    const summary = join(repo, "summary.md");
    writeFileSync(output, "");
    writeFileSync(summary, "");
    const result = spawnSync(process.execPath, [entry], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, PRFAQ_COMMAND: BIN, PRFAQ_FILES: "", PRFAQ_BASE_SHA: "", PRFAQ_SARIF: "", PRFAQ_MAX_WARNINGS: "", ...env },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(output, "utf8"), summary: readFileSync(summary, "utf8") };
  }

  it("runs its entry point with node and passes the pull request's base commit", () => {
    expect(action.runs.using).toBe("composite");
    const check = action.runs.steps.find((step) => step.run?.includes("action/check.mjs"));
    expect(check?.env?.PRFAQ_BASE_SHA).toContain("github.event.pull_request.base.sha");
    expect(existsSync(entry)).toBe(true);
  });

  it("annotates only the PR/FAQs the pull request changed, writes SARIF, outputs and a summary, and fails on errors", () => {
    const run = runAction({ PRFAQ_BASE_SHA: base, PRFAQ_SARIF: "prfaq.sarif" });
    expect(run.code, run.stderr).toBe(1);
    const annotated = new Set([...run.stdout.matchAll(/^::(?:error|warning|notice) file=([^,]+),/gm)].map((m) => m[1]));
    expect([...annotated].sort()).toEqual(["idea.prfaq.md", "proposals/billing.md"]);
    const sarif = JSON.parse(readFileSync(join(repo, "prfaq.sarif"), "utf8")) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = new Set(sarif.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["idea.prfaq.md", "proposals/billing.md"]);
    expect(run.outputs).toMatch(/^files=2$/m);
    expect(Number(/^errors=(\d+)$/m.exec(run.outputs)?.[1])).toBeGreaterThan(0);
    expect(run.summary).toContain("| `idea.prfaq.md` | not ready for review |");
  });

  it("passes when the changes hold no PR/FAQ", () => {
    const head = git(repo, "rev-parse", "HEAD");
    writeFileSync(join(repo, "README.md"), "# A project, renamed\n");
    git(repo, "commit", "-q", "-am", "docs only");
    const run = runAction({ PRFAQ_BASE_SHA: head });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("no PR/FAQ among the documents changed since");
    expect(run.outputs).toMatch(/^files=0$/m);
  });

  it("checks the files the workflow names, whatever changed", () => {
    const run = runAction({ PRFAQ_FILES: "old.prfaq.md" });
    expect(run.stdout).not.toContain("file=idea.prfaq.md");
    expect(run.outputs).toMatch(/^files=1$/m);
    expect(run.code).toBe(0);
  });
});
