import { readdir, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { UserError } from "../errors";

export const DOCUMENT_EXTENSIONS = [".md", ".markdown", ".mdown", ".txt", ".docx"];
const SKIP_DIRS = new Set(["node_modules", ".git", ".hg", ".svn", "dist", ".prfaq"]);

const isDocument = (name: string) => DOCUMENT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UserError(e.code === "EACCES" || e.code === "EPERM" ? `${dir}: permission denied (check the directory's permissions)` : `${dir}: cannot be read (${e.code ?? e.message})`);
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) await walk(join(dir, entry.name), out);
    } else if (entry.isFile() && isDocument(entry.name)) out.push(join(dir, entry.name));
  }
}

/**
 * Turns the command line's paths, globs and directories into a list of
 * documents. "-" stands for standard input.
 */
export async function expandPaths(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === "-") {
      out.push("-");
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      // tinyglobby (and the picomatch it loads from node_modules, outside the bundle) only for a path that isn't there.
      const globbing = e.code === "ENOENT" ? await import("tinyglobby") : null;
      if (globbing?.isDynamicPattern(input)) {
        const matches = await globbing.glob(input, { ignore: ["**/node_modules/**", "**/.git/**"], absolute: false, dot: false });
        const docs = matches.filter(isDocument).sort();
        if (!docs.length) throw new UserError(`${input}: the pattern matches no Markdown or text documents`);
        out.push(...docs);
        continue;
      }
      if (e.code === "ENOENT") throw new UserError(`${input}: no such file or directory`);
      if (e.code === "EACCES" || e.code === "EPERM") throw new UserError(`${input}: permission denied (check its permissions)`);
      throw new UserError(`${input}: cannot be read (${e.code ?? e.message})`);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(input, found);
      if (!found.length) throw new UserError(`${input}: the directory holds no Markdown, text or Word documents (${DOCUMENT_EXTENSIONS.join(", ")})`);
      out.push(...found);
    } else out.push(input);
  }
  return [...new Set(out)];
}

export function displayPath(path: string): string {
  if (path === "-") return "<stdin>";
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}
