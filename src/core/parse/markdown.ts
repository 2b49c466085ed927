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
import { isFencedChunk, readFencedChunk } from "./fenced";
import { readFrontMatterChunk } from "./front-matter-chunk";
import { BLANK, isPlainChunk, readPlainChunk } from "./plain";
import { isTableChunk, readTableChunk } from "./table";
import type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";

export type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";
export { isPlainChunk } from "./plain";

const LARGE_CHUNK = 4 * 1024;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
// With indented code switched off, micromark opens a fence or an HTML block at any indentation.
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

/**
 * Splits a document before its top-level ATX headings (outside code fences,
 * HTML comments and front matter), and splits long heading-less stretches at
 * safe blank lines. Each chunk parses on its own, which bounds the memory a
 * huge document needs and lets editors reparse only the chunk that changed.
 */
export function splitIntoChunks(text: string, everyParagraph = false): MarkdownChunk[] {
  // A lone carriage return ends a line for Markdown but not for this scan: such a document is parsed whole.
  if (/\r(?!\n)/.test(text)) return [{ text, offset: 0 }];
  const chunks: MarkdownChunk[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let fenceIndent = 0;
  // Set when a fence inside a container may have ended with it: this scan no longer knows where blocks are, so it stops splitting.
  let lost = false;
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
      // Only "---" closes it, as for the tokenizer ("..." does not).
      if (lineNo > 0 && /^---[ \t]*$/.test(line)) inFrontMatter = false;
    } else if (lost) {
      // Only the end of the document ends the last chunk now.
    } else if (fence) {
      const close = FENCE.exec(line);
      if (!BLANK.test(line) && /^[ \t]*/.exec(line)![0].length < fenceIndent) lost = true;
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1]) fence = null;
    } else if (inComment) {
      if (line.includes("-->")) inComment = false;
    } else if (rawHtml) {
      if (/<\/(?:script|pre|style|textarea)>/i.test(line)) rawHtml = false;
    } else {
      const open = FENCE.exec(line);
      // A backtick in the info string makes the line text ("```a`b" opens a code span, not a fence).
      if (open && !(open[1][0] === "`" && line.includes("`", open.index + open[0].length))) {
        // A fence at the margin after a blank line starts a chunk, which may then be read without the tokenizer.
        if (everyParagraph && previousBlank && pos > chunkStart && !/^[ \t]/.test(line)) {
          chunks.push({ text: text.slice(chunkStart, pos), offset: chunkStart });
          chunkStart = pos;
        }
        fence = open[1];
        fenceIndent = open.index + open[0].length - open[1].length;
      } else if (/^[ \t]*<!--/.test(line) && !line.includes("-->", line.indexOf("<!--") + 4)) inComment = true;
      else if (/^[ \t]*<(?:script|pre|style|textarea)\b/i.test(line) && !/<\/(?:script|pre|style|textarea)>/i.test(line)) rawHtml = true;
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

/** Which optional tokenizers a chunk could need; the tree is the same either way, only the time differs. */
function neededExtensions(chunk: string, first: boolean) {
  return {
    frontMatter: first && /^---[ \t]*\r?\n/.test(chunk),
    table: TABLE_DELIMITER_WITH_PIPE.test(chunk) && TABLE_DELIMITER.test(chunk),
    strikethrough: chunk.includes("~"),
    autolink: /www\.|:\/\/|@/.test(chunk),
    footnote: chunk.includes("[^"),
    taskList: /\[[ xX]\]/.test(chunk),
  };
}

/** Chunks with the same key switch on the same tokenizers, and can be parsed together. */
function extensionsKey(chunk: string): string {
  return Object.values(neededExtensions(chunk, false))
    .map((on) => (on ? 1 : 0))
    .join("");
}

/**
 * Indented code is switched off: in PR/FAQs exported from word processors an
 * indented paragraph is prose, and reading it as code would hide it from the
 * critic. Fenced code blocks still work.
 */
const noIndentedCode = { disable: { null: ["codeIndented"] } };

/**
 * Only the GFM constructs that the chunk could contain are switched on: the
 * table and autolink tokenizers cost more than the rest of parsing together,
 * and the tree is the same either way.
 */
function optionsFor(chunk: string, first: boolean): Options {
  const needed = neededExtensions(chunk, first);
  const extensions: NonNullable<Options["extensions"]> = [noIndentedCode];
  const mdastExtensions: NonNullable<Options["mdastExtensions"]> = [];
  if (needed.frontMatter) {
    extensions.push(frontmatter(["yaml"]));
    mdastExtensions.push(frontmatterFromMarkdown(["yaml"]));
  }
  if (needed.table) {
    extensions.push(gfmTable());
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (needed.strikethrough) {
    extensions.push(gfmStrikethrough());
    mdastExtensions.push(gfmStrikethroughFromMarkdown());
  }
  if (needed.autolink) {
    extensions.push(gfmAutolinkLiteral());
    mdastExtensions.push(gfmAutolinkLiteralFromMarkdown());
  }
  if (needed.footnote) {
    extensions.push(gfmFootnote());
    mdastExtensions.push(gfmFootnoteFromMarkdown());
  }
  if (needed.taskList) {
    extensions.push(gfmTaskListItem());
    mdastExtensions.push(gfmTaskListItemFromMarkdown());
  }
  return { extensions, mdastExtensions };
}

/** True when a chunk is read without the tokenizer: plain prose, one fenced code block or one plain table. */
const readsWithoutTokenizer = (text: string) => isPlainChunk(text) || isFencedChunk(text) || isTableChunk(text);

export function parseChunk(chunk: MarkdownChunk, first: boolean, allowPlain = true, plain?: boolean): ParsedMarkdown {
  if (allowPlain && (plain ?? (!(first && chunk.text.startsWith("---")) && readsWithoutTokenizer(chunk.text)))) return readFencedChunk(chunk) ?? readTableChunk(chunk) ?? readPlainChunk(chunk);
  const frontMatter = allowPlain && first ? readFrontMatterChunk(chunk) : null;
  if (frontMatter) return frontMatter;
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
  return capSetextUnderlines(capInlineOpeners(capContainerPrefixes(hasLongRun(text) ? defuseLongRuns(text) : text)));
}

function defuseLongRuns(text: string): string {
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
 * True when the text holds a run of emphasis marks, or of spaces, tabs and
 * ">", longer than the shallowest limit above: without one, nothing needs
 * defusing, and one pass over the characters says so.
 */
function hasLongRun(text: string): boolean {
  let marks = 0;
  let margin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === ASTERISK || c === UNDERSCORE || c === TILDE || c === BACKTICK) {
      if (++marks > MAX_MARK_RUN) return true;
    } else marks = 0;
    if (c === SPACE || c === TAB || c === GREATER_THAN) {
      if (++margin > MAX_QUOTE_DEPTH) return true;
    } else margin = 0;
  }
  return false;
}

// The next character the caps below look at; the regular expression engine skips the rest faster than a loop.
const OPENER_OR_LINE_BREAK = /[*_~[\]\r\n]/g;
const LINE_BREAK = /[\r\n]/g;

/** Where the next character of `pattern` (a global expression) is at or after `from`, or the text's length. */
function nextOf(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

const [ASTERISK, UNDERSCORE, TILDE, BACKTICK, SPACE, TAB, GREATER_THAN, DASH, PLUS, DOT, CLOSE_PAREN, ZERO, NINE, LF, CR, OPEN_BRACKET, CLOSE_BRACKET] = [
  ..."*_~` \t>-+.)09\n\r[]",
].map((ch) => ch.charCodeAt(0));

/** How many setext underlines ("===" or "---" under a line of text) one document may hold; real PR/FAQs hold a handful. */
const MAX_SETEXT_UNDERLINES = 64;
const SETEXT_UNDERLINE = /^[ \t>]*(?:=+|-+)[ \t]*$/gm;

/**
 * Caps the setext underlines in a document. The tokenizer resolves each one
 * by rebuilding its whole list of events so far, so thousands of them
 * ("a\n=\na\n=\n…") cost the square of the document. An underline counts
 * when the line above it holds something; past the cap its marks become
 * spaces, one for one.
 */
function capSetextUnderlines(text: string): string {
  if (!/[\r\n][ \t>]*[=-]/.test(text)) return text;
  let pieces: string[] | null = null;
  let copied = 0;
  let underlines = 0;
  SETEXT_UNDERLINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SETEXT_UNDERLINE.exec(text))) {
    if (m.index === 0 || !/[^ \t>\r\n]/.test(previousLine(text, m.index))) continue;
    if (++underlines <= MAX_SETEXT_UNDERLINES) continue;
    const marks = m[0].search(/[=-]/);
    const end = m.index + m[0].trimEnd().length;
    (pieces ??= []).push(text.slice(copied, m.index + marks), " ".repeat(end - m.index - marks));
    copied = end;
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** The line before the one starting at `lineStart`. */
function previousLine(text: string, lineStart: number): string {
  const end = text[lineStart - 1] === "\n" && text[lineStart - 2] === "\r" ? lineStart - 2 : lineStart - 1;
  return text.slice(Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1)) + 1, end);
}

/** How many emphasis runs one stretch of lines between blank lines may hold; real PR/FAQs hold fewer than 70. */
const MAX_EMPHASIS_RUNS = 256;
/** How deep brackets may nest in one stretch of lines: links and images never nest in real text. */
const MAX_BRACKET_DEPTH = 32;
/** How many brackets one stretch of lines may open; real PR/FAQs open fewer than ten. */
const MAX_BRACKETS = 256;

/**
 * Caps the emphasis runs ("*", "_", "~") per stretch of text between blank
 * lines, and how many brackets open links, images and footnote references in
 * it and how deep they nest. The Markdown tokenizer pairs each closing one
 * with the openers before it in the same paragraph, and splices its event list
 * for each, and a nested image repeats the text inside it, so a paragraph of
 * thousands ("**a**a**a…", "![a ![a …", "[a](") costs the square of its
 * length. Past the caps they become spaces, one for one. So do closing
 * brackets that close nothing, past as many: the footnote tokenizer looks back
 * from each over the whole paragraph for an opener, and once the openers are
 * capped every closer after them is one ("a[^1] a[^1] …").
 */
function capInlineOpeners(text: string): string {
  let pieces: string[] | null = null;
  let copied = 0;
  let runs = 0;
  let depth = 0;
  let brackets = 0;
  let strayClosers = 0;
  let i = 0;
  while (i < text.length) {
    let first = i;
    while (first < text.length && (text.charCodeAt(first) === SPACE || text.charCodeAt(first) === TAB || text.charCodeAt(first) === GREATER_THAN)) first++;
    if (first === text.length || text.charCodeAt(first) === LF || text.charCodeAt(first) === CR) runs = depth = brackets = strayClosers = 0;
    for (; ; i++) {
      i = nextOf(OPENER_OR_LINE_BREAK, text, i);
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      if (c === ASTERISK || c === UNDERSCORE || c === TILDE) {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) === c) end++;
        if (++runs > MAX_EMPHASIS_RUNS) {
          (pieces ??= []).push(text.slice(copied, i), " ".repeat(end - i));
          copied = end;
        }
        i = end - 1;
      } else if (c === OPEN_BRACKET) {
        if (++depth > MAX_BRACKET_DEPTH || ++brackets > MAX_BRACKETS) {
          depth--;
          (pieces ??= []).push(text.slice(copied, i), " ");
          copied = i + 1;
        }
      } else if (c === CLOSE_BRACKET) {
        if (depth > 0) depth--;
        else if (brackets > MAX_BRACKETS || ++strayClosers > MAX_BRACKETS) {
          (pieces ??= []).push(text.slice(copied, i), " ");
          copied = i + 1;
        }
      }
    }
    i++;
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** How many containers (quotes and list items) one line may open. */
const MAX_CONTAINERS = 32;

/**
 * Caps the containers a line opens: "1. 1. 1. …" or "> - > - …" nests a list
 * or quote per marker, and thousands of them overflow the stack of every
 * recursive reader of the tree. Markers past the 32nd in a line's prefix, and
 * list markers starting past column 128, become spaces, one for one. A line
 * that opens few containers, as every real one does, is left alone, and the
 * text is returned as it is when no line needs changing.
 */
function capContainerPrefixes(text: string): string {
  let pieces: string[] | null = null;
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let i = lineStart;
    let containers = 0;
    for (;;) {
      while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
      const end = containerMarkerEnd(text, i);
      if (end < 0) break;
      if (++containers > MAX_CONTAINERS || (text.charCodeAt(i) !== GREATER_THAN && i - lineStart > MAX_INDENT)) {
        (pieces ??= []).push(text.slice(copied, i), " ".repeat(end - i));
        copied = end;
      }
      i = end;
    }
    lineStart = nextOf(LINE_BREAK, text, i) + 1;
  }
  if (!pieces) return text;
  pieces.push(text.slice(copied));
  return pieces.join("");
}

/** Where the quote or list marker at `at` ends, or -1 when none starts there. */
function containerMarkerEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === GREATER_THAN) return at + 1;
  let end = -1;
  if (c === DASH || c === ASTERISK || c === PLUS) end = at + 1;
  else {
    let digits = at;
    while (digits < text.length && digits - at < 10 && text.charCodeAt(digits) >= ZERO && text.charCodeAt(digits) <= NINE) digits++;
    const delimiter = text.charCodeAt(digits);
    if (digits > at && digits - at <= 9 && (delimiter === DOT || delimiter === CLOSE_PAREN)) end = digits + 1;
  }
  if (end < 0) return -1;
  const after = text.charCodeAt(end);
  return end === text.length || after === SPACE || after === TAB || after === LF || after === CR ? end : -1;
}

/** A chunk of the document and how it is read: without the tokenizer (`plain`) or with it. */
interface PlannedChunk extends MarkdownChunk {
  plain: boolean;
  /** Parsed by itself, never joined with others: it holds link definitions, which would reach into them. */
  alone?: boolean;
}

// A link reference definition, at the margin or inside a quote or list item: broad on purpose, as it only costs speed.
const DEFINITION = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*\[[^\]\n]+\]:/m;

/**
 * Link definitions resolve within the chunk the tokenizer reads: a heading's
 * section, as `splitIntoChunks` cuts it. A section that holds one is kept
 * whole; the others are planned paragraph by paragraph as usual, since a
 * reference there has nothing to resolve to.
 */
function planChunksAround(text: string): PlannedChunk[] {
  if (!DEFINITION.test(text)) return planChunks(text);
  return splitIntoChunks(text).flatMap((section) =>
    DEFINITION.test(section.text)
      ? [{ ...section, plain: false, alone: true }]
      : planChunks(section.text).map((chunk) => ({ ...chunk, offset: chunk.offset + section.offset })),
  );
}

/**
 * Splits at every safe paragraph boundary, then joins neighbouring pieces that
 * need the full Markdown parser, so plain prose skips the tokenizer and the
 * rest is parsed in as few calls as possible.
 */
function planChunks(text: string): PlannedChunk[] {
  const pieces = splitIntoChunks(text, true);
  const out: PlannedChunk[] = [];
  let pending: PlannedChunk | null = null;
  pieces.forEach((piece, i) => {
    const plain = !(i === 0 && piece.text.startsWith("---")) && readsWithoutTokenizer(piece.text);
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

/** How many characters of chunks one call to the tokenizer reads together at most. */
const GROUP_SIZE = 8 * 1024;

/**
 * Parses the chunks that need the tokenizer a few at a time, joined end to
 * end: each call to it costs about as much as parsing a short paragraph
 * before it reads a character, and a real PR/FAQ has a list here and a table
 * there. Only chunks that switch on the same extensions go together (the
 * autolink and table tokenizers are slow, and are kept to the chunks that need
 * them). A chunk starts after a blank line at an unindented line, or at a
 * heading, so joined they parse as they do alone; a group's parse is used
 * only when that holds, every top-level node inside one chunk. Otherwise, and
 * for front matter, each chunk is parsed alone.
 */
function parseRichChunks(text: string, chunks: readonly PlannedChunk[]): Map<PlannedChunk, ParsedMarkdown> {
  const parsed = new Map<PlannedChunk, ParsedMarkdown>();
  const rich = chunks.filter((c, i) => !c.plain && !c.alone && !(i === 0 && /^---[ \t]*\r?\n/.test(c.text)));
  // Footnotes resolve across chunks when joined, so a document with any is read chunk by chunk.
  const groups: PlannedChunk[][] = [];
  if (!text.includes("[^")) {
    const open = new Map<string, { chunks: PlannedChunk[]; size: number }>();
    for (const chunk of rich) {
      const key = extensionsKey(chunk.text);
      let group = open.get(key);
      if (!group || group.size + chunk.text.length > GROUP_SIZE) {
        group = { chunks: [], size: 0 };
        groups.push(group.chunks);
        open.set(key, group);
      }
      group.chunks.push(chunk);
      group.size += chunk.text.length;
    }
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const together = parseJoined(group);
    if (together) for (const [chunk, result] of together) parsed.set(chunk, result);
  }
  return parsed;
}

function parseJoined(group: readonly PlannedChunk[]): Map<PlannedChunk, ParsedMarkdown> | null {
  const joined = group.map((c) => c.text).join("");
  const starts: number[] = [];
  let at = 0;
  for (const chunk of group) {
    starts.push(at);
    at += chunk.text.length;
  }
  const tree: Root = fromMarkdown(joined, optionsFor(joined, false));
  const owners: number[] = [];
  let index = 0;
  for (const node of tree.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    while (index < group.length && starts[index] + group[index].text.length <= start) index++;
    if (index >= group.length || end > starts[index] + group[index].text.length) return null;
    owners.push(index);
  }
  // One walker per chunk, as when each chunk is parsed alone: a walker carries list state from node to node.
  const results = group.map((): ParsedMarkdown => ({ blocks: [], frontMatter: null }));
  const walkers = results.map((out) => new BlockWalker(joined, 0, out));
  tree.children.forEach((node, i) => walkers[owners[i]].visit(node, { listDepth: 0, quoteDepth: 0 }));
  return new Map(
    group.map((chunk, i) => {
      const by = chunk.offset - starts[i];
      return [chunk, { blocks: by ? results[i].blocks.map((b) => shiftBlock(b, by)) : results[i].blocks, frontMatter: null }];
    }),
  );
}

export interface ParseMarkdownOptions {
  /** Read plain prose without the Markdown tokenizer (on by default; off to compare the two). */
  plainFastPath?: boolean;
}

export function parseMarkdown(input: string, cache?: ChunkCache, options: ParseMarkdownOptions = {}): ParsedMarkdown {
  const text = defuseDeepNesting(input);
  const fast = options.plainFastPath !== false;
  const chunks: (MarkdownChunk & { plain?: boolean })[] = fast ? planChunksAround(text) : splitIntoChunks(text);
  // An editor's cache keeps chunks apart, so that a keystroke reparses one; a one-off parse reads several at once.
  const together = fast && !cache ? parseRichChunks(text, chunks as PlannedChunk[]) : null;
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  chunks.forEach((chunk, i) => {
    const first = i === 0;
    let parsed: ParsedMarkdown;
    const joined = together?.get(chunk as PlannedChunk);
    if (joined) parsed = joined;
    else if (cache) {
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
