/*
 * What bin/prfaq.js starts: the CLI itself is dist/cli/prfaq.cjs, one classic
 * script compiled with a code cache (see code-cache.ts). This module stays a
 * real ES module so that the CLI's few `import()`s of ES-only packages go
 * through Node's own loader, resolved from here as they were from the CLI.
 */
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { commandSlug, defaultCacheFolders, loadBundle } from "./code-cache";

// V8 first runs a regular expression in its interpreter and compiles it to
// machine code from the second match on: the critic's few hundred patterns,
// each tried on every sentence, were compiled twice in every one-file run.
// Compiled once, straight to machine code, they match the same (a
// one-file `check` spends a fifth less on the main thread). Set before the
// bundle is compiled, so its code cache is made and checked under one set of flags.
setFlagsFromString("--no-regexp-tier-up");
const bundle = fileURLToPath(new URL("./prfaq.cjs", import.meta.url));
const command = commandSlug(process.argv[2]);
const loaded = loadBundle({
  bundle,
  cacheFolders: defaultCacheFolders(bundle),
  command,
  importModule: (specifier) => import(specifier),
});
// Written once the command is done, so the cache holds every function it ran;
// a command still running after a few seconds (serve, lsp, --watch, a large
// check) writes it then instead, not while it is being stopped.
if (loaded.cache !== "used" && loaded.cache !== "off") {
  let saved = false;
  const save = () => {
    if (saved) return;
    saved = true;
    loaded.saveCache();
  };
  process.once("exit", save);
  setTimeout(save, 3_000).unref();
}
loaded.run();
