import { closedBlock } from "./fenced";
import { pointAt, walkNode } from "./mdast-blocks";
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
  if (!text.startsWith("---") || !FENCE.test(text.slice(0, text.indexOf("\n") + 1 || text.length).replace(/\r?\n$/, ""))) return null;
  const block = closedBlock(text, (line) => FENCE.test(line));
  if (!block) return null;
  return walkNode({ type: "yaml", value: block.value, position: { start: pointAt(0), end: pointAt(block.end) } }, text, chunk.offset);
}
