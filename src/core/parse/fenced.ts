import { pointAt, walkNode } from "./mdast-blocks";
import { BLANK } from "./plain";
import type { MarkdownChunk, ParsedMarkdown } from "./raw";

/** What lies between a block's opening line and its closing line, and where the closing line ends. */
export interface ClosedBlock {
  value: string;
  end: number;
}

/**
 * A chunk that is one block between its first line and the first line that
 * `closes` it, with nothing after that but blank lines: a code fence, front
 * matter. The value is the lines between, without the line ending before the
 * closing line, as the tokenizer gives it. Null when nothing closes it, when a
 * line between makes `giveUp` true, or when a lone carriage return (a line
 * ending for Markdown, not here) is in the chunk.
 */
export function closedBlock(text: string, closes: (line: string) => boolean, giveUp: (line: string) => boolean = () => false): ClosedBlock | null {
  if (/\r(?!\n)/.test(text)) return null;
  const lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
  const contentStart = text.indexOf("\n") + 1;
  if (contentStart === 0) return null;
  let at = contentStart;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (closes(line)) {
      if (!lines.slice(i + 1).every((rest) => BLANK.test(rest))) return null;
      const ending = at > contentStart ? (text[at - 2] === "\r" ? 2 : 1) : 0;
      return { value: text.slice(contentStart, at - ending), end: at + line.length };
    }
    if (giveUp(line)) return null;
    const eol = text.indexOf("\n", at);
    if (eol < 0) return null;
    at = eol + 1;
  }
  return null;
}

const OPENING = /^(`{3,}|~{3,})(.*)$/;
const CLOSING = /^(`{3,}|~{3,})[ \t]*$/;
// A line that could close or open a fence once its indentation is read: left to the tokenizer.
const INDENTED_FENCE = /^[ \t]+(?:`{3}|~{3})/;

/**
 * A chunk that is one fenced code block at the left margin, closed, with
 * nothing after it but blank lines. Its code node is built here and handed to
 * the same walker the tokenizer's tree goes through, so the block, its text
 * and its offsets are the tokenizer's (a property test holds the two to it).
 * Anything less simple returns null and goes to the tokenizer.
 */
function fenceOf(text: string): ClosedBlock | null {
  if (!text.startsWith("```") && !text.startsWith("~~~")) return null;
  const open = OPENING.exec(text.slice(0, text.indexOf("\n") + 1 || text.length).replace(/\r?\n$/, ""));
  if (!open) return null;
  const mark = open[1];
  if (mark[0] === "`" && open[2].includes("`")) return null;
  const closes = (line: string) => {
    const close = CLOSING.exec(line);
    return !!close && close[1][0] === mark[0] && close[1].length >= mark.length;
  };
  return closedBlock(text, closes, (line) => INDENTED_FENCE.test(line));
}

export const isFencedChunk = (text: string): boolean => fenceOf(text) !== null;

export function readFencedChunk(chunk: MarkdownChunk): ParsedMarkdown | null {
  const fence = fenceOf(chunk.text);
  if (!fence) return null;
  return walkNode({ type: "code", value: fence.value, position: { start: pointAt(0), end: pointAt(fence.end) } }, chunk.text, chunk.offset);
}
