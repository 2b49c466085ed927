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

/**
 * A whole line in bold, opening a paragraph: "**Q: What does it cost?**" over
 * its answer, or a bold label. The bold is read directly too: its content
 * holds nothing special and neither starts nor ends with a space, so
 * CommonMark's flanking rules always make it strong emphasis.
 */
const BOLD_LINE = /^( {0,3})\*\*((?=[^\s*])[^*_`[\]<>&\\|~\t]*?[^\s*])\*\*[ ]*$/;

export function isPlainChunk(text: string): boolean {
  const lines = text.split("\n");
  let first = true;
  let paragraphStart = true;
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (BLANK.test(line)) {
      paragraphStart = true;
      continue;
    }
    if (/ {2,}$/.test(line) || line.includes("\r")) return false;
    const startsParagraph = paragraphStart;
    paragraphStart = false;
    if (first && line.trimStart().startsWith("#")) {
      if (SPECIAL.test(line) || !PLAIN_HEADING.test(line)) return false;
      first = false;
      paragraphStart = true;
      continue;
    }
    first = false;
    if (startsParagraph && BOLD_LINE.test(line)) continue;
    if (SPECIAL.test(line) || !PLAIN_LINE.test(line)) return false;
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
    let lead: string | null = null;
    paragraph.forEach(({ from, to }, i) => {
      let a = from;
      while (a < to && text[a] === " ") a++;
      let b = to;
      while (b > a && text[b - 1] === " ") b--;
      const bold = i === 0 ? BOLD_LINE.exec(text.slice(from, to)) : null;
      if (bold) {
        a = from + bold[1].length + 2;
        b = a + bold[2].length;
        lead = bold[2];
      }
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
    const block = plainBlock("paragraph", parts.join(""), map, base + start, base + last.to, 0);
    if (lead !== null) {
      block.leadEmphasis = lead;
      block.emphasised = paragraph.length === 1;
      block.emphasis = [[0, (lead as string).length]];
    }
    out.blocks.push(block);
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
      const heading = paragraph.length === 0 && !line.includes("*") ? PLAIN_HEADING.exec(line) : null;
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
  return { kind, text, map: text ? map : OffsetMap.empty(start), start, end, depth, listDepth: 0, listItemStart: false, listOrdinal: null, quoteDepth: 0, leadEmphasis: null, emphasised: false, emphasis: [], hardBreaks: [] };
}
