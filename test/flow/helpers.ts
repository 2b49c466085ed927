import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "prfaq.js");
export const FIXTURES = join(import.meta.dirname, "fixtures");
export const EXAMPLES = join(ROOT, "examples");

/** CLI tests drive the built CLI; build it once if nobody did (`npm test` builds first). */
export function ensureBuilt(): void {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function prfaq(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: "1", PRFAQ_TODAY: "2027-03-01", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir(prefix = "prfaq-flow-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=flow@example.org", "-c", "user.name=Flow Test", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });
}
