/**
 * A small glob matcher for the `files` setting of `.prfaq.yml`. It knows `*`,
 * `**`, `?`, `[abc]`, `[!abc]`, `{a,b}` and backslash escapes, which is all a
 * list of document names needs; paths use `/` whatever the platform.
 */

const REGEXP_SPECIAL = /[.+^$()|\\/]/;

/** Compiles a glob into a regular expression that must match the whole path. */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "\\" && i + 1 < glob.length) {
      out += escapeChar(glob[++i]);
    } else if (ch === "*") {
      if (glob[i + 1] === "*") {
        const atSegmentStart = i === 0 || glob[i - 1] === "/";
        i++;
        if (atSegmentStart && glob[i + 1] === "/") {
          // "**/" also matches no folder at all: "**/x.md" matches "x.md".
          out += "(?:[^/]*/)*";
          i++;
        } else {
          out += ".*";
        }
      } else {
        out += "[^/]*";
      }
    } else if (ch === "?") {
      out += "[^/]";
    } else if (ch === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) {
        out += "\\[";
        continue;
      }
      let body = glob.slice(i + 1, close);
      if (body.startsWith("!")) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, "\\\\")}]`;
      i = close;
    } else if (ch === "{") {
      braceDepth++;
      out += "(?:";
    } else if (ch === "}" && braceDepth > 0) {
      braceDepth--;
      out += ")";
    } else if (ch === "," && braceDepth > 0) {
      out += "|";
    } else {
      out += escapeChar(ch);
    }
  }
  out += ")".repeat(braceDepth);
  return new RegExp(`^${out}$`);
}

function escapeChar(ch: string): string {
  return REGEXP_SPECIAL.test(ch) || "[]{}*?".includes(ch) ? `\\${ch}` : ch;
}

/**
 * A glob without a slash names files at any depth ("*.prfaq.md"), the way
 * .gitignore reads it; a glob with a slash is a path from the folder that
 * holds the configuration ("docs/**\/*.md").
 */
export function matchesGlob(glob: string, relativePath: string): boolean {
  const pattern = glob.replace(/^\.\//, "").replace(/^\//, "");
  const path = relativePath.replace(/\\/g, "/");
  if (!pattern.includes("/")) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    return globToRegExp(pattern).test(name);
  }
  return globToRegExp(pattern).test(path);
}
