import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";

/**
 * Compiling the CLI is a good part of a one-file `prfaq check`: V8 parses the
 * bundle and then compiles every function the critique calls, once each, on
 * the way to the first finding. Node 20 caches none of it (its compile cache
 * came in 22.1), so the CLI is built as one classic script (scripts/build.mjs)
 * that this module compiles with a V8 code cache: the bytecode of every
 * function the last run of the same command compiled, read back instead of
 * compiled again.
 *
 * A cache is only ever a shortcut. It is keyed by the build's hash of the
 * bundle, the bundle file's size and time, the Node version and flags, so
 * code that changed never meets an old cache; V8 checks its own version and
 * flags again and rejects what doesn't fit, and then the bundle is compiled
 * from its text as if there were no cache. Folders that can't be written
 * (a read-only install) are skipped, and with none left there is no cache.
 */

/** The first bytes of the bundle: the build writes its hash there. */
const BUILD_HEADER = /^\/\* prfaq-cli ([0-9a-f]{16}) \*\//;

/** What the bundle's wrapper function takes, in the order the build's banner declares them. */
type BundleFunction = (
  exports: object,
  require: NodeJS.Require,
  module: { exports: object },
  filename: string,
  dirname: string,
  moduleUrl: string,
  importModule: (specifier: string) => Promise<unknown>,
) => void;

export interface BundleOptions {
  /** The classic-script bundle: an expression whose value is the wrapper function. */
  bundle: string;
  /** Folders to look in for a cache and to write one into, in order. */
  cacheFolders: string[];
  /** Commands compile different functions, so each keeps a cache of its own. */
  command: string;
  /** `import()` as the caller's module sees it: a classic script run by vm has no loader of its own for ES modules. */
  importModule: (specifier: string) => Promise<unknown>;
}

export type CacheUse = "used" | "rejected" | "missing" | "off";

export interface LoadedBundle {
  /** Whether compiling took its functions from a cache. */
  cache: CacheUse;
  /** Runs the bundle: the CLI reads process.argv and starts its command. */
  run(): void;
  /**
   * Writes a cache of everything compiled so far into the first folder that
   * takes it, unless one was used; meant for when the command is done, so
   * the functions it ran are in it. Returns the file written, or null.
   */
  saveCache(): string | null;
}

/** Where a cache may live: the folder PRFAQ_CODE_CACHE names, or none when it is "0" or "off"; otherwise beside the bundle, then the user's own cache folder. Never a folder other users can write to: code read from a cache runs as whoever runs prfaq. */
export function defaultCacheFolders(bundle: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = safeHomedir()): string[] {
  const chosen = env.PRFAQ_CODE_CACHE;
  if (chosen === "0" || chosen === "off") return [];
  if (chosen && isAbsolute(chosen)) return [chosen];
  const folders = [join(dirname(bundle), "cache")];
  const userCache = userCacheFolder(env, platform, home);
  if (userCache) folders.push(userCache);
  return folders;
}

function userCacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string | null {
  if (platform === "win32") return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, "prfaq", "Cache") : null;
  if (platform === "darwin") return home ? join(home, "Library", "Caches", "prfaq") : null;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "prfaq");
  return home ? join(home, ".cache", "prfaq") : null;
}

function safeHomedir(): string {
  try {
    return homedir();
  } catch {
    return "";
  }
}

/** The command name as a file name part: one of the CLI's words, or "other" for anything else (a typo, a path, --help). */
export function commandSlug(argument: string | undefined): string {
  return argument && /^[a-z][a-z-]{0,31}$/.test(argument) ? argument : "other";
}

/** FNV-1a, 32 bits: enough to tell apart the keys one machine sees, without loading node:crypto at every start. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

/** The cache file's name for this bundle, command and Node: anything that changes what V8 would compile changes the name. */
export function cacheFileName(parts: { build: string; size: number; mtimeMs: number; command: string; execArgv?: string[]; nodeOptions?: string }): string {
  const runtime = [process.version, process.arch, (parts.execArgv ?? process.execArgv).join(" "), parts.nodeOptions ?? process.env.NODE_OPTIONS ?? ""].join("\n");
  return `${parts.command}-${parts.build}-${fnv1a(`${parts.size}:${parts.mtimeMs}\n${runtime}`)}.v8cache`;
}

function readFirst(folders: string[], name: string): Buffer | undefined {
  for (const folder of folders) {
    try {
      return readFileSync(join(folder, name));
    } catch {
      // Not there, or not readable: look in the next folder.
    }
  }
  return undefined;
}

/** Writes through a file of this process's own and renames it into place, so a run reading the cache meanwhile sees the old file or the new one, never half of one. */
function writeInto(folder: string, name: string, data: () => Buffer, command: string): string | null {
  const file = join(folder, name);
  const partial = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    mkdirSync(folder, { recursive: true });
    fd = openSync(partial, "wx", 0o644);
  } catch {
    return null;
  }
  try {
    const bytes = data();
    writeSync(fd, bytes, 0, bytes.length);
    closeSync(fd);
    renameSync(partial, file);
  } catch {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    rmSync(partial, { force: true });
    return null;
  }
  removeStaleCaches(folder, name, command);
  return file;
}

/**
 * Another build's cache for the same command is never read again. Caches of
 * this build for another Node or other flags stay: two of them used in turn
 * would otherwise remove each other at every run.
 */
function removeStaleCaches(folder: string, keep: string, command: string): void {
  const build = keep.slice(command.length + 1, command.length + 17);
  const sameCommand = new RegExp(`^${command}-([0-9a-f]{16})-[0-9a-f]{8}\\.v8cache$`);
  try {
    for (const entry of readdirSync(folder)) {
      const other = sameCommand.exec(entry)?.[1];
      if (other && other !== build) rmSync(join(folder, entry), { force: true });
    }
  } catch {
    // Tidying is a courtesy; a folder that can't be listed keeps its files.
  }
}

export function loadBundle(options: BundleOptions): LoadedBundle {
  const fd = openSync(options.bundle, "r");
  let source: string;
  let stat: { size: number; mtimeMs: number };
  try {
    stat = fstatSync(fd);
    source = readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
  const build = BUILD_HEADER.exec(source)?.[1];
  const folders = build ? options.cacheFolders : [];
  const name = build ? cacheFileName({ build, size: stat.size, mtimeMs: stat.mtimeMs, command: options.command }) : "";
  const cachedData = folders.length ? readFirst(folders, name) : undefined;
  const script = new Script(source, { filename: options.bundle, cachedData });
  const cache: CacheUse = !folders.length ? "off" : !cachedData ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  return {
    cache,
    run() {
      const wrapper = script.runInThisContext() as BundleFunction;
      const module = { exports: {} };
      wrapper(module.exports, createRequire(options.bundle), module, options.bundle, dirname(options.bundle), pathToFileURL(options.bundle).href, options.importModule);
    },
    saveCache() {
      if (cache === "used" || cache === "off") return null;
      let data: Buffer | null = null;
      const once = () => (data ??= script.createCachedData());
      for (const folder of folders) {
        const written = writeInto(folder, name, once, options.command);
        if (written) return written;
      }
      return null;
    },
  };
}
