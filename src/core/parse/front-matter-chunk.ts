import type { Yaml } from "mdast";
import { BlockWalker } from "./mdast-blocks";
import { BLANK } from "./plain";
import type { MarkdownChunk, ParsedMarkdown } from "./raw";

const FENCE = /^---[ \t]*$/;

/**
 * A first chunk that is YAML front matter and nothing else but blank lines:
 * "---", the YAML, "---". Its node is built here, as the front matter
 * tokenizer builds it, and handed to the same walker (a property test holds
 * the two to the same result). Anything else returns null and goes to the
 * tokenizer.
 */
export function readFrontMatterChunk(chunk: MarkdownChunk): ParsedMarkdown | null {
  const text = chunk.text;
  if (!text.startsWith("---") || /\r(?!\n)/.test(text)) return null;
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  if (lines.length < 2 || !FENCE.test(lines[0])) return null;
  const contentStart = text.indexOf("\n") + 1;
  let at = contentStart;
  for (let i = 1; i < lines.length; i++) {
    if (FENCE.test(lines[i])) {
      if (!lines.slice(i + 1).every((rest) => BLANK.test(rest))) return null;
      const ending = at > contentStart ? (text[at - 2] === "\r" ? 2 : 1) : 0;
      const node: Yaml = {
        type: "yaml",
        value: text.slice(contentStart, at - ending),
        position: { start: { line: 1, column: 1, offset: 0 }, end: { line: i + 1, column: 1, offset: at + lines[i].length } },
      };
      const out: ParsedMarkdown = { blocks: [], frontMatter: null };
      new BlockWalker(text, chunk.offset, out).visit(node, { listDepth: 0, quoteDepth: 0 });
      return out;
    }
    const eol = text.indexOf("\n", at);
    if (eol < 0) return null;
    at = eol + 1;
  }
  return null;
}
