import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDocument, recordDecision } from "../../src/core";
import { ensureBuilt, EXAMPLES, FIXTURES, git, prfaq, tempDir } from "./helpers";

beforeAll(ensureBuilt);

const strong = readFileSync(join(EXAMPLES, "strong-shift-swap.md"), "utf8");
const answers = join(FIXTURES, "answers-good.yml");

describe("prfaq new", () => {
  it("drafts from answers.yml into a file and says what stays open", () => {
    const dir = tempDir();
    const run = prfaq(["new", "--from", answers, "idea.md"], { cwd: dir });
    expect(run.status).toBe(0);
    const text = readFileSync(join(dir, "idea.md"), "utf8");
    expect(text).toContain("# PawCall cuts missed vet appointments");
    expect(text).toContain("created: 2027-03-01");
    expect(run.stderr).toMatch(/idea\.md: .*open questions?\./);
    expect(run.stderr).toContain("Next: prfaq check idea.md");
    expect(parseDocument(text).parts.some((p) => p.kind === "kill-criteria")).toBe(true);
  });

  it("never overwrites an existing file unless told to", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "idea.md"), "mine\n");
    const run = prfaq(["new", "--template", "idea.md"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("prfaq: idea.md already exists; choose another file name, or pass --force to replace it\n");
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toBe("mine\n");
    expect(prfaq(["new", "--template", "--force", "idea.md"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toContain("TODO");
  });

  it("prints a blank template, and a blank brief, to standard output", () => {
    const template = prfaq(["new", "--template"]);
    expect(template.status).toBe(0);
    expect(template.stdout).toMatch(/^---\nstatus: draft\nstage: draft\nformat: prfaq\ncreated: 2027-03-01\n---\n/);
    expect(template.stdout).toContain("## Internal FAQ");
    const brief = prfaq(["new", "--template", "--format", "brief"]);
    expect(brief.stdout).toContain("format: brief");
    expect(brief.stdout).toContain("## Customer");
    expect(brief.stdout).not.toContain("## Spokesperson quote");
  });

  it("keeps the critic's pushback on answers from a file as open questions", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "answers.yml"), "customer:\n  name: enterprise customers\nproblem: Teams are frustrated.\nkill_criteria: If it doesn't work out.\n");
    const run = prfaq(["new", "--from", "answers.yml"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("enterprise customers");
    expect(run.stdout).toContain("- [ ] Name one representative customer: who, what role, where? (customer: the critic asked; the answer was kept)");
    expect(run.stderr).toContain("customer.name:");
    expect(run.stderr).toContain("kill_criteria:");
  });

  it("reports a typo in answers.yml on one line, with no stack trace", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "answers.yml"), "probem: x\n");
    const run = prfaq(["new", "--from", "answers.yml"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^prfaq: answers\.yml: probem: unknown key \(expected one of: .*\)\n$/);
    writeFileSync(join(dir, "bad.yml"), "customer: [unclosed\n");
    const bad = prfaq(["new", "--from", "bad.yml"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("says it needs a terminal instead of hanging when there is none", () => {
    const started = Date.now();
    const run = prfaq(["new", "idea.md"], { cwd: tempDir() });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^prfaq: prfaq new is an interview and needs a terminal.*--from answers\.yml.*--template/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

describe("prfaq decide", () => {
  it("records a kill in the file; check and outline read it back; only the decision's places change", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "idea.md"), strong);
    const reason = "Only 22% of swaps went through it after 12 weeks, below the 40% we set.";
    const run = prfaq(["decide", "idea.md", "--kill", "--reason", reason, "--date", "2027-12-10"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^idea\.md: recorded kill on 2027-12-10; kill criteria missed; version sha256:[0-9a-f]{12}\n$/);
    const written = readFileSync(join(dir, "idea.md"), "utf8");
    const version = (parseYaml(written.split("---\n")[1]) as { decision: { version: string } }).decision.version;
    // Byte for byte what the core computes: the front matter key and the section, nothing else.
    const expected = recordDecision(strong, { outcome: "kill", reason, date: "2027-12-10", version });
    expect(expected.ok && expected.text).toBe(written);
    const check = JSON.parse(prfaq(["check", "--format", "json", "idea.md"], { cwd: dir }).stdout);
    expect(check.files[0].verdict).toMatchObject({ readiness: "decided", decision: "kill", label: "decided: kill" });
  });

  it("names the commit when the file is committed and unchanged", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "idea.md"), strong);
    git(dir, "init", "-q");
    git(dir, "add", "idea.md");
    git(dir, "commit", "-qm", "v1");
    const hash = git(dir, "log", "-1", "--format=%h").trim();
    const run = prfaq(["decide", "idea.md", "--proceed", "--reason", "The pilot cleared both bars.", "--criteria", "met"], { cwd: dir });
    expect(run.stdout).toContain(`version git:${hash}`);
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toContain("Kill criteria: met, the results cleared the bar they set.");
  });

  it("refuses proceed or kill without kill criteria, leaving the file untouched, unless --force", () => {
    const dir = tempDir();
    const original = strong.slice(0, strong.indexOf("## Kill criteria"));
    writeFileSync(join(dir, "idea.md"), original);
    const refused = prfaq(["decide", "idea.md", "--proceed", "--reason", "Looks good."], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^prfaq: idea\.md: the document has no kill criteria.*--force\n$/);
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toBe(original);
    const forced = prfaq(["decide", "idea.md", "--proceed", "--reason", "Looks good.", "--force"], { cwd: dir });
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("no kill criteria: recorded with --force");
    // Revise needs neither kill criteria nor --force, so the note says only what the document lacks.
    writeFileSync(join(dir, "idea.md"), original);
    const revised = prfaq(["decide", "idea.md", "--revise", "--reason", "Write the kill criteria first."], { cwd: dir });
    expect(revised.status).toBe(0);
    expect(revised.stdout).toContain("(the document has no kill criteria yet)");
    expect(revised.stdout).not.toContain("--force");
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toMatch(/^stage: decided$/m);
  });

  it("asks why before proceeding over errors the critic still finds, and records the reason", () => {
    const dir = tempDir();
    // Without its customer FAQ the document has an error the critic won't let pass.
    const flawed = strong.replace(/## Customer FAQ[\s\S]*?(?=\n## )/, "");
    writeFileSync(join(dir, "idea.md"), flawed);
    expect(JSON.parse(prfaq(["check", "--format", "json", "idea.md"], { cwd: dir }).stdout).files[0].verdict.errors).toBeGreaterThan(0);
    const refused = prfaq(["decide", "idea.md", "--proceed", "--reason", "The pilot cleared both bars."], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^prfaq: idea\.md: the critic still finds \d+ errors? in the document; to proceed anyway, say why with --overrule/);
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toBe(flawed);
    const overruled = prfaq(["decide", "idea.md", "--proceed", "--reason", "The pilot cleared both bars.", "--overrule", "The FAQ is being written with support this week."], { cwd: dir });
    expect(overruled.status).toBe(0);
    const written = readFileSync(join(dir, "idea.md"), "utf8");
    const decision = (parseYaml(written.split("---\n")[1]) as { decision: Record<string, string> }).decision;
    expect(decision).toMatchObject({ outcome: "proceed", overrule_reason: "The FAQ is being written with support this week." });
    expect(decision.overruled).toMatch(/^\d+ errors? the critic still finds$/);
    expect(written).toMatch(/Proceeded over \d+ errors? the critic still finds, because: The FAQ is being written with support this week\./);
    // Kill and revise over errors are the critic's advice taken, and need no more.
    writeFileSync(join(dir, "other.md"), flawed);
    expect(prfaq(["decide", "other.md", "--revise", "--reason", "Write the FAQ."], { cwd: dir }).status).toBe(0);
  });

  it("asks for exactly one decision and a reason", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "idea.md"), strong);
    expect(prfaq(["decide", "idea.md", "--reason", "x"], { cwd: dir }).stderr).toContain("exactly one of --proceed, --revise or --kill");
    expect(prfaq(["decide", "idea.md", "--kill", "--proceed", "--reason", "x"], { cwd: dir }).status).toBe(2);
    expect(prfaq(["decide", "idea.md", "--kill"], { cwd: dir }).status).toBe(2);
    expect(prfaq(["decide", "missing.md", "--kill", "--reason", "x"], { cwd: dir }).stderr).toBe("prfaq: missing.md: no such file or directory\n");
    expect(readFileSync(join(dir, "idea.md"), "utf8")).toBe(strong);
  });
});

describe("prfaq history and prfaq diff", () => {
  function repo(): string {
    const dir = tempDir();
    git(dir, "init", "-q");
    writeFileSync(join(dir, "idea.md"), strong);
    git(dir, "add", "idea.md");
    git(dir, "commit", "-qm", "First draft");
    writeFileSync(join(dir, "idea.md"), strong.replace("fewer than 40% of swap requests", "fewer than 20% of swap requests").replace("for the 212 nurses on its four surgical wards", "for healthcare organizations everywhere"));
    git(dir, "commit", "-qam", "After the pilot");
    return dir;
  }

  it("history lists the versions from git with what changed and the rationalisation", () => {
    const dir = repo();
    const run = prfaq(["history", "idea.md"], { cwd: dir });
    expect(run.status).toBe(0);
    const first = run.stdout.indexOf("First draft");
    const second = run.stdout.indexOf("After the pilot");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(run.stdout).toContain('Kill criteria loosened: "fewer than 40%" became "fewer than 20%"');
    expect(run.stdout).toContain("The customer broadened");
    const json = JSON.parse(prfaq(["history", "idea.md", "--format", "json"], { cwd: dir }).stdout);
    expect(json.versions).toHaveLength(2);
    expect(json.versions[1].diff.flags.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(["kill-criteria-loosened", "customer-broadened"]));
  });

  it("history shows uncommitted changes as the working copy", () => {
    const dir = repo();
    writeFileSync(join(dir, "idea.md"), readFileSync(join(dir, "idea.md"), "utf8").replace("A: £61,000 to build", "A: TBD. £61,000 to build"));
    const run = prfaq(["history", "idea.md", "--format", "markdown"], { cwd: dir });
    expect(run.stdout).toMatch(/## working copy: uncommitted changes/);
  });

  it("diff compares two git revisions, a revision with a file, and two files", () => {
    const dir = repo();
    const revisions = prfaq(["diff", "HEAD~1:idea.md", "HEAD:idea.md"], { cwd: dir });
    expect(revisions.status).toBe(0);
    expect(revisions.stdout).toMatch(/^HEAD~1:idea\.md → HEAD:idea\.md\n/);
    expect(revisions.stdout).toContain("Kill criteria loosened");
    const strict = prfaq(["diff", "--strict", "HEAD~1:idea.md", "idea.md"], { cwd: dir });
    expect(strict.status).toBe(1);
    copyFileSync(join(EXAMPLES, "strong-shift-swap.md"), join(dir, "a.md"));
    copyFileSync(join(EXAMPLES, "strong-shift-swap.md"), join(dir, "b.md"));
    const same = prfaq(["diff", "--strict", "a.md", "b.md"], { cwd: dir });
    expect(same.status).toBe(0);
    expect(same.stdout).toContain("nothing of substance changed");
    const md = prfaq(["diff", "HEAD~1:idea.md", "idea.md", "--format", "markdown"], { cwd: dir });
    expect(md.stdout).toMatch(/^## What changed: HEAD~1:idea\.md → idea\.md/);
  });

  it("diff with one file compares its last commit with the working copy", () => {
    const dir = repo();
    const run = prfaq(["diff", "idea.md", "--format", "json"], { cwd: dir });
    expect(JSON.parse(run.stdout).same).toBe(true);
  });

  it("explains, on one line, when there is no git or no such revision", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "idea.md"), strong);
    const history = prfaq(["history", "idea.md"], { cwd: dir });
    expect(history.status).toBe(2);
    expect(history.stderr).toMatch(/^prfaq: idea\.md: not in a git repository; .*prfaq diff OLD NEW\)\n$/);
    const rev = prfaq(["diff", "HEAD~3:idea.md", "idea.md"], { cwd: repo() });
    expect(rev.status).toBe(2);
    expect(rev.stderr).toMatch(/^prfaq: .*HEAD~3.*\n$/);
  });
});

describe("prfaq portfolio", () => {
  function folder(): string {
    const dir = tempDir();
    writeFileSync(join(dir, "shift-swap.md"), strong);
    writeFileSync(join(dir, "nimbus.md"), readFileSync(join(EXAMPLES, "weak-ai-assistant.md"), "utf8"));
    const killed = recordDecision(strong.replace("title: ShiftSwap", "title: ShiftSwap North"), { outcome: "kill", reason: "Adoption was 22%.", date: "2027-12-10" });
    if (!killed.ok) throw new Error(killed.message);
    writeFileSync(join(dir, "north.md"), killed.text);
    writeFileSync(join(dir, "README.md"), "# Not a PR/FAQ\n");
    return dir;
  }

  it("shows every document with stage, decision, readiness per category and open hard questions, with the kill rate", () => {
    const dir = folder();
    const json = JSON.parse(prfaq(["portfolio", ".", "--format", "json"], { cwd: dir }).stdout);
    expect(json.rows.map((r: { path: string }) => r.path)).toEqual(["nimbus.md", "north.md", "shift-swap.md"]);
    expect(json).toMatchObject({ documents: 3, decided: 1, killed: 1, killRate: 1 });
    const north = json.rows.find((r: { path: string }) => r.path === "north.md");
    expect(north).toMatchObject({ title: "ShiftSwap North", decision: "kill", readiness: "decided: kill" });
    expect(Object.keys(north.categories)).toHaveLength(11);
    const stylish = prfaq(["portfolio", dir]);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout).toContain("Kill rate: 100% (1 of 1 decided)");
    expect(stylish.stdout).toMatch(/Nimbus|Introducing/);
    const md = prfaq(["portfolio", dir, "--format", "markdown"]);
    expect(md.stdout).toMatch(/^# Portfolio\n\n\| Document \| Stage \| Decision \| Readiness \|/);
  });

  it("refuses a path that is not a folder", () => {
    const run = prfaq(["portfolio", join(EXAMPLES, "weak-ai-assistant.md")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a folder/);
  });
});
