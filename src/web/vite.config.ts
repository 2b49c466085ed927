import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("../../dist/web", import.meta.url));
const require = createRequire(import.meta.url);

/**
 * The Markdown parser decodes entities through the DOM in browsers, but the
 * critic runs in a worker, which has no DOM: there it gets the table-based
 * decoder that Node uses.
 */
function entitiesWithoutDom(): Plugin {
  return {
    name: "prfaq-entities-without-dom",
    enforce: "pre",
    resolveId(id) {
      if (id === "decode-named-character-reference") return require.resolve("decode-named-character-reference").replace(/index\.dom\.js$/, "index.js");
      return null;
    },
  };
}

/**
 * The workspace web app. `prfaq serve` serves dist/web as static files, so the
 * build must be self-contained: no CDN, no web fonts.
 */
export default defineConfig({
  root,
  base: "/",
  publicDir: false,
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    // bench/web/run.mjs reads it to add up the editor's first-load JavaScript.
    manifest: true,
    // The first load budget is 500 KB gzipped; a warning per chunk above
    // 600 KB raw points at an accidental import early.
    chunkSizeWarningLimit: 600,
  },
  worker: { format: "es", plugins: () => [entitiesWithoutDom()] },
  server: { host: "127.0.0.1" },
  logLevel: "warn",
});
