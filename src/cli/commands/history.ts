/**
 * `prfaq history FILE`: the versions of a PR/FAQ in git, oldest first, each
 * with what the team learned since the one before and any sign of
 * rationalisation. Also the git plumbing `prfaq diff` uses.
 */
import { execFile } from "node:child_process";
import { basename, dirname, relative, resolve } from "node:path";
import { promisify } from "node:util";
import pc from "picocolors";
import { createCritic, describeDiff, diffDocuments, diffToMarkdown, rules, type Critic, type Critique, type DiscoveryDiff } from "../../core";
import { UserError } from "../errors";
import { ConfigResolver } from "../io/config";
import { decodeDocument, readDocument } from "../io/read-document";
import { plural } from "../format/plural";

const run = promisify(execFile);

export interface GitVersion {
  hash: string;
  short: string;
  date: string;
  author: string;
  subject: string;
  /** The file's path at that commit, relative to the repository root. */
  path: string;
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" });
    return stdout.toString("utf8");
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === "ENOENT") throw new UserError("git is not installed or not on the PATH; history and revision diffs read versions from git");
    const message = (e.stderr?.toString("utf8") ?? e.message).trim().split("\n")[0];
    throw new UserError(`git ${args[0]}: ${message}`);
  }
}

export async function repositoryRoot(dir: string): Promise<string | null> {
  try {
    return (await git(["rev-parse", "--show-toplevel"], dir)).trim() || null;
  } catch {
    return null;
  }
}

/** Every committed version of a file, following renames, newest first. */
export async function gitVersions(file: string): Promise<{ root: string; versions: GitVersion[] }> {
  const dir = dirname(resolve(file));
  const root = await repositoryRoot(dir);
  if (!root) throw new UserError(`${file}: not in a git repository; history reads a document's versions from git (to compare two files, use prfaq diff OLD NEW)`);
  const out = await git(["log", "--follow", "--name-only", "--date=short", "--format=%x1e%H%x1f%h%x1f%ad%x1f%an%x1f%s", "--", basename(file)], dir);
  const versions: GitVersion[] = [];
  for (const record of out.split("\x1e").slice(1)) {
    const [head, ...names] = record.split("\n");
    const [hash, short, date, author, subject] = head.split("\x1f");
    const path = names.map((n) => n.trim()).find(Boolean) ?? relative(root, resolve(file));
    versions.push({ hash, short, date, author, subject, path });
  }
  return { root, versions };
}

/** The text of `path` (relative to the root) at a commit. */
export async function gitShow(root: string, rev: string, path: string): Promise<string> {
  const { stdout } = await run("git", ["show", `${rev}:${path}`], { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: "buffer" }).catch(() => {
    throw new UserError(`${rev}:${path}: no such file at that revision`);
  });
  return decodeDocument(stdout, `${rev}:${path}`);
}

export function criticFor(path: string, configPath: string | null): Critic {
  const { config } = new ConfigResolver(configPath ? resolve(configPath) : null).forDocument(resolve(path));
  return createCritic({ rules, config });
}

export type DiffFormat = "stylish" | "json" | "markdown";

const MARK_COLOR = { "+": pc.green, "-": pc.red, "~": pc.yellow, "!": (s: string) => pc.bold(pc.red(s)), "=": pc.dim };

export function formatDiffStylish(diff: DiscoveryDiff, color: boolean, indent = ""): string {
  const paint = (f: (s: string) => string, s: string) => (color ? f(s) : s);
  if (diff.same) return `${indent}${paint(pc.dim, "nothing of substance changed")}\n`;
  const out: string[] = [];
  for (const section of describeDiff(diff)) {
    out.push(`${indent}${paint(pc.bold, section.title)}`);
    for (const line of section.lines) out.push(`${indent}  ${paint(MARK_COLOR[line.mark], line.mark === "!" ? "⚠" : line.mark)} ${line.text}`);
  }
  return `${out.join("\n")}\n`;
}

export interface HistoryOptions {
  format: DiffFormat;
  color: boolean;
  config: string | null;
}

interface HistoryEntry {
  version: GitVersion | { hash: null; short: "working copy"; date: string; author: string; subject: string; path: string };
  readiness: string;
  errors: number;
  warnings: number;
  decision: string | null;
  diff: DiscoveryDiff | null;
}

export async function runHistory(file: string, options: HistoryOptions): Promise<string> {
  const { root, versions } = await gitVersions(file);
  const critic = criticFor(file, options.config);
  const entries: HistoryEntry[] = [];
  let previous: Critique | null = null;
  const add = (version: HistoryEntry["version"], text: string) => {
    const critique = critic.check(text);
    entries.push({
      version,
      readiness: critique.verdict.label,
      errors: critique.verdict.errors,
      warnings: critique.verdict.warnings,
      decision: critique.document.decision?.outcome ?? null,
      diff: previous ? diffDocuments(previous, critique, critic.lexicons) : null,
    });
    previous = critique;
  };
  const oldestFirst = [...versions].reverse();
  const texts: string[] = [];
  for (const v of oldestFirst) {
    const text = await gitShow(root, v.hash, v.path);
    texts.push(text);
    add(v, text);
  }
  const working = await readDocument(file).catch(() => null);
  if (working !== null && working !== texts[texts.length - 1]) {
    add({ hash: null, short: "working copy", date: "", author: "", subject: "uncommitted changes", path: relative(root, resolve(file)) }, working);
  }
  if (!entries.length) throw new UserError(`${file}: has no committed versions yet; commit it, then run history again`);

  if (options.format === "json") return `${JSON.stringify({ path: file, versions: entries }, null, 2)}\n`;
  if (options.format === "markdown") {
    const parts = [`# History of ${file}`, ""];
    entries.forEach((e, i) => {
      parts.push(`## ${e.version.short}${e.version.date ? ` (${e.version.date})` : ""}: ${e.version.subject}`, "", `${e.readiness}; ${plural(e.errors, "error")}, ${plural(e.warnings, "warning")}${e.decision ? `; decision: ${e.decision}` : ""}.`, "");
      if (e.diff) parts.push(diffToMarkdown(e.diff, entries[i - 1].version.short, e.version.short).replace(/^## .*\n\n/, ""));
    });
    return `${parts.join("\n").trimEnd()}\n`;
  }
  const paint = (f: (s: string) => string, s: string) => (options.color ? f(s) : s);
  const out: string[] = [];
  for (const e of entries) {
    const who = e.version.author ? ` ${e.version.author}` : "";
    const decision = e.decision ? paint(pc.magenta, ` [${e.decision}]`) : "";
    out.push(`${paint(pc.yellow, e.version.short)}${e.version.date ? ` ${e.version.date}` : ""}${who}: ${e.version.subject}`);
    out.push(`  ${e.readiness}; ${plural(e.errors, "error")}, ${plural(e.warnings, "warning")}${decision}`);
    if (e.diff) out.push(formatDiffStylish(e.diff, options.color, "    ").trimEnd());
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
