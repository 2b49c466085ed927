import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ConfigError, emptyConfig, parseConfig, rules, type PrfaqConfig } from "../../core";
import { UserError } from "../errors";

export const CONFIG_NAMES = [".prfaq.yml", ".prfaq.yaml"];
const knownRules = new Set(rules.map((r) => r.meta.id));

/** The nearest `.prfaq.yml` above a document, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function loadConfigFile(path: string): PrfaqConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new UserError(`${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  try {
    return parseConfig(text, knownRules);
  } catch (err) {
    if (err instanceof ConfigError) throw new UserError(`${path}: ${err.message}`);
    throw err;
  }
}

/** Finds and loads configs, once per directory. */
export class ConfigResolver {
  private readonly byDir = new Map<string, { path: string | null; config: PrfaqConfig }>();

  constructor(private readonly explicit: string | null = null) {}

  forDocument(documentPath: string): { path: string | null; config: PrfaqConfig } {
    if (this.explicit) {
      const cached = this.byDir.get("<explicit>");
      if (cached) return cached;
      const entry = { path: this.explicit, config: loadConfigFile(this.explicit) };
      this.byDir.set("<explicit>", entry);
      return entry;
    }
    const dir = documentPath === "-" ? process.cwd() : dirname(resolve(documentPath));
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const path = findConfigFile(dir);
    const entry = { path, config: path ? loadConfigFile(path) : emptyConfig };
    this.byDir.set(dir, entry);
    return entry;
  }
}
