import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "prfaq.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, as a subprocess. */
export function runCli(args: string[], options: SpawnSyncOptions & { input?: string | Buffer; prefix?: string[] } = {}): CliResult {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) {
    throw new Error("dist/cli is missing: run `npm run build` before the CLI tests (npm test does it)");
  }
  const { prefix = [], ...rest } = options;
  const command = prefix.length ? prefix[0] : process.execPath;
  const argv = prefix.length ? [...prefix.slice(1), process.execPath, BIN, ...args] : [BIN, ...args];
  const result = spawnSync(command, argv, {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 256 << 20,
    ...rest,
  });
  return { code: result.status ?? -1, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
}

export function tempDir(prefix = "prfaq-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
