import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const coreDir = join(import.meta.dirname, "..", "src", "core");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("src/core stays isomorphic", () => {
  const files = sourceFiles(coreDir);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((f) => [relative(coreDir, f), f]))("%s imports nothing from Node.js or from the layers above", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const imports = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]);
    const offenders = imports.filter(
      (spec) => spec.startsWith("node:") || ["fs", "path", "os", "child_process", "crypto", "url", "util", "stream"].includes(spec) || /(^|\/)(cli|server|web|lsp)(\/|$)/.test(spec),
    );
    expect(offenders).toEqual([]);
    expect(text).not.toMatch(/\bprocess\.(env|argv|cwd|exit)\b|\bBuffer\.|__dirname/);
  });
});
