import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface PackageInfo {
  root: string;
  version: string;
}

let cached: PackageInfo | null | undefined;

/**
 * The prfaq package directory, found by walking up from this file: the same
 * code runs from src/ (tests), dist/cli/ and dist/cli/chunks/ (the bundle).
 */
export function packageInfo(): PackageInfo | null {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
        if (pkg.name === "prfaq") return (cached = { root: dir, version: pkg.version ?? "0.0.0" });
      } catch {
        // Not ours; keep walking.
      }
    }
    dir = dirname(dir);
  }
  return (cached = null);
}

export const SERVER_VERSION = packageInfo()?.version ?? "0.0.0";

export function examplesDir(): string | null {
  const root = packageInfo()?.root;
  return root && existsSync(join(root, "examples")) ? join(root, "examples") : null;
}

export function defaultWebRoot(): string | null {
  const root = packageInfo()?.root;
  return root ? join(root, "dist", "web") : null;
}
