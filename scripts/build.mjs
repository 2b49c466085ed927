#!/usr/bin/env node
// Bundles the CLI (and everything it loads lazily) with esbuild. Bundling keeps
// the one-file cold start of `prfaq check` low: Node resolves a handful of
// chunks instead of hundreds of small ESM modules from node_modules.
import { build } from "esbuild";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
await build({
  // The workspace server critiques saved revisions in worker threads; a worker needs a file of its own.
  entryPoints: { main: "src/cli/main.ts", "analysis-worker": "src/server/analysis/worker.ts" },
  outdir: "dist/cli",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  external,
  plugins: [withPrecompiledLexicons],
  chunkNames: "chunks/[name]-[hash]",
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

