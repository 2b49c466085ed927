#!/usr/bin/env node
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

// main.js compiles the CLI bundle, prfaq.cjs, with its code cache (src/cli/start.ts); a build cut short may leave one without the other.
const entry = new URL("../dist/cli/main.js", import.meta.url);
const bundle = new URL("../dist/cli/prfaq.cjs", import.meta.url);
if (!existsSync(fileURLToPath(entry)) || !existsSync(fileURLToPath(bundle))) {
  process.stderr.write("prfaq: the package is not built yet. Run `npm run build` (or `npm ci`, which builds it).\n");
  process.exit(2);
}
await import(entry.href);
