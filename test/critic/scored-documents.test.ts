/**
 * The critic scored by the project's scorer, the same way documents nobody on
 * the team has seen are scored: our own documents in test/documents, and the
 * calibration set when the shared folder is present. Needs `npm run build`
 * first (npm test does it).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedPath } from "../helpers/shared";

const root = join(import.meta.dirname, "..", "..");
const scorer = sharedPath("eval", "score.mjs") ?? join(root, "..", "shared", "eval", "score.mjs");
const calibration = sharedPath("calibration") ?? join(root, "..", "shared", "calibration");
const cli = join(root, "dist", "cli", "main.js");

function score(dir: string): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [scorer, "--dir", dir, "--cmd", `node ${JSON.stringify(join(root, "bin", "prfaq.js"))} check --format json`, "--min-expected", "0.9", "--min-clean", "0.95", "--min-anchors", "0.8"],
    { cwd: root, encoding: "utf8" },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe.skipIf(!existsSync(scorer))("scored documents", () => {
  it("needs a built CLI", () => {
    expect(existsSync(cli), "run `npm run build` first").toBe(true);
  });

  it("our own documents in other domains and styles meet the bar", () => {
    const { status, output } = score(join(root, "test", "documents"));
    expect(output).toMatch(/^ok: expected/m);
    expect(status, output).toBe(0);
  });

  it.skipIf(!existsSync(calibration))("the calibration documents meet the bar", () => {
    const { status, output } = score(calibration);
    expect(output).toMatch(/^ok: expected/m);
    expect(status, output).toBe(0);
  });
});
