import { OffsetMap } from "../model/positions";
import type { MarkdownChunk, ParsedMarkdown, RawBlock } from "./raw";

/** Blank for Markdown: only spaces and tabs (a no-break space is text). */
export const BLANK = /^[ \t]*\r?$/;

/**
 * Plain prose: paragraphs, ATX headings, list items and quoted paragraphs
 * whose only inline Markdown is of the simplest kinds (see `inlinePieces`).
 * Most press-release paragraphs are like this, and reading them needs no
 * tokenizer; `readPlainChunk` gives exactly the blocks micromark would (a
 * property test holds the two to the same output, on generated text and on
 * every real document we have).
 */
// A paragraph line may start with anything but what starts another block: an indent, "#", ">", "-", "+", "=",
// "|", "~", "<", a list number, or marks that are read as inline Markdown only where the alternatives allow.
const LINE_START = /^ {0,3}(?:[^\s#>\-+=|~<\d*_[`\\]|\d+(?!\d)(?![.)](?:\s|$))|[*_[`]|\\[!-/:-@[\]^_`{-~])/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/**
 * A list item line: "- text", "* text", "1. text", at the margin or indented
 * by spaces to nest under the item above. Its text must start as a paragraph
 * line does, so it opens no quote or heading inside the item.
 */
const LIST_ITEM = /^( *)(?:([-*+])|(\d{1,9})([.)])) (?=\S)/;

/** An item of the lists open at a line: where its marker and its text start, and the list it belongs to. */
interface OpenItem {
  markerColumn: number;
  contentColumn: number;
  marker: string;
  ordinal: number | null;
}

/**
 * Where an item line indented by `indent` spaces goes among the open items:
 * the depth it takes (1 at the margin), or 0 when it is not placed exactly
 * under or beside one (the tokenizer then decides). Indented as far as the
 * innermost item's text, it nests under it; at another open item's marker,
 * it follows that item in its list.
 */
function itemDepth(open: readonly OpenItem[], indent: number): number {
  if (!open.length) return indent === 0 ? 1 : 0;
  if (indent === open[open.length - 1].contentColumn) return open.length + 1;
  const beside = open.findIndex((item) => item.markerColumn === indent);
  return beside < 0 ? 0 : beside + 1;
}

/** Opens an item at `depth` from an item line's match: the lists deeper than it end, and its own list goes on or starts. */
function openItem(open: OpenItem[], depth: number, item: RegExpExecArray): OpenItem {
  const marker = item[2] ?? item[4];
  const previous = open.length >= depth ? open[depth - 1] : undefined;
  open.length = depth - 1;
  // An ordered list counts on from its first number, whatever the later items say.
  const ordinal = item[3] === undefined ? null : previous?.marker === marker ? previous.ordinal! + 1 : Number.parseInt(item[3], 10);
  const opened = { markerColumn: item[1].length, contentColumn: item[0].length, marker, ordinal };
  open.push(opened);
  return opened;
}

/** True when an item line starts a list (rather than going on with the list at its depth) with a number other than 1. */
function startsNumberedListPastOne(open: readonly OpenItem[], depth: number, item: RegExpExecArray): boolean {
  if (item[3] === undefined || item[3] === "1") return false;
  return open.length < depth || open[depth - 1].marker !== item[4];
}
const PLAIN_HEADING = /^ {0,3}(#{1,6})(?:[ ]+([^#\t]*?))?(?:[ ]+#+)?[ ]*$/;
const SPECIAL = /[*_`[\]<>&\\|~\t]/;
const IS_MARKUP = new Uint8Array(128);
for (const ch of "*_`[]<>&\\|~\t") IS_MARKUP[ch.charCodeAt(0)] = 1;

/**
 * Where the next character that could be Markdown is in [from, to), or -1. The
 * search stops at `to`: a regular expression would look on to the end of the
 * text, and a paragraph's lines are read one by one from the whole chunk, so
 * each plain line would cost the length of the lines after it.
 */
function nextMarkup(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && IS_MARKUP[code]) return i;
  }
  return -1;
}
// What may follow a closing "**" so that CommonMark's flanking rules make it close, and only close.
const AFTER_STRONG = new Set(["", " ", ".", ",", ";", ":", "!", "?", ")", "”", "’", '"', "'"]);

/** A piece of a line: text, emphasis, a `code` span or a link's text, as offsets of the content (without the marks). */
export interface InlinePiece {
  kind: "text" | "strong" | "emphasis" | "code" | "link";
  from: number;
  to: number;
}

const isSpace = (ch: string) => /\s/.test(ch);
// "&amp;", "&#38;", "&#x26;": CommonMark reads these (and only these) as characters; the tokenizer handles them.
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;

function startsCharacterReference(text: string, at: number, to: number): boolean {
  CHARACTER_REFERENCE.lastIndex = at;
  return CHARACTER_REFERENCE.test(text) && CHARACTER_REFERENCE.lastIndex <= to;
}

/** True when characters [from, to) hold no Markdown at all: nothing special but ampersands that start no reference. */
function onlyText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (SPECIAL.test(ch) && (ch !== "&" || startsCharacterReference(text, i, to))) return false;
  }
  return true;
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// Characters a link's destination may not hold here: spaces, brackets of any kind, quotes for a title, escapes.
const PLAIN_DESTINATION = /^[^\s()<>\\"'`]+$/;

/**
 * Reads characters [from, to) of a line as text, emphasis, code spans and
 * links, or returns null when they hold any other Markdown. Emphasis
 * ("**strong**", "*em*", "__strong__", "_em_") opens at the line's start or
 * after a space, holds nothing special and neither starts nor ends with a
 * space, and closes before a space, punctuation or the line's end:
 * CommonMark's delimiter rules then always pair its marks with each other. A
 * code span is one backtick on each side of text that neither starts nor
 * ends with a space. A link is "[text](destination)" with plain text and a
 * destination without spaces, brackets or a title. When `bracketsAreText`,
 * other brackets are text: the chunk holds no "](" and no footnote, so no
 * bracket can open a link, and no definition is in reach for a reference to
 * name (`parseMarkdown` leaves sections with definitions to the tokenizer).
 */
export function inlinePieces(text: string, from: number, to: number, bracketsAreText = false): InlinePiece[] | null {
  const pieces: InlinePiece[] = [];
  let textFrom = from;
  const span = (kind: InlinePiece["kind"], markFrom: number, contentFrom: number, contentTo: number, next: number) => {
    if (textFrom < markFrom) pieces.push({ kind: "text", from: textFrom, to: markFrom });
    pieces.push({ kind, from: contentFrom, to: contentTo });
    textFrom = next;
  };
  let i = from;
  while (i < to) {
    // Jump to the next character that could be Markdown; most of a line is plain text.
    const found = nextMarkup(text, i, to);
    if (found < 0) break;
    i = found;
    const ch = text[i];
    if (ch === "`") {
      const close = text.indexOf("`", i + 1);
      if (close < 0 || close >= to || close === i + 1 || text[close + 1] === "`") return null;
      if (text[i + 1] === " " || text[close - 1] === " ") return null;
      span("code", i, i + 1, close, close + 1);
      i = close + 1;
      continue;
    }
    if (ch === "_") {
      // Underscores between letters or digits ("press_release") can neither open nor close emphasis: they are text.
      let end = i;
      while (end < to && text[end] === "_") end++;
      if (i > from && end < to && WORD_CHARACTER.test(text[i - 1]) && WORD_CHARACTER.test(text[end])) {
        i = end;
        continue;
      }
    }
    if (ch === "&" && !startsCharacterReference(text, i, to)) {
      // An ampersand is text unless a character reference starts there: "Pros & Cons", "R&D", "&c.".
      i++;
      continue;
    }
    if (ch === "*" || ch === "_") {
      const mark = text[i + 1] === ch ? ch + ch : ch;
      if (i > from && text[i - 1] !== " ") return null;
      const open = i + mark.length;
      const close = text.indexOf(mark, open);
      if (open >= to || close < 0 || close + mark.length > to || close === open) return null;
      if (isSpace(text[open]) || isSpace(text[close - 1]) || !onlyText(text, open, close)) return null;
      if (!AFTER_STRONG.has(close + mark.length < to ? text[close + mark.length] : "")) return null;
      span(mark.length === 2 ? "strong" : "emphasis", i, open, close, close + mark.length);
      i = close + mark.length;
      continue;
    }
    if ((ch === "[" || ch === "]") && bracketsAreText) {
      i++;
      continue;
    }
    if (ch === "[") {
      if (i > from && text[i - 1] !== " " && text[i - 1] !== "(") return null;
      const close = text.indexOf("](", i + 1);
      const end = close < 0 ? -1 : text.indexOf(")", close + 2);
      if (close < 0 || end < 0 || end >= to || close === i + 1) return null;
      const label = text.slice(i + 1, close);
      if (SPECIAL.test(label) || isSpace(label[0]) || isSpace(label[label.length - 1])) return null;
      if (!PLAIN_DESTINATION.test(text.slice(close + 2, end))) return null;
      span("link", i, i + 1, close, end + 1);
      i = end + 1;
      continue;
    }
    if (ch === "\\") {
      const next = text[i + 1];
      // At the end of a line a backslash is a hard break; an escaped backslash the tokenizer's walk maps differently.
      if (i + 1 >= to || next === "\\") return null;
      if (ASCII_PUNCTUATION.test(next)) {
        // "\-" is a literal "-": the text skips the backslash.
        if (textFrom < i) pieces.push({ kind: "text", from: textFrom, to: i });
        pieces.push({ kind: "text", from: i + 1, to: i + 2 });
        textFrom = i + 2;
        i += 2;
        continue;
      }
      // Before anything else a backslash is itself.
      i++;
      continue;
    }
    if (SPECIAL.test(ch)) return null;
    i++;
  }
  if (textFrom < to) pieces.push({ kind: "text", from: textFrom, to });
  return pieces;
}

/** The content of a paragraph line: without its indentation and trailing spaces. */
function lineContent(text: string, from: number, to: number): [number, number] {
  let a = from;
  while (a < to && text[a] === " ") a++;
  let b = to;
  while (b > a && text[b - 1] === " ") b--;
  return [a, b];
}

/** The length of a quoted line's marker: ">" and the one space after it, if there is one. */
const quotePrefix = (line: string) => (line[1] === " " ? 2 : 1);

/** True when a line's content from `from` on holds no Markdown but what `inlinePieces` reads. */
const readsInline = (line: string, from: number, bracketsAreText: boolean) => inlinePieces(line, ...lineContent(line, from, line.length), bracketsAreText) !== null;

/** Brackets in a chunk can only be text when none is followed by "(" and none opens a footnote ("[^"). */
export const bracketsAreTextIn = (chunk: string) => !chunk.includes("](") && !chunk.includes("[^");

// "[ ]" or "[x]" opening a list item makes it a task, which the tokenizer reads.
const TASK_BOX = /^\[.\]/;

export function isPlainChunk(text: string): boolean {
  const lines = text.split("\n");
  const bracketsAreText = bracketsAreTextIn(text);
  let first = true;
  // What the previous line was: a numbered item other than 1 may not interrupt a paragraph, and the
  // lines after an item continue its paragraph.
  let previous: "blank" | "heading" | "item" | "paragraph" = "blank";
  // After a list, an indented paragraph would belong to the last item.
  let afterList = false;
  const open: OpenItem[] = [];
  // Whether the chunk is a quote: then it holds only paragraphs, and every line is quoted or lazily goes on with one.
  let quoted: boolean | null = null;
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (BLANK.test(line)) {
      previous = "blank";
      continue;
    }
    if (line.includes("\r")) return false;
    if (quoted && !line.startsWith(">") && previous === "paragraph") {
      // A lazy line: it goes on with the quoted paragraph, unless it starts a block of its own.
      if (LIST_ITEM.test(line) || !LINE_START.test(line) || !readsInline(line, 0, bracketsAreText)) return false;
      continue;
    }
    if ((quoted ??= line.startsWith(">")) !== line.startsWith(">")) return false;
    if (quoted) {
      const prefix = quotePrefix(line);
      first = false;
      if (BLANK.test(line.slice(prefix))) previous = "blank";
      else if (!LINE_START.test(line.slice(prefix)) || !readsInline(line, prefix, bracketsAreText)) return false;
      else previous = "paragraph";
      continue;
    }
    if (first && line.trimStart().startsWith("#")) {
      const heading = PLAIN_HEADING.exec(line);
      if (!heading) return false;
      const content = heading[2] ?? "";
      if (content && !inlinePieces(content, 0, content.length, bracketsAreText)) return false;
      first = false;
      previous = "heading";
      continue;
    }
    first = false;
    const item = LIST_ITEM.exec(line);
    if (item) {
      const depth = itemDepth(open, item[1].length);
      if (!depth) return false;
      // A list interrupts a paragraph only with a bullet or with the number 1.
      if (previous !== "blank" && previous !== "heading" && startsNumberedListPastOne(open, depth, item)) return false;
      openItem(open, depth, item);
      const rest = line.slice(item[0].length);
      if (!LINE_START.test(rest) || TASK_BOX.test(rest) || !readsInline(line, item[0].length, bracketsAreText)) return false;
      previous = "item";
      afterList = true;
      continue;
    }
    if (previous === "item") {
      // The item's paragraph goes on, indented or not; a line that starts a block of its own would nest one in the item.
      if (!LINE_START.test(line.replace(/^ +/, "")) || !readsInline(line, 0, bracketsAreText)) return false;
      continue;
    }
    if (afterList && previous === "blank" && line.startsWith(" ")) return false;
    if (previous === "blank") {
      afterList = false;
      open.length = 0;
    }
    if (!LINE_START.test(line) || !readsInline(line, 0, bracketsAreText)) return false;
    previous = "paragraph";
  }
  return true;
}

/** Text, offsets and emphasis of a block read from pieces, as the mdast walker gives them. */
class InlineText {
  readonly map = new OffsetMap();
  readonly parts: string[] = [];
  readonly emphasis: [number, number][] = [];
  readonly hardBreaks: number[] = [];
  length = 0;
  // The mdast children: runs of text (line endings included) between strong, code and break nodes.
  private readonly nodes: { kind: InlinePiece["kind"] | "break"; value: string }[] = [];

  append(kind: InlinePiece["kind"] | "break", value: string, sourceAt: number): void {
    if (!value) return;
    if (kind === "strong" || kind === "emphasis") this.emphasis.push([this.length, this.length + value.length]);
    if (kind === "break") this.hardBreaks.push(this.length);
    this.map.pushRun(this.length, sourceAt, value.length);
    this.parts.push(value);
    this.length += value.length;
    const last = this.nodes[this.nodes.length - 1];
    if (kind === "text" && last?.kind === "text") last.value += value;
    else this.nodes.push({ kind, value });
  }

  /** The strong text a block opens with, and whether that is all it holds. */
  lead(): { leadEmphasis: string | null; emphasised: boolean } {
    const significant = this.nodes.filter((n) => !(n.kind === "text" && n.value.trim() === ""));
    const first = significant[0];
    if (first?.kind !== "strong" && first?.kind !== "emphasis") return { leadEmphasis: null, emphasised: false };
    return { leadEmphasis: first.value.trim() || null, emphasised: significant.length === 1 };
  }
}

export function readPlainChunk(chunk: MarkdownChunk): ParsedMarkdown {
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  const text = chunk.text;
  const base = chunk.offset;
  const bracketsAreText = bracketsAreTextIn(text);
  // A chunk whose first line is quoted is all quoted paragraphs, lazy lines included (isPlainChunk has checked).
  const quotedChunk = /^(?:[ \t]*\r?\n)*>/.test(text);
  const appendPieces = (inline: InlineText, from: number, to: number) => {
    for (const piece of inlinePieces(text, from, to, bracketsAreText)!) inline.append(piece.kind, text.slice(piece.from, piece.to), base + piece.from);
  };
  const finish = (inline: InlineText, block: RawBlock) => {
    Object.assign(block, inline.lead(), { emphasis: inline.emphasis, hardBreaks: inline.hardBreaks });
    out.blocks.push(block);
  };
  let paragraph: { from: number; to: number }[] = [];
  // The list item the paragraph opens, if it does.
  let paragraphItem: { ordinal: number | null; depth: number } | null = null;
  const flush = () => {
    if (!paragraph.length) return;
    const inline = new InlineText();
    paragraph.forEach(({ from, to }, i) => {
      if (i > 0) {
        const previous = paragraph[i - 1];
        const [, contentEnd] = lineContent(text, previous.from, previous.to);
        // A hard break reads as one line feed, placed where the trailing spaces start.
        if (previous.to - contentEnd >= 2) inline.append("break", "\n", base + contentEnd);
        else {
          // The line ending stays as written ("\r\n" too), as the tokenizer keeps it.
          const ending = text[previous.to] === "\r" ? "\r\n" : "\n";
          inline.append("text", ending, base + previous.to);
        }
      }
      const [a, b] = lineContent(text, from, to);
      appendPieces(inline, a, b);
    });
    const first = paragraph[0];
    const last = paragraph[paragraph.length - 1];
    const [start] = lineContent(text, first.from, first.to);
    const block = plainBlock("paragraph", inline.parts.join(""), inline.map, base + start, base + last.to, 0);
    if (quotedChunk) block.quoteDepth = 1;
    if (paragraphItem) Object.assign(block, { listDepth: paragraphItem.depth, listItemStart: true, listOrdinal: paragraphItem.ordinal });
    finish(inline, block);
    paragraph = [];
    paragraphItem = null;
  };
  // The items open at this line: items with the same marker continue their list, across blank lines.
  const open: OpenItem[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const to = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
    const line = text.slice(pos, to);
    const item = LIST_ITEM.exec(line);
    if (BLANK.test(line)) flush();
    else if (line.startsWith(">")) {
      // isPlainChunk has checked that the whole chunk is quoted paragraphs; ">" alone ends one.
      const prefix = quotePrefix(line);
      if (BLANK.test(line.slice(prefix))) flush();
      else paragraph.push({ from: pos + prefix, to });
    } else if (item) {
      // An item ends the paragraph or item before it (isPlainChunk has checked that it may, and where it goes).
      if (paragraph.length && !paragraphItem) open.length = 0;
      flush();
      const depth = itemDepth(open, item[1].length);
      paragraphItem = { ordinal: openItem(open, depth, item).ordinal, depth };
      paragraph.push({ from: pos + item[0].length, to });
    } else {
      if (paragraph.length === 0) open.length = 0;
      const heading = paragraph.length === 0 && line.trimStart().startsWith("#") ? PLAIN_HEADING.exec(line) : null;
      if (heading) {
        const content = heading[2] ?? "";
        const contentAt = content ? pos + line.indexOf(content, line.indexOf(heading[1]) + heading[1].length) : pos;
        const inline = new InlineText();
        appendPieces(inline, contentAt, contentAt + content.length);
        finish(inline, plainBlock("heading", inline.parts.join(""), inline.map, base + pos + line.indexOf("#"), base + to, heading[1].length));
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
