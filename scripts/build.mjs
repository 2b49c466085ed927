#!/usr/bin/env node
// Bundles the CLI (and everything it loads lazily) with esbuild. Bundling keeps
// the one-file cold start of `prfaq check` low: Node resolves a handful of
// chunks instead of hundreds of small ESM modules from node_modules.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("..", import.meta.url).pathname;

/**
 * What compiling the lexicons works out from their text alone (see
 * src/core/lexicons/precompiled.ts), recorded by running the lexicon code as
 * it stands: the default lexicons in full, and every example and test
 * document critiqued. Whoever edits a lexicon gets fresh tables from the next
 * build, and an entry the tables lack is compiled at run time as before.
 */
async function precompiledLexicons() {
  const generator = await build({
    entryPoints: ["src/core/lexicons/precompile.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "warning",
  });
  const dir = mkdtempSync(join(tmpdir(), "prfaq-build-"));
  try {
    const file = join(dir, "precompile.mjs");
    writeFileSync(file, generator.outputFiles[0].text);
    const { precompileLexicons } = await import(pathToFileURL(file).href);
    const documents = ["examples", "test/documents"].flatMap((folder) =>
      readdirSync(join(root, folder))
        .filter((name) => name.endsWith(".md"))
        .sort()
        .map((name) => readFileSync(join(root, folder, name), "utf8")),
    );
    return precompileLexicons(documents);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tables = await precompiledLexicons();
/** Puts the tables in place of precompiled.ts's `null` in the bundles below. */
const withPrecompiledLexicons = {
  name: "precompiled-lexicons",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]lexicons[\\/]precompiled\.ts$/ }, () => ({
      contents: `export const PRECOMPILED_LEXICONS = ${JSON.stringify(tables)};\n`,
      loader: "ts",
    }));
  },
};

// Native addons and packages that read their own files at run time stay external.
const external = [
  "better-sqlite3",
  "pg",
  "pg-native",
  "playwright-core",
  "mammoth",
  "docx",
  "vscode-languageserver",
  "vscode-languageserver/*",
  "vscode-languageserver-textdocument",
  "@clack/prompts",
  "autocannon",
  // Only reached from source, to bundle the analysis worker the way this script does.
  "esbuild",
];

rmSync(new URL("../dist/cli", import.meta.url), { recursive: true, force: true });

/**
 * The CLI as one classic script, wrapped in a function as Node wraps a
 * CommonJS module, so that src/cli/start.ts can compile it with a V8 code
 * cache (Node 20 caches no ES module). Commands stay lazy in it: esbuild turns
 * each `import("./commands/x")` into a call that runs that module's code the
 * first time, so `check` still runs only what it uses.
 */
/**
 * The bundle with every character outside ASCII written as a \\u escape of its
 * UTF-16 code unit. esbuild escapes strings but leaves regular expression
 * literals (and comments) as written, and one such character makes the whole
 * 3 MB text a two-byte string that is decoded from UTF-8 at every start (about
 * 20 ms); in a regular expression, with or without the u flag, the escape
 * means the same character. An escape can't follow a backslash, so the build
 * stops rather than guess if one ever does.
 */
function asciiOnly(text) {
  return text.replace(/[^\0-\x7f]/g, (char, at) => {
    let backslashes = 0;
    while (text[at - 1 - backslashes] === "\\") backslashes++;
    if (backslashes % 2) throw new Error(`build: "\\${char}" at ${at} of the CLI bundle can't be written in ASCII`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const CLI_PARAMETERS = "exports, require, module, __filename, __dirname, __prfaqModuleUrl, __prfaqImport";
const BUILD_PLACEHOLDER = "0".repeat(16);
const cli = await build({
  entryPoints: ["src/cli/main.ts"],
  outfile: "dist/cli/prfaq.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  external,
  plugins: [withPrecompiledLexicons],
  define: { "import.meta.url": "__prfaqModuleUrl" },
  banner: { js: `/* prfaq-cli ${BUILD_PLACEHOLDER} */ (function (${CLI_PARAMETERS}) {` },
  footer: { js: "})" },
  write: false,
  metafile: true,
  logLevel: "warning",
});
mkdirSync(new URL("../dist/cli", import.meta.url), { recursive: true });
for (const output of cli.outputFiles) {
  if (!output.path.endsWith(".cjs")) {
    writeFileSync(output.path, output.contents);
    continue;
  }
  // A classic script run by vm can't `import()` by itself; the few ES-only
  // packages the CLI loads on demand go through start.ts's import instead.
  const lazyExternals = Object.values(cli.metafile.outputs)
    .flatMap((o) => o.imports)
    .filter((i) => i.kind === "dynamic-import")
    .map((i) => {
      if (!i.external) throw new Error(`build: ${i.path} is imported on demand but is not external; the CLI bundle can't load it`);
      return i.path;
    });
  let text = output.text;
  for (const specifier of new Set(lazyExternals)) {
    const call = `import(${JSON.stringify(specifier)})`;
    if (!text.includes(call)) throw new Error(`build: can't find ${call} in the CLI bundle`);
    text = text.replaceAll(call, `__prfaqImport(${JSON.stringify(specifier)})`);
  }
  text = asciiOnly(text);
  // The hash of what the bundle says, where the loader reads it: a cache made for other code is never used.
  const hash = createHash("sha256").update(text).digest("hex").slice(0, BUILD_PLACEHOLDER.length);
  writeFileSync(output.path, text.replace(BUILD_PLACEHOLDER, hash));
}

await build({
  // bin/prfaq.js starts this; it loads the bundle above.
  entryPoints: { main: "src/cli/start.ts" },
  outdir: "dist/cli",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
});

await build({
  // The workspace server critiques saved revisions in worker threads; a worker needs a file of its own.
  entryPoints: { "analysis-worker": "src/server/analysis/worker.ts" },
  outdir: "dist/cli",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  external,
  plugins: [withPrecompiledLexicons],
  banner: {
    js: "import { createRequire as __prfaqCreateRequire } from 'node:module'; const require = __prfaqCreateRequire(import.meta.url);",
  },
  logLevel: "warning",
});

// The isomorphic core as a library: `import { critique } from "prfaq"`. It runs
// unchanged in Node, browsers and the language server, so it is built for a
// neutral platform with its few dependencies bundled in.
rmSync(new URL("../dist/core", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { index: "src/core/index.ts" },
  outdir: "dist/core",
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  mainFields: ["module", "main"],
  sourcemap: "linked",
  plugins: [withPrecompiledLexicons],
  logLevel: "warning",
});

// One `prfaq check` now, so the first one a user runs from this build already
// finds its code cache (beside the bundle, in dist/cli/cache; npm pack leaves
// it out, and an install compiles its own on first run).
const warm = spawnSync(process.execPath, [join(root, "bin/prfaq.js"), "check", "--format", "json", join(root, "examples/strong-shift-swap.md")], { stdio: "ignore" });
if (warm.error || (warm.status !== 0 && warm.status !== 1)) console.warn(`build: the first \`prfaq check\` failed (${warm.error?.message ?? `exit ${warm.status}`}); its code cache will be written on the next run`);
