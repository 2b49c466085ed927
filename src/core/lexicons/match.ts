/**
 * Compiles a word list into one regular expression, so a lexicon costs one
 * scan of the text however long it is.
 *
 * Entry syntax: plain words and phrases match whole words, case-insensitively;
 * a trailing `*` matches any ending ("frustrat*"); an entry that starts with
 * `re:` is a regular expression used as written.
 */
export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
  /** The lexicon entry that matched. */
  entry: string;
}

export interface PhraseMatcher {
  entries: readonly string[];
  find(text: string): PhraseMatch[];
  test(text: string): boolean;
  count(text: string): number;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function entryPattern(entry: string): string {
  if (entry.startsWith("re:")) return `(?:${entry.slice(3).replace(/(?<!\\)\((?!\?)/g, "(?:")})`;
  const wildcard = entry.endsWith("*");
  const words = (wildcard ? entry.slice(0, -1) : entry).trim();
  const body = escape(words)
    .replace(/'/g, "['’]")
    .replace(/-/g, "[-‐‑–]?")
    .replace(/\s+/g, "[\\s\\-]+");
  const startsWithWord = /^[\p{L}\p{N}]/u.test(words);
  const endsWithWord = /[\p{L}\p{N}]$/u.test(words);
  const before = startsWithWord ? "(?<![\\p{L}\\p{N}])" : "";
  const after = wildcard ? "[\\p{L}\\p{N}'’-]*" : endsWithWord ? "(?![\\p{L}\\p{N}])" : "";
  return `${before}${body}${after}`;
}

const cache = new WeakMap<readonly string[], PhraseMatcher>();

export function compilePhrases(entries: readonly string[]): PhraseMatcher {
  const cached = cache.get(entries);
  if (cached) return cached;
  const usable = entries.filter((e) => e.trim() !== "");
  // Longer entries first, so "enterprise customers" wins over "enterprise".
  const ordered = [...usable].sort((a, b) => b.length - a.length);
  const patterns = ordered.map(entryPattern);
  const source = patterns.length ? patterns.map((p) => `(${p})`).join("|") : "(?!)";
  const regex = new RegExp(source, "giu");
  const matcher: PhraseMatcher = {
    entries,
    find(text) {
      const out: PhraseMatch[] = [];
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(text))) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        let which = 1;
        while (which < m.length && m[which] === undefined) which++;
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length, entry: ordered[which - 1] ?? "" });
      }
      return out;
    },
    test(text) {
      regex.lastIndex = 0;
      return regex.test(text);
    },
    count(text) {
      regex.lastIndex = 0;
      let n = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(text))) {
        if (m[0].length === 0) regex.lastIndex++;
        else n++;
      }
      return n;
    },
  };
  cache.set(entries, matcher);
  return matcher;
}
