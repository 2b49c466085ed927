import { parseDocument as parseYaml } from "yaml";
import type { HardQuestion, LexiconExtensions } from "../lexicons";
import { SEVERITIES, type Severity } from "./types";

export type RuleSetting = Severity | "off";

export interface RuleConfig {
  severity?: RuleSetting;
  options?: Record<string, unknown>;
}

/** `.prfaq.yml`, validated. */
export interface PrfaqConfig {
  rules: Record<string, RuleConfig>;
  lexicons: LexiconExtensions;
  /** Globs the language server treats as PR/FAQs, besides the default names. */
  files?: string[];
}

export const emptyConfig: PrfaqConfig = { rules: {}, lexicons: {} };

export class ConfigError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
    /** Where in the configuration the problem is (["rules", "puffery"]), when known. */
    readonly path: (string | number)[] = [],
  ) {
    super(message);
    this.name = "ConfigError";
  }
}

const SETTINGS = new Set<string>([...SEVERITIES, "off"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

function stringList(value: unknown, where: string): string[] {
  if (typeof value === "string") return [value];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    const path = where.split(/[.[\]]/).filter(Boolean).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
    throw new ConfigError(`${where} must be a list of strings`, null, path);
  }
  return value as string[];
}

/**
 * Checks a configuration object. `knownRules` lets it reject a misspelt rule id
 * instead of silently ignoring it.
 */
export function validateConfig(raw: unknown, knownRules?: ReadonlySet<string>): PrfaqConfig {
  if (raw === null || raw === undefined) return { rules: {}, lexicons: {} };
  if (!isRecord(raw)) throw new ConfigError("the configuration must be a mapping (for example `rules:` and `lexicons:`)");
  const allowed = new Set(["rules", "lexicons", "hard-questions", "hardQuestions", "files"]);
  for (const key of Object.keys(raw)) {
    if (!allowed.has(key)) throw new ConfigError(`unknown setting "${key}"; expected one of: rules, lexicons, hard-questions, files`, null, [key]);
  }
  const rules: Record<string, RuleConfig> = {};
  if (raw.rules !== undefined) {
    if (!isRecord(raw.rules)) throw new ConfigError("`rules` must map rule ids to off, info, warning or error", null, ["rules"]);
    for (const [id, value] of Object.entries(raw.rules)) {
      if (knownRules && !knownRules.has(id)) throw new ConfigError(`unknown rule "${id}" in \`rules\` (run \`prfaq rules\` to list them)`, null, ["rules", id]);
      if (typeof value === "string") {
        if (!SETTINGS.has(value)) throw new ConfigError(`rule "${id}": "${value}" is not one of off, info, warning, error`, null, ["rules", id]);
        rules[id] = { severity: value as RuleSetting };
      } else if (Array.isArray(value) && typeof value[0] === "string" && SETTINGS.has(value[0]) && (value.length === 1 || isRecord(value[1]))) {
        rules[id] = { severity: value[0] as RuleSetting, options: (value[1] as Record<string, unknown>) ?? {} };
      } else if (isRecord(value)) {
        const severity = value.severity;
        if (severity !== undefined && (typeof severity !== "string" || !SETTINGS.has(severity))) {
          throw new ConfigError(`rule "${id}": severity must be off, info, warning or error`, null, ["rules", id]);
        }
        const { severity: _s, ...options } = value;
        rules[id] = { severity: severity as RuleSetting | undefined, options };
      } else {
        throw new ConfigError(`rule "${id}": use off, info, warning, error, or [severity, {options}]`, null, ["rules", id]);
      }
    }
  }
  const lexicons: LexiconExtensions = {};
  if (raw.lexicons !== undefined) {
    if (!isRecord(raw.lexicons)) throw new ConfigError("`lexicons` must map lexicon names to lists of words or phrases", null, ["lexicons"]);
    lexicons.phrases = {};
    for (const [name, value] of Object.entries(raw.lexicons)) {
      lexicons.phrases[name] = stringList(value, `lexicons.${name}`);
      for (const entry of lexicons.phrases[name]) {
        if (entry.startsWith("re:")) {
          try {
            new RegExp(entry.slice(3), "u");
          } catch (err) {
            throw new ConfigError(`lexicons.${name}: "${entry}" is not a valid regular expression (${(err as Error).message})`, null, ["lexicons", name]);
          }
        }
      }
    }
  }
  const questions = raw["hard-questions"] ?? raw.hardQuestions;
  if (questions !== undefined) {
    if (!Array.isArray(questions)) throw new ConfigError("`hard-questions` must be a list of {id, question, paraphrases}", null, ["hard-questions"]);
    lexicons.hardQuestions = questions.map((q, i): HardQuestion => {
      if (!isRecord(q) || typeof q.question !== "string") throw new ConfigError(`hard-questions[${i}] needs a \`question\``, null, ["hard-questions", i]);
      const paraphrases = q.paraphrases === undefined ? [] : stringList(q.paraphrases, `hard-questions[${i}].paraphrases`);
      const id = typeof q.id === "string" && q.id ? q.id : `custom-${i + 1}`;
      return { id, question: q.question, paraphrases: paraphrases.length ? paraphrases : [q.question], core: q.required !== false, notWhen: q.notWhen === undefined ? undefined : stringList(q.notWhen, `hard-questions[${i}].notWhen`) };
    });
  }
  const config: PrfaqConfig = { rules, lexicons };
  if (raw.files !== undefined) config.files = stringList(raw.files, "files");
  return config;
}

/** Parses `.prfaq.yml` text. Throws ConfigError with a line number when it can. */
export function parseConfig(text: string, knownRules?: ReadonlySet<string>): PrfaqConfig {
  const doc = parseYaml(text);
  if (doc.errors.length) {
    const err = doc.errors[0];
    const line = err.linePos?.[0]?.line ?? null;
    throw new ConfigError(`invalid YAML${line ? ` on line ${line}` : ""}: ${err.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`, line);
  }
  try {
    return validateConfig(doc.toJS(), knownRules);
  } catch (err) {
    if (!(err instanceof ConfigError) || err.line !== null || !err.path.length) throw err;
    // Point at the offending key (or its parent) in the file.
    for (let depth = err.path.length; depth > 0; depth--) {
      const node = doc.getIn(err.path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      const keyLine = lineOfKey(text, err.path[depth - 1]);
      const offset = node?.range?.[0];
      const line = keyLine ?? (offset !== undefined ? text.slice(0, offset).split("\n").length : null);
      if (line) throw new ConfigError(`line ${line}: ${err.message}`, line, err.path);
    }
    throw err;
  }
}

function lineOfKey(text: string, key: string | number): number | null {
  if (typeof key !== "string") return null;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const at = new RegExp(`^\\s*["']?${escaped}["']?\\s*:`, "m").exec(text);
  return at ? text.slice(0, at.index).split("\n").length : null;
}

/** Later configs win rule by rule; lexicon extensions add up. */
export function mergeConfigs(...configs: PrfaqConfig[]): PrfaqConfig {
  const out: PrfaqConfig = { rules: {}, lexicons: { phrases: {}, hardQuestions: [] } };
  for (const c of configs) {
    Object.assign(out.rules, c.rules);
    for (const [name, list] of Object.entries(c.lexicons.phrases ?? {})) {
      out.lexicons.phrases![name] = [...(out.lexicons.phrases![name] ?? []), ...list];
    }
    out.lexicons.hardQuestions!.push(...(c.lexicons.hardQuestions ?? []));
    if (c.files) out.files = [...(out.files ?? []), ...c.files];
  }
  return out;
}
