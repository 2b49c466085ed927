import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The shared material (calibration set, real corpus, scorer) sits beside the
 * checkout as ../shared. A clone elsewhere finds it through PRFAQ_SHARED or at
 * its home on the team's machines; tests that need it skip when it is absent.
 */
export function sharedDir(): string | null {
  const candidates = [process.env.PRFAQ_SHARED, join(import.meta.dirname, "..", "..", "..", "shared"), "/work/shared"];
  for (const dir of candidates) if (dir && existsSync(join(dir, "PRODUCT.md"))) return dir;
  return null;
}

export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  return dir ? join(dir, ...parts) : null;
}
