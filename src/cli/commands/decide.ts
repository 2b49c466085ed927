/**
 * `prfaq decide FILE --proceed|--revise|--kill --reason "…"`: records the
 * review's decision in the document, tied to its kill criteria and to the
 * version decided on. Only the front matter's `decision:` and the Decision
 * section change; the rest of the file stays byte for byte as it was.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, rename, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { createCritic, recordDecision, rules, type CriteriaResult, type DecisionOutcome } from "../../core";
import { UserError } from "../errors";
import { ConfigResolver } from "../io/config";
import { decodeDocument } from "../io/read-document";

const run = promisify(execFile);

export interface DecideOptions {
  outcome: DecisionOutcome;
  reason: string;
  criteria: CriteriaResult | null;
  date: string;
  force: boolean;
  /** Print the new text instead of writing the file. */
  dryRun: boolean;
  /** Why proceed although the critic still finds errors. */
  overrule: string | null;
  config: string | null;
}

/** Errors the critic finds in the document, judged with the configuration that applies to it. */
function openErrors(path: string, text: string, configPath: string | null): number {
  const { config } = new ConfigResolver(configPath ? resolve(configPath) : null).forDocument(resolve(path));
  return createCritic({ rules, config }).check(text).verdict.errors;
}

/**
 * The commit the file's text was last committed in, when the working copy
 * is exactly that; otherwise a digest of the text, so the record still names
 * the exact words that were decided on.
 */
async function versionOf(path: string, bytes: Buffer): Promise<string> {
  const digest = `sha256:${createHash("sha256").update(bytes).digest("hex").slice(0, 12)}`;
  try {
    const cwd = dirname(path);
    const name = basename(path);
    const { stdout: status } = await run("git", ["status", "--porcelain", "--", name], { cwd });
    if (status.trim()) return digest;
    const { stdout } = await run("git", ["log", "-1", "--format=%h", "--", name], { cwd });
    return stdout.trim() ? `git:${stdout.trim()}` : digest;
  } catch {
    return digest;
  }
}

export async function runDecide(path: string, options: DecideOptions): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? `${path}: no such file or directory` : `${path}: cannot be read (${code})`);
  }
  if (/\.docx$/i.test(path)) throw new UserError(`${path}: decisions are written into Markdown documents; run \`prfaq import ${path}\` first and decide on the Markdown`);
  const text = decodeDocument(bytes, path);
  const version = await versionOf(path, bytes);
  const result = recordDecision(text, {
    outcome: options.outcome,
    reason: options.reason,
    date: options.date,
    criteria: options.criteria ?? undefined,
    version,
    force: options.force,
    openErrors: options.outcome === "proceed" ? openErrors(path, text, options.config) : 0,
    overruleReason: options.overrule ?? undefined,
  });
  if (!result.ok) throw new UserError(`${path}: ${result.message}`);
  if (options.dryRun) return result.text;
  // Write beside the file, then rename over it: a crash midway can't leave half a document.
  const temp = join(dirname(path), `.${basename(path)}.prfaq-${process.pid}.tmp`);
  try {
    await writeFile(temp, result.text, { mode: (await stat(path)).mode });
    await rename(temp, path);
  } catch (err) {
    throw new UserError(`${path}: cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const criteria = { met: "met", missed: "missed", "not-tested": "not tested yet" }[result.criteria];
  // Revise needs no kill criteria and no --force; the note still says what the document lacks.
  const warning = result.hasKillCriteria ? "" : options.force && options.outcome !== "revise" ? " (no kill criteria: recorded with --force)" : " (the document has no kill criteria yet)";
  return `${path}: recorded ${options.outcome} on ${options.date}; kill criteria ${criteria}; version ${version}${warning}\n`;
}
