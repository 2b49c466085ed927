import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
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
import { OffsetMap } from "../model/positions";
import type { BlockKind } from "../model/types";

/** A block before positions are resolved to lines: offsets are absolute. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  map: OffsetMap;
  start: number;
  end: number;
  depth: number;
  listDepth: number;
  listItemStart: boolean;
  listOrdinal: number | null;
  quoteDepth: number;
  leadEmphasis: string | null;
  emphasised: boolean;
  /** Ranges of `text` set in bold or italics. */
  emphasis: [number, number][];
  /** Indices in `text` of hard line breaks (two trailing spaces or a backslash). */
  hardBreaks: number[];
  /** The cached block this one was moved from, when it came from the chunk cache. */
  origin?: RawBlock;
}

export interface MarkdownChunk {
  text: string;
  offset: number;
}

export interface ParsedMarkdown {
  blocks: RawBlock[];
  frontMatter: { value: string; start: number; end: number; valueStart: number } | null;
}

const LARGE_CHUNK = 4 * 1024;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Blank for Markdown: only spaces and tabs (a no-break space is text). */
const BLANK = /^[ \t]*\r?$/;
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
        !/^([-*+]|\d{1,9}[.)])[ \t]/.test(line)
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

function readPlainChunk(chunk: MarkdownChunk): ParsedMarkdown {
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

export function parseChunk(chunk: MarkdownChunk, first: boolean, allowPlain = true): ParsedMarkdown {
  if (allowPlain && !(first && chunk.text.startsWith("---")) && isPlainChunk(chunk.text)) return readPlainChunk(chunk);
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
function planChunks(text: string): MarkdownChunk[] {
  const pieces = splitIntoChunks(text, true);
  const out: MarkdownChunk[] = [];
  let pending: MarkdownChunk | null = null;
  pieces.forEach((piece, i) => {
    const plain = !(i === 0 && piece.text.startsWith("---")) && isPlainChunk(piece.text);
    if (plain) {
      if (pending) out.push(pending);
      pending = null;
      out.push(piece);
      return;
    }
    const firstLine = piece.text.slice(0, piece.text.indexOf("\n") + 1 || piece.text.length).replace(/\r?\n$/, "");
    const startsHeading = ATX_HEADING.test(firstLine);
    if (pending && !startsHeading && pending.text.length + piece.text.length <= LARGE_CHUNK) {
      pending = { text: pending.text + piece.text, offset: pending.offset };
    } else {
      if (pending) out.push(pending);
      pending = piece;
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
  const chunks = fast ? planChunks(text) : splitIntoChunks(text);
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  chunks.forEach((chunk, i) => {
    const first = i === 0;
    let parsed: ParsedMarkdown;
    if (cache) {
      // Cached parses are stored as if the chunk started at offset 0.
      const key = (first ? "F" : "N") + chunk.text;
      let relative = cache.get(key);
      if (!relative) {
        relative = parseChunk({ text: chunk.text, offset: 0 }, first, fast);
        cache.set(key, relative);
      }
      parsed = {
        blocks: chunk.offset ? relative.blocks.map((b) => shiftBlock(b, chunk.offset)) : relative.blocks,
        frontMatter: relative.frontMatter,
      };
    } else parsed = parseChunk(chunk, first, fast);
    if (parsed.frontMatter) out.frontMatter = parsed.frontMatter;
    for (const b of parsed.blocks) out.blocks.push(b);
  });
  return out;
}

interface Context {
  listDepth: number;
  quoteDepth: number;
}

interface InlineState {
  parts: string[];
  length: number;
  map: OffsetMap;
  emphasis: [number, number][];
  hardBreaks: number[];
}

class BlockWalker {
  private pendingItemStart: { ordinal: number | null } | null = null;

  constructor(
    private readonly source: string,
    private readonly base: number,
    private readonly out: ParsedMarkdown,
  ) {}

  visit(node: RootContent, ctx: Context): void {
    switch (node.type) {
      case "yaml": {
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? 0;
        const raw = this.source.slice(start, end);
        const firstBreak = raw.indexOf("\n");
        this.out.frontMatter = {
          value: node.value,
          start: this.base + start,
          end: this.base + end,
          valueStart: this.base + start + (firstBreak >= 0 ? firstBreak + 1 : raw.length),
        };
        return;
      }
      case "heading":
        this.emitInline(node, "heading", ctx, node.depth);
        return;
      case "paragraph":
        this.emitInline(node, "paragraph", ctx, 0);
        return;
      case "blockquote":
        for (const child of node.children) this.visit(child, { ...ctx, quoteDepth: ctx.quoteDepth + 1 });
        return;
      case "list": {
        let ordinal = node.ordered ? (node.start ?? 1) : null;
        for (const item of node.children) {
          this.pendingItemStart = { ordinal };
          const itemCtx = { ...ctx, listDepth: ctx.listDepth + 1 };
          if (item.children.length === 0) this.emitEmptyItem(item, itemCtx);
          for (const child of item.children) this.visit(child, itemCtx);
          this.pendingItemStart = null;
          if (ordinal !== null) ordinal++;
        }
        return;
      }
      case "table":
        for (const row of node.children) {
          const state = this.newInline();
          row.children.forEach((cell, i) => {
            if (i > 0) this.appendText(state, " | ", cell.position?.start.offset ?? 0, false);
            for (const child of cell.children) this.inline(child, state);
          });
          this.pushBlock("table-row", state, row, ctx, 0, null, false);
        }
        return;
      case "code": {
        const state = this.newInline();
        this.appendText(state, node.value, node.position?.start.offset ?? 0, false);
        this.pushBlock("code", state, node, ctx, 0, null, false);
        return;
      }
      case "html": {
        const state = this.newInline();
        this.appendText(state, node.value, node.position?.start.offset ?? 0, true);
        this.pushBlock("html", state, node, ctx, 0, null, false);
        return;
      }
      case "thematicBreak":
        this.pushBlock("break", this.newInline(), node, ctx, 0, null, false);
        return;
      case "footnoteDefinition":
        for (const child of node.children) this.visit(child, ctx);
        return;
      default:
        // Definitions and other non-prose nodes carry nothing a reader sees.
        return;
    }
  }

  private emitEmptyItem(item: Nodes, ctx: Context): void {
    const state = this.newInline();
    this.pushBlock("paragraph", state, item, ctx, 0, null, false);
  }

  private emitInline(node: Heading | Paragraph, kind: BlockKind, ctx: Context, depth: number): void {
    const state = this.newInline();
    for (const child of node.children) this.inline(child, state);
    const significant = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
    const first = significant[0];
    let lead: string | null = null;
    if (first && (first.type === "strong" || first.type === "emphasis")) {
      const leadState = this.newInline();
      this.inline(first, leadState);
      lead = leadState.parts.join("").trim() || null;
    }
    const emphasised = significant.length === 1 && !!first && (first.type === "strong" || first.type === "emphasis");
    this.pushBlock(kind, state, node, ctx, depth, lead, emphasised);
  }

  private newInline(): InlineState {
    return { parts: [], length: 0, map: new OffsetMap(), emphasis: [], hardBreaks: [] };
  }

  private pushBlock(
    kind: BlockKind,
    state: InlineState,
    node: Nodes,
    ctx: Context,
    depth: number,
    leadEmphasis: string | null,
    emphasised: boolean,
  ): void {
    const itemStart = this.pendingItemStart;
    if (itemStart && kind !== "html") this.pendingItemStart = null;
    const start = this.base + (node.position?.start.offset ?? 0);
    const end = this.base + (node.position?.end.offset ?? 0);
    this.out.blocks.push({
      kind,
      text: state.parts.join(""),
      map: state.map,
      start,
      end,
      depth,
      listDepth: ctx.listDepth,
      listItemStart: !!itemStart && kind !== "html",
      listOrdinal: itemStart && kind !== "html" ? itemStart.ordinal : null,
      quoteDepth: ctx.quoteDepth,
      leadEmphasis,
      emphasised,
      emphasis: state.emphasis,
      hardBreaks: state.hardBreaks,
    });
  }

  private inline(node: PhrasingContent | Nodes, state: InlineState): void {
    switch (node.type) {
      case "text":
      case "inlineCode":
        this.appendText(state, node.value, node.position?.start.offset ?? 0, false, node.position?.end.offset);
        return;
      case "break":
        state.hardBreaks.push(state.length);
        this.appendText(state, "\n", node.position?.start.offset ?? 0, true);
        return;
      case "html":
        if (/^<br\s*\/?>$/i.test(node.value)) this.appendText(state, "\n", node.position?.start.offset ?? 0, true);
        return;
      case "emphasis":
      case "strong": {
        const from = state.length;
        for (const child of node.children) this.inline(child, state);
        if (state.length > from) state.emphasis.push([from, state.length]);
        return;
      }
      case "delete":
      case "link":
      case "linkReference":
        for (const child of node.children) this.inline(child, state);
        return;
      default:
        return;
    }
  }

  /**
   * Appends a text value and aligns it with its source. Escapes, entities and
   * stripped indentation make a value shorter than its source, so characters
   * are matched forward from where the last one was found.
   */
  private appendText(state: InlineState, value: string, sourceStart: number, verbatim: boolean, sourceEnd?: number): void {
    if (!value) return;
    const src = this.source;
    const plainStart = state.length;
    if (verbatim || (sourceEnd !== undefined && sourceEnd - sourceStart === value.length && src.startsWith(value, sourceStart))) {
      state.map.pushRun(plainStart, this.base + sourceStart, value.length);
    } else {
      let cursor = sourceStart;
      const limit = sourceEnd ?? src.length;
      for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        let found = -1;
        const searchEnd = Math.min(limit, cursor + 16);
        for (let j = cursor; j < searchEnd; j++) {
          const s = src[j];
          if (s === ch || (ch === "\n" && s === "\r")) {
            found = j;
            break;
          }
        }
        const at = found >= 0 ? found : Math.min(cursor, Math.max(sourceStart, limit - 1));
        state.map.push(plainStart + i, this.base + at);
        if (found >= 0) cursor = found + (ch === "\n" && src[found] === "\r" && src[found + 1] === "\n" ? 2 : 1);
      }
    }
    state.parts.push(value);
    state.length += value.length;
  }
}
