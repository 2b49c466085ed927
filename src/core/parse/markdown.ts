import type { Root } from "mdast";
import { fromMarkdown, type Options } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { BlockWalker } from "./mdast-blocks";
import { BLANK, isPlainChunk, readPlainChunk } from "./plain";
import type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";

export type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";
export { isPlainChunk } from "./plain";

const LARGE_CHUNK = 4 * 1024;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Splits a document before its top-level ATX headings (outside code fences,
 * HTML comments and front matter), and splits long heading-less stretches at
 * safe blank lines. Each chunk parses on its own, which bounds the memory a
 * huge document needs and lets editors reparse only the chunk that changed.
 */
export function splitIntoChunks(text: string, everyParagraph = false): MarkdownChunk[] {
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let inComment = false;
  let rawHtml = false;
  let pos = 0;
  let previousBlank = true;
  let lineNo = 0;
  let inFrontMatter = /^---[ \t]*\r?\n/.test(text);
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const line = text.slice(pos, eol).replace(/\r$/, "");
    const next = eol + 1;
    if (inFrontMatter) {
      if (lineNo > 0 && /^(---|\.\.\.)[ \t]*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      const close = FENCE.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
    } else if (inComment) {
      if (line.includes("-->")) inComment = false;
    } else if (rawHtml) {
      if (/<\/(?:script|pre|style|textarea)>/i.test(line)) rawHtml = false;
    } else {
      const open = FENCE.exec(line);
      if (open) fence = open[1];
      else if (/^ {0,3}<!--/.test(line) && !line.includes("-->", line.indexOf("<!--") + 4)) inComment = true;
      else if (/^ {0,3}<(?:script|pre|style|textarea)\b/i.test(line) && !/<\/(?:script|pre|style|textarea)>/i.test(line)) rawHtml = true;
      else if (pos > chunkStart && ATX_HEADING.test(line)) {
        chunks.push({ text: text.slice(chunkStart, pos), offset: chunkStart });
        chunkStart = pos;
      } else if (
        (everyParagraph || pos - chunkStart > LARGE_CHUNK) &&
        previousBlank &&
        !BLANK.test(line) &&
        !/^[ \t]/.test(line) &&
        // A list item, even an empty one, may continue the list before it.
        !/^([-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)
      ) {
        chunks.push({ text: text.slice(chunkStart, pos), offset: chunkStart });
        chunkStart = pos;
      }
    }
    previousBlank = BLANK.test(line);
    pos = next;
    lineNo++;
  }
  if (chunkStart < text.length || chunks.length === 0) chunks.push({ text: text.slice(chunkStart), offset: chunkStart });
  return chunks;
}

const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;
const TABLE_DELIMITER_WITH_PIPE = /^[ \t]*(\|[ \t]*:?-+:?|:?-+:?[ \t]*\|)/m;

/**
 * Only the GFM constructs that the chunk could contain are switched on: the
 * table and autolink tokenizers cost more than the rest of parsing together,
 * and the tree is the same either way.
 */
/**
 * Indented code is switched off: in PR/FAQs exported from word processors an
 * indented paragraph is prose, and reading it as code would hide it from the
 * critic. Fenced code blocks still work.
 */
const noIndentedCode = { disable: { null: ["codeIndented"] } };

function optionsFor(chunk: string, first: boolean): Options {
  const extensions: NonNullable<Options["extensions"]> = [noIndentedCode];
  const mdastExtensions: NonNullable<Options["mdastExtensions"]> = [];
  if (first && /^---[ \t]*\r?\n/.test(chunk)) {
    extensions.push(frontmatter(["yaml"]));
    mdastExtensions.push(frontmatterFromMarkdown(["yaml"]));
  }
  if (TABLE_DELIMITER_WITH_PIPE.test(chunk) && TABLE_DELIMITER.test(chunk)) {
    extensions.push(gfmTable());
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (chunk.includes("~")) {
    extensions.push(gfmStrikethrough());
    mdastExtensions.push(gfmStrikethroughFromMarkdown());
  }
  if (/www\.|:\/\/|@/.test(chunk)) {
    extensions.push(gfmAutolinkLiteral());
    mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
  }
  if (chunk.includes("[^")) {
    extensions.push(gfmFootnote());
    mdastExtensions.push(gfmFootnoteFromMarkdown());
  }
  if (/\[[ xX]\]/.test(chunk)) {
    extensions.push(gfmTaskListItem());
    mdastExtensions.push(gfmTaskListItemFromMarkdown());
  }
  return { extensions, mdastExtensions };
}

/** `plain` says whether the chunk is plain prose when the caller already knows; otherwise it is tested here. */
export function parseChunk(chunk: MarkdownChunk, first: boolean, allowPlain = true, plain?: boolean): ParsedMarkdown {
  if (allowPlain && (plain ?? (!(first && chunk.text.startsWith("---")) && isPlainChunk(chunk.text)))) return readPlainChunk(chunk);
  const tree: Root = fromMarkdown(chunk.text, optionsFor(chunk.text, first));
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  const walker = new BlockWalker(chunk.text, chunk.offset, out);
  for (const node of tree.children) walker.visit(node, { listDepth: 0, quoteDepth: 0 });
  return out;
}

/**
 * Remembers the parse of recent chunks by their text, so that reparsing a
 * document after a small edit only parses the chunk that changed.
 */
export class ChunkCache {
  private readonly entries = new Map<string, ParsedMarkdown>();

  constructor(private readonly capacity = 512) {}

  get(key: string): ParsedMarkdown | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: ParsedMarkdown): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  get size(): number {
    return this.entries.size;
  }
}

function shiftBlock(block: RawBlock, by: number): RawBlock {
  return { ...block, start: block.start + by, end: block.end + by, map: block.map.shifted(by), origin: block };
}

const MAX_MARK_RUN = 32;
const MAX_QUOTE_DEPTH = 32;
const MAX_INDENT = 128;

/**
 * Defuses nesting no PR/FAQ needs but that makes Markdown parsing slow or
 * deeply recursive: runs of emphasis marks, blockquotes dozens deep, list
 * items indented past column 128. Characters are replaced one for one, so
 * every position in the document stays exact.
 */
export function defuseDeepNesting(text: string): string {
  const marks = new RegExp(`[*_~\`]{${MAX_MARK_RUN + 1},}`, "g");
  const quotes = new RegExp(`^(?:[ \t]*>){${MAX_QUOTE_DEPTH + 1},}`, "gm");
  const indented = new RegExp(`^([ \t]{${MAX_INDENT + 1},})([-*+]|\\d{1,9}[.)])(?=[ \t])`, "gm");
  if (!marks.test(text) && !quotes.test(text) && !indented.test(text)) return text;
  return text
    .replace(marks, (run) => run.slice(0, MAX_MARK_RUN) + " ".repeat(run.length - MAX_MARK_RUN))
    .replace(quotes, (prefix) => {
      let seen = 0;
      return prefix.replace(/>/g, (m) => (++seen > MAX_QUOTE_DEPTH ? " " : m));
    })
    .replace(indented, (_m, space: string, marker: string) => space + " ".repeat(marker.length));
}

/**
 * Splits at every safe paragraph boundary, then joins neighbouring pieces that
 * need the full Markdown parser, so plain prose skips the tokenizer and the
 * rest is parsed in as few calls as possible.
 */
interface PlannedChunk extends MarkdownChunk {
  plain: boolean;
}

function planChunks(text: string): PlannedChunk[] {
  const pieces = splitIntoChunks(text, true);
  const out: PlannedChunk[] = [];
  let pending: PlannedChunk | null = null;
  pieces.forEach((piece, i) => {
    const plain = !(i === 0 && piece.text.startsWith("---")) && isPlainChunk(piece.text);
    if (plain) {
      if (pending) out.push(pending);
      pending = null;
      out.push({ ...piece, plain });
      return;
    }
    const firstLine = piece.text.slice(0, piece.text.indexOf("\n") + 1 || piece.text.length).replace(/\r?\n$/, "");
    const startsHeading = ATX_HEADING.test(firstLine);
    if (pending && !startsHeading && pending.text.length + piece.text.length <= LARGE_CHUNK) {
      pending = { text: pending.text + piece.text, offset: pending.offset, plain: false };
    } else {
      if (pending) out.push(pending);
      pending = { ...piece, plain: false };
    }
  });
  if (pending) out.push(pending);
  return out;
}

export interface ParseMarkdownOptions {
  /** Read plain prose without the Markdown tokenizer (on by default; off to compare the two). */
  plainFastPath?: boolean;
}

export function parseMarkdown(input: string, cache?: ChunkCache, options: ParseMarkdownOptions = {}): ParsedMarkdown {
  const text = defuseDeepNesting(input);
  // Link reference definitions resolve across the document: keep such documents in the larger chunks.
  const fast = options.plainFastPath !== false && !/^ {0,3}\[[^\]\n]+\]:/m.test(text);
  const chunks: (MarkdownChunk & { plain?: boolean })[] = fast ? planChunks(text) : splitIntoChunks(text);
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  chunks.forEach((chunk, i) => {
    const first = i === 0;
    let parsed: ParsedMarkdown;
    if (cache) {
      // Cached parses are stored as if the chunk started at offset 0.
      const key = (first ? "F" : "N") + chunk.text;
      let relative = cache.get(key);
      if (!relative) {
        relative = parseChunk({ text: chunk.text, offset: 0 }, first, fast, chunk.plain);
        cache.set(key, relative);
      }
      parsed = {
        blocks: chunk.offset ? relative.blocks.map((b) => shiftBlock(b, chunk.offset)) : relative.blocks,
        frontMatter: relative.frontMatter,
      };
    } else parsed = parseChunk(chunk, first, fast, chunk.plain);
    if (parsed.frontMatter) out.frontMatter = parsed.frontMatter;
    for (const b of parsed.blocks) out.blocks.push(b);
  });
  return out;
}
