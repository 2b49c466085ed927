/**
 * What the Working Backwards flow costs: the critic's pushback on one
 * interview answer (the latency a person waits for at the prompt), the
 * discovery diff and the portfolio in process, and the CLI commands end to
 * end as subprocesses. Prints medians; run with `npm run bench:flow`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { answersFromData, buildPortfolio, checkAnswer, createCritic, diffDocuments, emptyAnswers, interviewScript, recordDecision, rules } from "../../src/core";

const root = join(import.meta.dirname, "..", "..");
const strong = readFileSync(join(root, "examples", "strong-shift-swap.md"), "utf8");

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const rows: [string, number, number][] = [];
const report = (name: string, runs: number, ms: number) => rows.push([name, runs, ms]);

const critic = createCritic({ rules });
const steps = interviewScript("prfaq", critic.lexicons.hardQuestions);
const { answers } = answersFromData(parseYaml(readFileSync(join(root, "test", "flow", "fixtures", "answers-good.yml"), "utf8")), critic.lexicons.hardQuestions);
report("checkAnswer: problem, on an empty draft", 50, time(50, () => checkAnswer(critic, steps, emptyAnswers(), "problem", "Owners forget 11% of visits.")));
report("checkAnswer: kill criteria, on a full draft", 50, time(50, () => checkAnswer(critic, steps, answers, "kill_criteria", answers.values.kill_criteria)));
const before = critic.check(strong);
const after = critic.check(strong.replace("fewer than 40%", "fewer than 25%"));
report("diffDocuments: two versions of the strong example", 50, time(50, () => diffDocuments(before, after, critic.lexicons)));
const decided = recordDecision(strong, { outcome: "kill", reason: "Adoption was 22%.", date: "2027-12-10" });
if (!decided.ok) throw new Error(decided.message);
report("recordDecision: strong example", 200, time(200, () => recordDecision(strong, { outcome: "kill", reason: "Adoption was 22%.", date: "2027-12-10" })));
const hundred = Array.from({ length: 100 }, (_, i) => ({ path: `idea-${i}.md`, critique: critic.check(i % 3 ? strong : decided.text) }));
report("buildPortfolio: 100 critiqued documents", 20, time(20, () => buildPortfolio(hundred, critic.lexicons)));

if (!existsSync(join(root, "dist", "cli", "main.js"))) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
// A snapshot of the build, inside the tree so its external packages resolve: a rebuild midway can't pull chunks from under it.
const snapshot = join(root, "node_modules", ".cache", "prfaq-bench-flow");
rmSync(snapshot, { recursive: true, force: true });
cpSync(join(root, "dist", "cli"), snapshot, { recursive: true });
const bin = join(snapshot, "main.js");
const dir = mkdtempSync(join(tmpdir(), "prfaq-bench-flow-"));
copyFileSync(join(root, "examples", "strong-shift-swap.md"), join(dir, "idea.md"));
writeFileSync(join(dir, "answers.yml"), readFileSync(join(root, "test", "flow", "fixtures", "answers-good.yml")));
const cli = (args: string[]) => () => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (r.status !== 0) throw new Error(`prfaq ${args.join(" ")}: ${r.stderr}`);
};
report("prfaq new --from answers.yml (subprocess)", 7, time(7, cli(["new", "--from", "answers.yml"])));
report("prfaq decide --revise --dry-run (subprocess)", 7, time(7, cli(["decide", "idea.md", "--revise", "--reason", "x", "--dry-run"])));
report("prfaq export --to html (subprocess)", 7, time(7, cli(["export", "idea.md", "--to", "html"])));
report("prfaq export --to docx (subprocess)", 7, time(7, cli(["export", "idea.md", "--to", "docx"])));
if (existsSync("/usr/bin/chromium")) report("prfaq export --to pdf (subprocess, Chromium)", 5, time(5, cli(["export", "idea.md", "--to", "pdf"])));
cli(["export", "idea.md", "--to", "docx", "-o", "idea.docx"])();
report("prfaq import idea.docx (subprocess)", 7, time(7, cli(["import", "idea.docx"])));

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
for (const [name, runs, ms] of rows) console.log(`${name.padEnd(52)} median ${ms.toFixed(ms < 10 ? 2 : 0).padStart(7)} ms  (${runs} runs)`);
