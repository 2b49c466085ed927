import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { parseDocument as parseYaml } from "yaml";
import { ConfigError, emptyConfig, parseConfig, rules, type PrfaqConfig } from "../core";
import { CONFIG_NAMES, findConfigFile } from "../cli/io/config";
import { matchesGlob } from "./glob";

/** The file names the server treats as PR/FAQs without being told. */
export const DEFAULT_DOCUMENT_GLOBS = ["*.prfaq.md", "PRFAQ.md", "PR-FAQ.md", "pr-faq.md", "prfaq.md"];

export interface ConfigProblem {
  message: string;
  /** 1-based line in the configuration file, when the problem has one. */
  line: number | null;
}

export interface ConfigLookup {
  /** The `.prfaq.yml` that applies, or null when there is none. */
  path: string | null;
  /** What the critic uses: the file's settings, or the defaults when it is missing or broken. */
  config: PrfaqConfig;
  problem: ConfigProblem | null;
  /** Changes whenever the file's path or text changes, so critics are rebuilt only when needed. */
  key: string;
}

const knownRules = new Set(rules.map((r) => r.meta.id));

const NO_CONFIG: ConfigLookup = { path: null, config: emptyConfig, problem: null, key: "" };

function readConfig(path: string): ConfigLookup {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    return { path, config: emptyConfig, problem: { message: `cannot be read (${reason})`, line: null }, key: `${path}\0unreadable` };
  }
  const key = `${path}\0${text}`;
  try {
    return { path, config: parseConfig(text, knownRules), problem: null, key };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const line = (err instanceof ConfigError ? err.line : null) ?? locateProblem(text, message);
    return { path, config: emptyConfig, problem: { message, line }, key };
  }
}

/**
 * Finds the line a configuration problem is on when the error did not say:
 * the YAML parser's own position for a syntax error, else the first line
 * that sets the quoted key (`unknown rule "puffry"` is on the `puffry:` line).
 */
export function locateProblem(text: string, message: string): number | null {
  const syntax = parseYaml(text).errors[0]?.linePos?.[0]?.line;
  if (syntax) return syntax;
  const quoted = /"([^"]+)"/.exec(message)?.[1];
  if (!quoted) return null;
  const key = quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const index = text.split(/\r?\n|\r/).findIndex((l) => new RegExp(`^\\s*(?:-\\s*)?["']?${key}["']?\\s*:`).test(l));
  return index >= 0 ? index + 1 : null;
}

/**
 * Finds the `.prfaq.yml` nearest to each document, as `prfaq check` does, and
 * remembers it per folder until `forget()` is called, which the server does
 * whenever a configuration file changes or a document is opened.
 */
export class ConfigStore {
  private readonly byFolder = new Map<string, ConfigLookup>();
  private readonly byFile = new Map<string, ConfigLookup>();

  forDocument(documentPath: string): ConfigLookup {
    const folder = dirname(resolve(documentPath));
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const path = findConfigFile(folder);
    let lookup = NO_CONFIG;
    if (path) {
      lookup = this.byFile.get(path) ?? readConfig(path);
      this.byFile.set(path, lookup);
    }
    this.byFolder.set(folder, lookup);
    return lookup;
  }

  forget(): void {
    this.byFolder.clear();
    this.byFile.clear();
  }
}

export function isConfigFileName(path: string): boolean {
  const name = path.replace(/\\/g, "/").split("/").pop() ?? "";
  return CONFIG_NAMES.includes(name);
}

/**
 * Whether the critic should read a document: its name matches a default
 * PR/FAQ name, or a `files` glob of the `.prfaq.yml` that applies to it.
 * `files` globs are read from the folder that holds that `.prfaq.yml`.
 */
export function isPrfaqDocument(documentPath: string, lookup: Pick<ConfigLookup, "path" | "config">): boolean {
  const name = documentPath.replace(/\\/g, "/").split("/").pop() ?? "";
  if (DEFAULT_DOCUMENT_GLOBS.some((glob) => matchesGlob(glob, name))) return true;
  const globs = lookup.config.files;
  if (!lookup.path || !globs?.length) return false;
  const fromConfig = relative(dirname(lookup.path), resolve(documentPath));
  return globs.some((glob) => matchesGlob(glob, fromConfig));
}
