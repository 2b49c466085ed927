#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write("prfaq: the package is not built yet. Run `npm run build` (or `npm ci`, which builds it).\n");
  process.exit(2);
}
await import(entry.href);
