#!/usr/bin/env node
// Bundles the CLI (and everything it loads lazily) with esbuild. Bundling keeps
// the one-file cold start of `prfaq check` low: Node resolves a handful of
// chunks instead of hundreds of small ESM modules from node_modules.
import { build } from "esbuild";
import { rmSync } from "node:fs";

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
  logLevel: "warning",
});

