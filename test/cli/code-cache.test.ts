import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheFileName, commandSlug, defaultCacheFolders, loadBundle, type LoadedBundle } from "../../src/cli/code-cache";
import { ROOT, runCli, tempDir } from "../helpers/cli";

const PARAMETERS = "exports, require, module, __filename, __dirname, __prfaqModuleUrl, __prfaqImport";

/** A bundle shaped as the build writes it: the build's hash in a leading comment, then the wrapper function. */
function bundleText(build: string | null, body: string): string {
  const header = build ? `/* prfaq-cli ${build} */ ` : "";
  return `${header}(function (${PARAMETERS}) {\n"use strict";\n${body}\n})\n`;
}

const BUILD_A = "a".repeat(16);
const BUILD_B = "b".repeat(16);

declare global {
  var __codeCacheTest: unknown;
}

function load(bundle: string, folders: string[], command = "check"): LoadedBundle {
  return loadBundle({ bundle, cacheFolders: folders, command, importModule: (specifier) => import(specifier) });
}

function runAndRead(loaded: LoadedBundle): unknown {
  globalThis.__codeCacheTest = undefined;
  loaded.run();
  return globalThis.__codeCacheTest;
}

describe("loadBundle compiles the CLI with a V8 code cache", () => {
  // V8 keeps what it compiled for a source text for the rest of the process and
  // would hand that back before looking at a code cache; each load here stands
  // for a process of its own, so that memory is off while these tests run.
  beforeAll(() => setFlagsFromString("--no-compilation-cache"));
  afterAll(() => setFlagsFromString("--compilation-cache"));

  it("writes a cache after the first run and uses it on the next, with the same result", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    writeFileSync(bundle, bundleText(BUILD_A, "function answer(n) { return n * 6; }\nglobalThis.__codeCacheTest = answer(7);"));
    const cacheDir = join(dir, "cache");

    const first = load(bundle, [cacheDir]);
    expect(first.cache).toBe("missing");
    expect(runAndRead(first)).toBe(42);
    const written = first.saveCache();
    expect(written).not.toBeNull();
    expect(readdirSync(cacheDir)).toEqual([written!.slice(cacheDir.length + 1)]);

    const second = load(bundle, [cacheDir]);
    expect(second.cache).toBe("used");
    expect(runAndRead(second)).toBe(42);
    // A cache that was used is not written again.
    expect(second.saveCache()).toBeNull();
  });

  it("never uses a cache made for other code, even of the same length, and drops the old build's file", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    const cacheDir = join(dir, "cache");
    writeFileSync(bundle, bundleText(BUILD_A, "globalThis.__codeCacheTest = 'old';"));
    const old = load(bundle, [cacheDir]);
    old.run();
    const oldFile = old.saveCache()!;

    const changed = bundleText(BUILD_B, "globalThis.__codeCacheTest = 'new';");
    expect(changed.length).toBe(bundleText(BUILD_A, "globalThis.__codeCacheTest = 'old';").length);
    writeFileSync(bundle, changed);
    const fresh = load(bundle, [cacheDir]);
    expect(fresh.cache).toBe("missing");
    expect(runAndRead(fresh)).toBe("new");
    const newFile = fresh.saveCache()!;
    expect(newFile).not.toBe(oldFile);
    expect(existsSync(oldFile)).toBe(false);
    expect(existsSync(newFile)).toBe(true);
  });

  it("takes an edit to the bundle that keeps its header for other code", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    const cacheDir = join(dir, "cache");
    writeFileSync(bundle, bundleText(BUILD_A, "globalThis.__codeCacheTest = 1;"));
    const before = load(bundle, [cacheDir]);
    before.run();
    before.saveCache();
    writeFileSync(bundle, bundleText(BUILD_A, "globalThis.__codeCacheTest = 2;"));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
    const after = load(bundle, [cacheDir]);
    expect(after.cache).toBe("missing");
    expect(runAndRead(after)).toBe(2);
  });

  it("falls back to compiling the text when the cache is damaged, and replaces it", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    const cacheDir = join(dir, "cache");
    writeFileSync(bundle, bundleText(BUILD_A, "globalThis.__codeCacheTest = [1, 2, 3].map((n) => n * 2).join();"));
    const first = load(bundle, [cacheDir]);
    first.run();
    const file = first.saveCache()!;
    writeFileSync(file, Buffer.from("not a code cache at all, just some bytes"));

    const damaged = load(bundle, [cacheDir]);
    expect(damaged.cache).toBe("rejected");
    expect(runAndRead(damaged)).toBe("2,4,6");
    expect(damaged.saveCache()).toBe(file);
    expect(load(bundle, [cacheDir]).cache).toBe("used");
  });

  it("skips a folder it can't write to and, with none left, runs without a cache", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    writeFileSync(bundle, bundleText(BUILD_A, "globalThis.__codeCacheTest = 'ran';"));
    // A folder under a regular file can be neither created nor written, whoever runs the test.
    const blocker = join(dir, "not-a-folder");
    writeFileSync(blocker, "");
    const unwritable = join(blocker, "cache");
    const writable = join(dir, "user-cache");

    const withFallback = load(bundle, [unwritable, writable]);
    expect(runAndRead(withFallback)).toBe("ran");
    expect(withFallback.saveCache()?.startsWith(writable)).toBe(true);
    expect(load(bundle, [unwritable, writable]).cache).toBe("used");

    const readOnly = load(bundle, [unwritable]);
    expect(readOnly.cache).toBe("missing");
    expect(runAndRead(readOnly)).toBe("ran");
    expect(readOnly.saveCache()).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(["not-a-folder", "prfaq.cjs", "user-cache"]);
  });

  it("keeps no cache for a bundle without the build's header", () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    const cacheDir = join(dir, "cache");
    writeFileSync(bundle, bundleText(null, "globalThis.__codeCacheTest = 'plain';"));
    const loaded = load(bundle, [cacheDir]);
    expect(loaded.cache).toBe("off");
    expect(runAndRead(loaded)).toBe("plain");
    expect(loaded.saveCache()).toBeNull();
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("hands the bundle the caller's import(), its own require, and its path", async () => {
    const dir = tempDir();
    const bundle = join(dir, "prfaq.cjs");
    writeFileSync(
      bundle,
      bundleText(BUILD_A, "globalThis.__codeCacheTest = { url: __prfaqModuleUrl, dir: __dirname, path: require('node:path').sep, imported: __prfaqImport('node:path') };"),
    );
    const result = runAndRead(load(bundle, [])) as { url: string; dir: string; path: string; imported: Promise<{ sep: string }> };
    expect(result.url).toBe(`file://${bundle}`);
    expect(result.dir).toBe(dir);
    expect((await result.imported).sep).toBe(result.path);
  });

  it("keeps one cache per command, and a cache per Node and flags", () => {
    const parts = { build: BUILD_A, size: 100, mtimeMs: 1, execArgv: [], nodeOptions: "" };
    expect(cacheFileName({ ...parts, command: "check" })).not.toBe(cacheFileName({ ...parts, command: "outline" }));
    expect(cacheFileName({ ...parts, command: "check" })).not.toBe(cacheFileName({ ...parts, command: "check", execArgv: ["--jitless"] }));
    expect(cacheFileName({ ...parts, command: "check" })).not.toBe(cacheFileName({ ...parts, command: "check", nodeOptions: "--max-old-space-size=100" }));
    expect(cacheFileName({ ...parts, command: "check" })).not.toBe(cacheFileName({ ...parts, command: "check", size: 101 }));
    expect(cacheFileName({ ...parts, command: "check" })).toMatch(/^check-a{16}-[0-9a-f]{8}\.v8cache$/);
    expect(commandSlug("check")).toBe("check");
    expect(commandSlug("../../etc")).toBe("other");
    expect(commandSlug("--help")).toBe("other");
    expect(commandSlug(undefined)).toBe("other");
  });
});

describe("where the cache lives", () => {
  const bundle = "/opt/prfaq/dist/cli/prfaq.cjs";
  it("looks beside the bundle first, then in the user's own cache folder", () => {
    expect(defaultCacheFolders(bundle, {}, "linux", "/home/ana")).toEqual(["/opt/prfaq/dist/cli/cache", "/home/ana/.cache/prfaq"]);
    expect(defaultCacheFolders(bundle, { XDG_CACHE_HOME: "/var/cache/ana" }, "linux", "/home/ana")).toEqual(["/opt/prfaq/dist/cli/cache", "/var/cache/ana/prfaq"]);
    expect(defaultCacheFolders(bundle, {}, "darwin", "/Users/ana")).toEqual(["/opt/prfaq/dist/cli/cache", "/Users/ana/Library/Caches/prfaq"]);
    expect(defaultCacheFolders(bundle, { LOCALAPPDATA: "C:\\Users\\ana\\AppData\\Local" }, "win32", "C:\\Users\\ana")[1]).toContain("prfaq");
    // No home and no cache folder: only beside the bundle, never the shared temporary folder.
    expect(defaultCacheFolders(bundle, {}, "linux", "")).toEqual(["/opt/prfaq/dist/cli/cache"]);
  });

  it("follows PRFAQ_CODE_CACHE: off, or one folder of the user's choosing", () => {
    expect(defaultCacheFolders(bundle, { PRFAQ_CODE_CACHE: "off" }, "linux", "/home/ana")).toEqual([]);
    expect(defaultCacheFolders(bundle, { PRFAQ_CODE_CACHE: "0" }, "linux", "/home/ana")).toEqual([]);
    expect(defaultCacheFolders(bundle, { PRFAQ_CODE_CACHE: "/srv/cache" }, "linux", "/home/ana")).toEqual(["/srv/cache"]);
  });
});

describe("prfaq check with the code cache, as a user runs it", () => {
  const document = join(ROOT, "examples", "strong-shift-swap.md");
  const run = (cache: string) => runCli(["check", "--format", "json", document], { env: { ...process.env, NO_COLOR: "1", PRFAQ_CODE_CACHE: cache } });

  it("reports the same findings without a cache, while writing one, and from one", () => {
    const cacheDir = join(tempDir(), "cache");
    mkdirSync(cacheDir);
    const without = run("off");
    expect(readdirSync(cacheDir)).toEqual([]);
    const writing = run(cacheDir);
    const [file] = readdirSync(cacheDir);
    expect(file).toMatch(/^check-[0-9a-f]{16}-[0-9a-f]{8}\.v8cache$/);
    const written = statSync(join(cacheDir, file));
    const reading = run(cacheDir);
    // Used, not rejected and written again.
    expect(statSync(join(cacheDir, file)).mtimeMs).toBe(written.mtimeMs);
    expect(statSync(join(cacheDir, file)).ino).toBe(written.ino);
    for (const r of [without, writing, reading]) expect(r.stderr).toBe("");
    expect(JSON.parse(without.stdout).files[0].findings.length).toBeGreaterThan(0);
    expect(writing.stdout).toBe(without.stdout);
    expect(reading.stdout).toBe(without.stdout);
    expect(readFileSync(join(cacheDir, file)).length).toBeGreaterThan(0);
  });
});
