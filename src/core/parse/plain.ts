import { OffsetMap } from "../model/positions";
import type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";

/** Blank for Markdown: only spaces and tabs (a no-break space is text). */
export const BLANK = /^[ \t]*\r?$/;

/**
 * Plain prose: paragraphs (and ATX headings) with no character Markdown would
 * treat specially. Most press-release paragraphs are like this, and reading
 * them needs no tokenizer; `readPlainChunk` gives exactly the blocks
 * micromark would (a property test holds the two to the same output).
 */
const PLAIN_LINE = /^ {0,3}(?:[\p{L}"“‘'(]|\d+(?!\d)(?![.)](?:\s|$)))[^*_`[\]<>&\\|~\t]*$/u;
const PLAIN_HEADING = /^ {0,3}(#{1,6})(?:[ ]+([^*_`[\]<>&\\|~\t#]*?))?(?:[ ]+#+)?[ ]*$/;
const SPECIAL = /[*_`[\]<>&\\|~\t]/;

export function isPlainChunk(text: string): boolean {
  if (SPECIAL.test(text)) return false;
  const lines = text.split("\n");
  let first = true;
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (BLANK.test(line)) continue;
    if (/ {2,}$/.test(line) || line.includes("\r")) return false;
    if (first && line.trimStart().startsWith("#")) {
      if (!PLAIN_HEADING.test(line)) return false;
      first = false;
      continue;
    }
    first = false;
    if (!PLAIN_LINE.test(line)) return false;
  }
  return true;
}

export function readPlainChunk(chunk: MarkdownChunk): ParsedMarkdown {
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  const text = chunk.text;
  const base = chunk.offset;
  let paragraph: { from: number; to: number }[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    const map = new OffsetMap();
    const parts: string[] = [];
    let length = 0;
    paragraph.forEach(({ from, to }, i) => {
      let a = from;
      while (a < to && text[a] === " ") a++;
      let b = to;
      if (i === paragraph.length - 1) while (b > a && text[b - 1] === " ") b--;
      else while (b > a && text[b - 1] === " ") b--;
      if (i > 0) {
        // The line ending stays as written ("\r\n" too), as the tokenizer keeps it.
        const ending = text[paragraph[i - 1].to] === "\r" ? "\r\n" : "\n";
        map.pushRun(length, base + paragraph[i - 1].to, ending.length);
        parts.push(ending);
        length += ending.length;
      }
      map.pushRun(length, base + a, b - a);
      parts.push(text.slice(a, b));
      length += b - a;
    });
    const first = paragraph[0];
    const last = paragraph[paragraph.length - 1];
    let start = first.from;
    while (text[start] === " ") start++;
    out.blocks.push(plainBlock("paragraph", parts.join(""), map, base + start, base + last.to, 0));
    paragraph = [];
  };
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const to = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
    const line = text.slice(pos, to);
    if (BLANK.test(line)) flush();
    else {
      const heading = paragraph.length === 0 ? PLAIN_HEADING.exec(line) : null;
      if (heading && line.trimStart().startsWith("#")) {
        const content = heading[2] ?? "";
        const contentAt = content ? pos + line.indexOf(content, line.indexOf(heading[1]) + heading[1].length) : pos;
        const map = new OffsetMap();
        map.pushRun(0, base + contentAt, content.length);
        out.blocks.push(plainBlock("heading", content, map, base + pos + line.indexOf("#"), base + to, heading[1].length));
      } else paragraph.push({ from: pos, to });
    }
    if (eol >= text.length) break;
    pos = eol + 1;
  }
  flush();
  return out;
}

function plainBlock(kind: "paragraph" | "heading", text: string, map: OffsetMap, start: number, end: number, depth: number): RawBlock {
  return { kind, text, map, start, end, depth, listDepth: 0, listItemStart: false, listOrdinal: null, quoteDepth: 0, leadEmphasis: null, emphasised: false, emphasis: [], hardBreaks: [] };
}
