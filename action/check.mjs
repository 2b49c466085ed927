#!/usr/bin/env node
// The GitHub Action's entry point (action.yml). Finds the PR/FAQs a pull
// request or push changed, checks them with annotations on their lines,
// writes a SARIF report for code scanning and a job summary. Plain JavaScript
// with no dependencies, so it runs on any runner with Node 20.
//
// Read from the environment (action.yml sets them from its inputs):
//   PRFAQ_FILES         files, folders or globs to check instead of the changed PR/FAQs
//   PRFAQ_BASE_SHA      the commit to compare with (the pull request's base, or the push's before)
//   PRFAQ_SARIF         where to write the SARIF report ("" for none)
//   PRFAQ_MAX_WARNINGS  fail when there are more warnings than this ("" for no limit)
//   PRFAQ_COMMAND       the prfaq to run (a .js file runs under this Node)
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const DOCUMENT = /\.(md|markdown|mdown|txt|docx)$/i;
const NO_COMMIT = /^0+$/;
const env = process.env;

function say(line) {
  process.stdout.write(`${line}\n`);
}

function git(args) {
  const result = spawnSync("git", args, { encoding: "utf8", maxBuffer: 64 << 20 });
  return { ok: result.status === 0, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

/** The prfaq command line: the one asked for, the repository's own, or the one in this action. */
function prfaqCommand() {
  const asked = env.PRFAQ_COMMAND?.trim();
  const local = join(process.cwd(), "node_modules", ".bin", "prfaq");
  const bundled = join(import.meta.dirname, "..", "bin", "prfaq.js");
  const chosen = asked || (existsSync(local) ? local : bundled);
  return chosen.endsWith(".js") || chosen.endsWith(".mjs") ? [process.execPath, chosen] : [chosen];
}

function splitList(value) {
  return (value ?? "").split(/\s+/).filter(Boolean);
}

/**
 * The documents to check and whether prfaq should skip those that are not
 * PR/FAQs: what the workflow named, else what changed since the base commit,
 * else every document in the repository.
 */
function documentsToCheck() {
  const named = splitList(env.PRFAQ_FILES);
  if (named.length) return { paths: named, onlyPrfaqs: false, scope: "the files named in the workflow" };
  const base = env.PRFAQ_BASE_SHA?.trim();
  if (base && !NO_COMMIT.test(base)) {
    if (!git(["cat-file", "-e", `${base}^{commit}`]).ok) {
      // actions/checkout fetches one commit by default; the base is one more.
      const fetched = git(["fetch", "--no-tags", "--depth=1", "origin", base]);
      if (!fetched.ok) throw new Error(`cannot fetch the base commit ${base}: ${fetched.stderr.trim()}. Use actions/checkout with fetch-depth: 0.`);
    }
    const diff = git(["diff", "--name-only", "--diff-filter=ACMR", "-z", base, "HEAD"]);
    if (!diff.ok) throw new Error(`git diff against ${base} failed: ${diff.stderr.trim()}`);
    return { paths: diff.stdout.split("\0").filter((path) => DOCUMENT.test(path)), onlyPrfaqs: true, scope: `the documents changed since ${base.slice(0, 7)}` };
  }
  const tracked = git(["ls-files", "-z"]);
  if (!tracked.ok) throw new Error(`git ls-files failed: ${tracked.stderr.trim()}`);
  return { paths: tracked.stdout.split("\0").filter((path) => DOCUMENT.test(path)), onlyPrfaqs: true, scope: "every document in the repository" };
}

function runPrfaq(command, format, paths, onlyPrfaqs) {
  const args = [...command.slice(1), "check", "--format", format, "--no-color"];
  if (onlyPrfaqs) args.push("--only-prfaqs");
  const maxWarnings = env.PRFAQ_MAX_WARNINGS?.trim();
  if (maxWarnings) args.push("--max-warnings", maxWarnings);
  const result = spawnSync(command[0], [...args, "--", ...paths], { encoding: "utf8", maxBuffer: 256 << 20 });
  if (result.error) throw new Error(`cannot run ${command.join(" ")}: ${result.error.message}`);
  return { code: result.status ?? 2, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function writeOutputs(values) {
  if (!env.GITHUB_OUTPUT) return;
  appendFileSync(env.GITHUB_OUTPUT, Object.entries(values).map(([key, value]) => `${key}=${value}\n`).join(""));
}

function writeSummary(report, scope) {
  if (!env.GITHUB_STEP_SUMMARY) return;
  const rows = report.files.map((file) => {
    const count = (severity) => file.findings.filter((finding) => finding.severity === severity).length;
    return `| \`${file.path}\` | ${file.error ? `cannot be read: ${file.error}` : file.verdict.label} | ${count("error")} | ${count("warning")} | ${count("info")} |`;
  });
  const table = rows.length
    ? ["| PR/FAQ | verdict | errors | warnings | advice |", "|---|---|---:|---:|---:|", ...rows].join("\n")
    : `No PR/FAQ among ${scope}.`;
  appendFileSync(env.GITHUB_STEP_SUMMARY, `### prfaq\n\n${table}\n`);
}

function main() {
  const { paths, onlyPrfaqs, scope } = documentsToCheck();
  const command = prfaqCommand();
  const json = paths.length ? runPrfaq(command, "json", paths, onlyPrfaqs) : { code: 0, stdout: '{"files":[],"summary":{"files":0,"errors":0,"warnings":0,"infos":0}}', stderr: "" };
  if (json.code === 2 && !json.stdout.trim()) {
    process.stderr.write(json.stderr);
    return 2;
  }
  const report = JSON.parse(json.stdout);
  writeSummary(report, scope);
  writeOutputs({ files: report.summary.files, errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos });
  if (!report.files.length) {
    say(`prfaq: no PR/FAQ among ${scope} (${paths.length} documents); nothing to check.`);
    return 0;
  }
  say(`prfaq: checking ${report.files.length} PR/FAQ(s) among ${scope}: ${report.files.map((file) => file.path).join(", ")}`);
  const annotations = runPrfaq(command, "github", paths, onlyPrfaqs);
  process.stdout.write(annotations.stdout);
  process.stderr.write(annotations.stderr);
  const sarifPath = env.PRFAQ_SARIF?.trim();
  if (sarifPath) {
    const sarif = runPrfaq(command, "sarif", paths, onlyPrfaqs);
    writeFileSync(sarifPath, sarif.stdout);
    say(`prfaq: SARIF report written to ${sarifPath}`);
  }
  const { errors, warnings, infos } = report.summary;
  say(`prfaq: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}, ${infos} advice`);
  return annotations.code;
}

try {
  process.exitCode = main();
} catch (err) {
  process.stderr.write(`prfaq action: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
