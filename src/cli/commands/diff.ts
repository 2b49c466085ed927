/**
 * `prfaq diff A B`: what changed between two versions of a PR/FAQ, by
 * meaning. A and B are files or git revisions (`HEAD~1:idea.md`); with one
 * file, its last commit is compared with the working copy.
 */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import pc from "picocolors";
import { diffDocuments, diffToMarkdown } from "../../core";
import { UserError } from "../errors";
import { readDocument } from "../io/read-document";
import { criticFor, formatDiffStylish, gitShow, gitVersions, repositoryRoot, type HistoryOptions } from "./history";

interface Side {
  label: string;
  text: string;
  path: string;
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await readFile(path, { flag: "r" }).then(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/** A path, or `REV:PATH` for a version in git (the path relative to the current folder or to the repository root). */
async function resolveSide(spec: string): Promise<Side> {
  const colon = spec.indexOf(":");
  if ((await fileExists(spec)) || colon <= 0) return { label: spec, text: await readDocument(spec), path: spec };
  const rev = spec.slice(0, colon);
  const path = spec.slice(colon + 1);
  const root = await repositoryRoot(process.cwd());
  if (!root) throw new UserError(`${spec}: names a git revision, but the current folder is not in a git repository`);
  const fromCwd = relative(root, resolve(path));
  try {
    return { label: spec, text: await gitShow(root, rev, fromCwd), path };
  } catch (err) {
    if (fromCwd === path) throw err;
    return { label: spec, text: await gitShow(root, rev, path), path };
  }
}

export interface DiffOptions extends HistoryOptions {
  /** Exit with 1 when the diff shows signs of rationalisation. */
  strict: boolean;
}

export async function runDiff(a: string, b: string | null, options: DiffOptions): Promise<{ output: string; exitCode: number }> {
  let before: Side;
  let after: Side;
  if (b === null) {
    // One file: its last committed version against the working copy.
    const { root, versions } = await gitVersions(a);
    if (!versions.length) throw new UserError(`${a}: has no committed version to compare with`);
    before = { label: `${versions[0].short}:${versions[0].path}`, text: await gitShow(root, versions[0].hash, versions[0].path), path: a };
    after = { label: a, text: await readDocument(a), path: a };
  } else {
    before = await resolveSide(a);
    after = await resolveSide(b);
  }
  const critic = criticFor(after.path, options.config);
  const diff = diffDocuments(critic.check(before.text), critic.check(after.text), critic.lexicons);
  const exitCode = options.strict && diff.flags.length ? 1 : 0;
  if (options.format === "json") return { output: `${JSON.stringify({ before: before.label, after: after.label, ...diff }, null, 2)}\n`, exitCode };
  if (options.format === "markdown") return { output: diffToMarkdown(diff, before.label, after.label), exitCode };
  const head = options.color ? pc.bold(`${before.label} → ${after.label}`) : `${before.label} → ${after.label}`;
  return { output: `${head}\n${formatDiffStylish(diff, options.color, "  ")}`, exitCode };
}
