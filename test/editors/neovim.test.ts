/**
 * The Neovim setup in editors/neovim, run in a headless Neovim (whatever
 * version is installed; Debian's is 0.7) against this checkout's `prfaq lsp`.
 * .ci/run runs the same script against the packed and installed package.
 * Skips when Neovim is not installed.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, tempDir } from "../helpers/cli";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const version = nvim.status === 0 ? nvim.stdout.split("\n")[0] : null;
if (!version) console.warn("skipping the Neovim tests: nvim is not installed (apt-get install neovim)");

/** The folder the headless script expects, and a bin folder with a `prfaq` that runs this checkout. */
function neovimWorkspace(prfaqCommand: string): { work: string; bin: string } {
  const work = tempDir("prfaq-nvim-");
  const weak = join(ROOT, "examples", "weak-ai-assistant.md");
  mkdirSync(join(work, "team", "proposals"), { recursive: true });
  for (const name of ["idea.prfaq.md", "second.prfaq.md", "notes.md", "team/proposals/plan.md"]) copyFileSync(weak, join(work, name));
  writeFileSync(join(work, "team", ".prfaq.yml"), "files:\n  - proposals/*.md\n");
  const bin = join(work, "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "prfaq"), `#!/bin/sh\nexec ${prfaqCommand} "$@"\n`);
  chmodSync(join(bin, "prfaq"), 0o755);
  return { work, bin };
}

function runHeadless(env: Record<string, string>) {
  const result = spawnSync("nvim", ["--headless", "-u", "NONE", "--cmd", "set rtp+=editors/neovim", "-c", "luafile editors/neovim/test/headless.lua"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, ...env },
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(!version)(`the Neovim setup, headless (${version})`, () => {
  it("starts prfaq only for PR/FAQs, shows diagnostics, quick fixes and the verdict, and leaves wiped buffers wiped", () => {
    const { work, bin } = neovimWorkspace(`"${process.execPath}" "${BIN}"`);
    const run = runHeadless({ PRFAQ_WORK: work, PATH: `${bin}:${process.env.PATH}` });
    expect(run.output).not.toContain("FAIL");
    expect(run.output).toContain("neovim: all passed");
    expect(run.code).toBe(0);
  });

  it("says once that prfaq is missing, and starts nothing, when it is not installed", () => {
    const { work } = neovimWorkspace("false");
    const pathWithoutPrfaq = (process.env.PATH ?? "").split(":").filter((dir) => !existsSync(join(dir, "prfaq"))).join(":");
    const run = runHeadless({ PRFAQ_WORK: work, PRFAQ_EXPECT_MISSING: "1", PATH: pathWithoutPrfaq });
    expect(run.output).toContain("neovim: all passed");
    expect(run.code).toBe(0);
  });
});
