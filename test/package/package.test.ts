/**
 * What a user gets from `npm install prfaq`: dependencies that run on the Node
 * the package declares, the files the commands need, and one version everywhere.
 * The full install from a packed tarball runs in .ci/run (it takes a network
 * install); these checks are the fast half.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli";

const require = createRequire(import.meta.url);
const semver = require("semver") as { minVersion(range: string): { version: string } | null; satisfies(version: string, range: string): boolean };

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string; engines: { node: string }; files: string[] };
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };

describe("the published package", () => {
  it("declares a Node version that every runtime dependency supports", () => {
    const oldestNode = semver.minVersion(manifest.engines.node)?.version;
    expect(oldestNode).toBeDefined();
    const misfits = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && !entry.dev && !entry.optional)
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(oldestNode!, range) ? [`${path} needs Node ${range}`] : [];
      });
    expect(misfits).toEqual([]);
  });

  it("ships the built CLI, web app, rule pages and examples, and not the sources or tests", () => {
    const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    const files = (JSON.parse(result.stdout) as { files: { path: string }[] }[])[0].files.map((file) => file.path);
    for (const needed of ["package.json", "bin/prfaq.js", "dist/cli/main.js", "dist/cli/analysis-worker.js", "dist/core/index.js", "dist/web/index.html", "docs/rules/README.md", "docs/rules/vague-customer.md", "schema/prfaq.schema.json"]) {
      expect(files, needed).toContain(needed);
    }
    expect(files.filter((file) => file.startsWith("src/") || file.startsWith("test/") || file.endsWith(".map"))).toEqual([]);
  });

  it("reports the version in package.json from the CLI", () => {
    const result = runCli(["--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(manifest.version);
  });
});

describe("schema/prfaq.schema.json", () => {
  const Ajv = require("ajv") as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };

  it("is what `npm run docs` generates from the rules and lexicons", async () => {
    // @ts-expect-error: a plain ES module script, without type declarations
    const { schemaIsStale } = (await import("../../scripts/gen-config-schema.mjs")) as { schemaIsStale(): boolean };
    expect(schemaIsStale(), "run `npm run docs` and commit schema/prfaq.schema.json").toBe(false);
  });

  it("accepts exactly the configurations prfaq accepts", async () => {
    const { parse } = await import("yaml");
    const { parseConfig, rules } = await import("../../src/core");
    const schema = JSON.parse(readFileSync(join(ROOT, "schema", "prfaq.schema.json"), "utf8")) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const knownRules = new Set(rules.map((rule) => rule.meta.id));
    const samples = [
      "rules:\n  long-sentence: [info, { max: 35 }]\n  puffery: error\n  part-order: off\n",
      "rules:\n  puffery: { severity: warning }\n",
      "lexicons:\n  vague-segments: [our partners]\n  competitors: Acme Ledger\n",
      "hard-questions:\n  - id: data-residency\n    question: Where is customer data stored?\n    paraphrases: [data residency]\n    required: false\n",
      "files:\n  - proposals/**/*.md\n",
      "rules:\n  puffry: error\n",
      "rules:\n  puffery: loud\n",
      "rules:\n  puffery: [loud]\n",
      "lexicons:\n  vague-segments: [1, 2]\n",
      "hard-questions:\n  - paraphrases: [x]\n",
      "rule:\n  puffery: error\n",
      "files: 3\n",
    ];
    for (const text of samples) {
      let acceptedByPrfaq = true;
      try {
        parseConfig(text, knownRules);
      } catch {
        acceptedByPrfaq = false;
      }
      expect(validate(parse(text)), text).toBe(acceptedByPrfaq);
    }
  });
});
