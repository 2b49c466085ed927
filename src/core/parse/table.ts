import type { InlineCode, PhrasingContent, Table, TableCell, TableRow } from "mdast";
import { pointAt, walkNode } from "./mdast-blocks";
import { BLANK, bracketsAreTextIn, inlinePieces } from "./plain";
import type { MarkdownChunk, ParsedMarkdown } from "./raw";

/**
 * A chunk that is one GFM table of the plainest kind: every row at the left
 * margin between a leading and a closing pipe, a delimiter row with as many
 * cells as the header, no escaped pipe (which is not a cell border),
 * cells whose content `inlinePieces` reads, and only blank lines after it.
 * Its mdast table is built here and handed to the same walker as the
 * tokenizer's tree, with the positions micromark gives (a property test
 * holds the two to the same blocks). Anything else returns null and goes to
 * the tokenizer.
 */
const ROW = /^\|.*\|[ ]*$/;
const DELIMITER_ROW = /^\|(?:[ ]*:?-+:?[ ]*\|)+[ ]*$/;

/** The cells of a row that starts at `start`: each runs from its pipe to the next; the last to the row's end. */
function cellsOf(text: string, start: number, end: number, bracketsAreText: boolean): TableCell[] | null {
  const pipes: number[] = [];
  for (let i = start; i < end; i++) if (text[i] === "|") pipes.push(i);
  let close = end;
  while (text[close - 1] === " ") close--;
  const cells: TableCell[] = [];
  for (let i = 0; i + 1 < pipes.length; i++) {
    let from = pipes[i] + 1;
    let to = pipes[i + 1];
    while (from < to && text[from] === " ") from++;
    while (to > from && text[to - 1] === " ") to--;
    const children = from < to ? phrasing(text, from, to, bracketsAreText) : [];
    if (!children) return null;
    const last = pipes[i + 1] === close - 1;
    cells.push({ type: "tableCell", children, position: { start: pointAt(pipes[i]), end: pointAt(last ? end : pipes[i + 1]) } });
  }
  return cells;
}

/** Text, emphasis, code spans and links of characters [from, to), as micromark's nodes with its positions. */
function phrasing(text: string, from: number, to: number, bracketsAreText: boolean): PhrasingContent[] | null {
  const pieces = inlinePieces(text, from, to, bracketsAreText);
  if (!pieces) return null;
  const textNode = (a: number, b: number): PhrasingContent => ({ type: "text", value: text.slice(a, b), position: { start: pointAt(a), end: pointAt(b) } });
  return pieces.map((piece): PhrasingContent => {
    switch (piece.kind) {
      case "text":
        return textNode(piece.from, piece.to);
      case "strong":
        return { type: "strong", children: [textNode(piece.from, piece.to)], position: { start: pointAt(piece.from - 2), end: pointAt(piece.to + 2) } };
      case "emphasis":
        return { type: "emphasis", children: [textNode(piece.from, piece.to)], position: { start: pointAt(piece.from - 1), end: pointAt(piece.to + 1) } };
      case "code": {
        const code: InlineCode = { type: "inlineCode", value: text.slice(piece.from, piece.to), position: { start: pointAt(piece.from - 1), end: pointAt(piece.to + 1) } };
        return code;
      }
      case "link":
        return { type: "link", url: "", children: [textNode(piece.from, piece.to)] };
    }
  });
}

export function readTableChunk(chunk: MarkdownChunk): ParsedMarkdown | null {
  const text = chunk.text;
  if (text[0] !== "|" || text.includes("\\|") || /\r(?!\n)/.test(text)) return null;
  const bracketsAreText = bracketsAreTextIn(text);
  const rows: TableRow[] = [];
  let headerCells = 0;
  let delimited = false;
  let pos = 0;
  let ended = false;
  for (let index = 0; pos <= text.length; index++) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const end = eol > pos && text[eol - 1] === "\r" ? eol - 1 : eol;
    const line = text.slice(pos, end);
    if (BLANK.test(line)) ended = true;
    else if (ended || !ROW.test(line)) return null;
    else if (index === 1) {
      if (!DELIMITER_ROW.test(line) || line.split("|").length - 2 !== headerCells) return null;
      delimited = true;
    } else {
      const cells = cellsOf(text, pos, end, bracketsAreText);
      if (!cells) return null;
      if (index === 0) headerCells = cells.length;
      rows.push({ type: "tableRow", children: cells, position: { start: pointAt(pos), end: pointAt(end) } });
    }
    if (eol >= text.length) break;
    pos = eol + 1;
  }
  if (!delimited) return null;
  const table: Table = { type: "table", children: rows, position: { start: pointAt(0), end: rows[rows.length - 1].position!.end } };
  return walkNode(table, text, chunk.offset);
}

export const isTableChunk = (text: string): boolean => text[0] === "|" && readTableChunk({ text, offset: 0 }) !== null;
