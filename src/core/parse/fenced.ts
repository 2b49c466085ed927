import type { Code } from "mdast";
import { BlockWalker } from "./mdast-blocks";
import { BLANK } from "./plain";
import type { MarkdownChunk, ParsedMarkdown } from "./raw";

/**
 * A chunk that is one fenced code block at the left margin, closed, with
 * nothing after it but blank lines. Its code node is built here and handed to
 * the same walker the tokenizer's tree goes through, so the block, its text
 * and its offsets are the tokenizer's (a property test holds the two to it).
 * Anything less simple returns null and goes to the tokenizer.
 */
interface Fence {
  value: string;
  end: number;
}

const OPENING = /^(`{3,}|~{3,})(.*)$/;
const CLOSING = /^(`{3,}|~{3,})[ \t]*$/;
// A line that could close or open a fence once its indentation is read: left to the tokenizer.
const INDENTED_FENCE = /^[ \t]+(?:`{3}|~{3})/;

function fenceOf(text: string): Fence | null {
  if (!text.startsWith("```") && !text.startsWith("~~~")) return null;
  // Lone carriage returns end lines for the tokenizer, not here.
  if (/\r(?!\n)/.test(text)) return null;
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  const open = OPENING.exec(lines[0]);
  if (!open) return null;
  const mark = open[1];
  if (mark[0] === "`" && open[2].includes("`")) return null;
  let at = text.indexOf("\n") + 1;
  if (at === 0) return null;
  const contentStart = at;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const close = CLOSING.exec(line);
    if (close && close[1][0] === mark[0] && close[1].length >= mark.length) {
      if (!lines.slice(i + 1).every((rest) => BLANK.test(rest))) return null;
      const ending = at > contentStart ? (text[at - 2] === "\r" ? 2 : 1) : 0;
      return { value: text.slice(contentStart, at - ending), end: at + line.length };
    }
    if (INDENTED_FENCE.test(line)) return null;
    at += text.indexOf("\n", at) < 0 ? text.length - at : text.indexOf("\n", at) - at + 1;
  }
  return null;
}

export const isFencedChunk = (text: string): boolean => fenceOf(text) !== null;

export function readFencedChunk(chunk: MarkdownChunk): ParsedMarkdown | null {
  const fence = fenceOf(chunk.text);
  if (!fence) return null;
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  const node: Code = {
    type: "code",
    value: fence.value,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: fence.end } },
  };
  new BlockWalker(chunk.text, chunk.offset, out).visit(node, { listDepth: 0, quoteDepth: 0 });
  return out;
}
