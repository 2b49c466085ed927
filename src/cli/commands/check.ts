import { watch } from "node:fs";
import { resolve } from "node:path";
import { buildJsonReport, createCritic, rules, type Critic, type FileReport, type PrfaqConfig } from "../../core";
import { UserError } from "../errors";
import { formatStylish, onlyErrors } from "../format/stylish";
import { ConfigResolver } from "../io/config";
import { displayPath, expandPaths } from "../io/expand-paths";
import { readDocument, readStdin } from "../io/read-document";
import { VERSION } from "../version";
import { isPrfaqDocument } from "../../lsp/workspace-config";

export type OutputFormat = "stylish" | "json" | "sarif" | "github" | "gitlab";
export const FORMATS: OutputFormat[] = ["stylish", "json", "sarif", "github", "gitlab"];

export interface CheckOptions {
  format: OutputFormat;
  maxWarnings: number | null;
  quiet: boolean;
  watch: boolean;
  config: string | null;
  color: boolean;
  /** Skip files that are not PR/FAQs by name or by the `files` globs of `.prfaq.yml`, as the editors do. */
  onlyPrfaqs?: boolean;
}

export interface CheckRun {
  output: string;
  exitCode: number;
  problems: string[];
}

const critics = new WeakMap<PrfaqConfig, Critic>();
function criticFor(config: PrfaqConfig): Critic {
  let critic = critics.get(config);
  if (!critic) {
    critic = createCritic({ rules, config, cacheChunks: false });
    critics.set(config, critic);
  }
  return critic;
}

export async function runCheck(inputs: string[], options: CheckOptions): Promise<CheckRun> {
  const configs = new ConfigResolver(options.config ? resolve(options.config) : null);
  let paths = await expandPaths(inputs.length ? inputs : ["-"]);
  if (options.onlyPrfaqs) paths = paths.filter((path) => path === "-" || isPrfaqDocument(path, configs.forDocument(path)));
  const files: FileReport[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const shown = displayPath(path);
    let text: string;
    try {
      text = path === "-" ? await readStdin() : await readDocument(path);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push(err.message);
      files.push({ path: shown, findings: [], verdict: emptyVerdict(), error: err.message.replace(`${path}: `, "") });
      continue;
    }
    const { config } = configs.forDocument(path);
    const result = criticFor(config).check(text);
    files.push({ path: shown, findings: result.findings, verdict: result.verdict });
  }
  const shown = options.quiet ? onlyErrors(files) : files;
  let output: string;
  // The formats besides stylish and JSON are loaded when asked for: a one-file check starts faster without them.
  switch (options.format) {
    case "json":
      output = JSON.stringify(buildJsonReport(shown), null, 2) + "\n";
      break;
    case "sarif":
      output = (await import("../format/sarif")).formatSarif(shown, rules, VERSION);
      break;
    case "github":
      output = (await import("../format/github")).formatGithub(shown);
      break;
    case "gitlab":
      output = (await import("../format/gitlab")).formatGitlab(shown);
      break;
    default:
      output = formatStylish(shown, { color: options.color });
  }
  const errors = files.reduce((n, f) => n + f.findings.filter((x) => x.severity === "error").length, 0);
  const warnings = files.reduce((n, f) => n + f.findings.filter((x) => x.severity === "warning").length, 0);
  let exitCode = errors > 0 ? 1 : 0;
  if (options.maxWarnings !== null && warnings > options.maxWarnings) exitCode = 1;
  if (problems.length) exitCode = 2;
  return { output, exitCode, problems };
}

function emptyVerdict(): FileReport["verdict"] {
  return { readiness: "not-ready", label: "not read", categories: [], errors: 0, warnings: 0, infos: 0, suppressed: 0, decision: null };
}

/** Re-runs the check whenever a watched document or config changes. */
export async function watchCheck(inputs: string[], options: CheckOptions, print: (run: CheckRun) => void): Promise<never> {
  const rerun = async () => {
    try {
      const run = await runCheck(inputs, options);
      if (process.stdout.isTTY) process.stdout.write("\x1bc");
      print(run);
      process.stderr.write(`\nwatching ${inputs.join(", ")} for changes (Ctrl-C to stop)\n`);
    } catch (err) {
      process.stderr.write(`prfaq: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  };
  await rerun();
  let timer: NodeJS.Timeout | null = null;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(rerun, 120);
  };
  for (const input of inputs) {
    try {
      watch(input, { recursive: true }, schedule);
    } catch {
      throw new UserError(`${input}: cannot be watched`);
    }
  }
  return new Promise<never>(() => {});
}
