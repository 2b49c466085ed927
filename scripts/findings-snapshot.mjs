#!/usr/bin/env node
// Writes what `prfaq check --format json` reports for every document of the
// corpus (wild, real, templates), examples/ and test/documents/ into one file,
// so a change meant to keep behaviour can be held to it byte for byte:
//   node scripts/findings-snapshot.mjs before.json   (on the old build)
//   node scripts/findings-snapshot.mjs after.json    (on the new build)
//   cmp before.json after.json
// It runs the built CLI (dist/), one process for all files, as users do.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = process.argv[2];
if (!out) {
  console.error("usage: node scripts/findings-snapshot.mjs OUT.json");
  process.exit(2);
}
const folders = [join(root, "..", "shared", "corpus"), join(root, "examples"), join(root, "test", "documents")];

function markdownFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith(".md") ? [path] : [];
    });
}

const files = folders.flatMap(markdownFiles);
const r = spawnSync(process.execPath, [join(root, "bin/prfaq.js"), "check", "--format", "json", "--no-color", ...files], {
  cwd: root,
  encoding: "utf8",
  maxBuffer: 1 << 30,
});
if (r.error) throw r.error;
// Paths are made relative so two worktrees give the same bytes.
const report = JSON.parse(r.stdout);
const text = JSON.stringify(report, (key, value) => (typeof value === "string" && value.startsWith("/") && files.includes(value) ? relative(join(root, ".."), value).replace(/^[^/]+\//, "") : value), 2);
writeFileSync(out, text + "\n");
console.log(`${files.length} documents, exit ${r.status}, ${text.length} bytes → ${out}`);
