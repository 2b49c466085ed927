import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = fileURLToPath(new URL("../../dist/web", import.meta.url));

/**
 * The workspace web app. `prfaq serve` serves dist/web as static files, so the
 * build must be self-contained: no CDN, no web fonts, relative asset URLs.
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
    // The first load budget is 500 KB gzipped; one warning per chunk above
    // 600 KB raw points at an accidental import early.
    chunkSizeWarningLimit: 600,
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1" },
  logLevel: "warn",
});
