import { spanAt, type OffsetMap } from "../model/positions";
import type { Block, SectionKind } from "../model/types";
import { classifyLabel, hasAnswerPrefix, hasEntryId, hasQuestionPrefix } from "./labels";
import type { RawBlock } from "./markdown";
import { countWords, hasMoreWordsThan, splitSentences } from "./text";

interface Piece {
  from: number;
  to: number;
  names: SectionKind | null;
  labelOnly: boolean;
}

const LABEL_MAX_WORDS = 8;

/** "Outcome: kill", "Reason: …": fields of a decision record, not section labels. */
const DECISION_FIELD = /^\s*(?:outcome|result|decision|reason|date|status|owner|verdict)\s*:\s*\S/i;

/**
 * A line that is only a section label: "FAQs", "Internal FAQ:", "**Kill criteria**".
 * In a list, short lines are the points of an enumeration ("detect problems early",
 * "4. Adjacent product opportunity: moisture sensing"): only a part's own name
 * ("- **Problem:** …", "- Solution: …") makes one of them a label there.
 */
function labelOfLine(line: string, inList: boolean): SectionKind | null {
  const trimmed = line.trim();
  if (!trimmed || hasMoreWordsThan(trimmed, LABEL_MAX_WORDS)) return null;
  if (/@|https?:|\w\/\w|\w\.(md|txt|html?|com|org|io)\b/.test(trimmed)) return null;
  if (DECISION_FIELD.test(trimmed)) return null;
  if (/[.!?]["”]?$/.test(trimmed) && !/:$/.test(trimmed)) return null;
  // A label names a part; a line that opens a quotation is someone speaking, wrapped onto its own line.
  if (/^(?:[*_]{1,2})?["“„«]/.test(trimmed)) return null;
  // "Heading: Revolutionizing credentialing with" is the headline itself after its label, wrapped onto the next line.
  const inline = inlineLabelOf(trimmed, inList);
  if (inline && (inline.kind === "headline" || inline.kind === "subheading")) return null;
  return classifyLabel(trimmed, inList);
}

const SENTENCE_VERB = /\b(?:have|has|had|is|are|was|were|do|does|did|can|will|gets?|got|faces?|faced)\b/i;

/** "Intro Paragraph: As enterprises start…" → the label and where its content starts. */
function inlineLabelOf(line: string, inList: boolean): { kind: SectionKind; contentStart: number } | null {
  const m = /^\s*([^:：\n]{2,48}?)\s*(?::\s+|：\s*)(?=\S)/.exec(line);
  if (!m || countWords(m[1]) > 5) return null;
  if (DECISION_FIELD.test(line)) return null;
  // "Patrons have the opposite problem: they…" is a sentence that asserts, not a label that names.
  if (SENTENCE_VERB.test(m[1])) return null;
  const kind = classifyLabel(m[1], inList);
  if (!kind || kind === "other-known" || kind === "customer") return null;
  return { kind, contentStart: m[0].length };
}

/** True when every visible character of text[from, to) is bold or italic. */
function isEmphasisedRange(raw: RawBlock, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(raw.text[a])) a++;
  while (b > a && /\s/.test(raw.text[b - 1])) b--;
  if (a >= b) return false;
  let covered = a;
  const ranges = [...raw.emphasis].sort((x, y) => x[0] - y[0]);
  for (const [s, e] of ranges) {
    if (s > covered) {
      if (raw.text.slice(covered, s).trim() !== "") return false;
    }
    if (e > covered) covered = e;
    if (covered >= b) return true;
  }
  return covered >= b || raw.text.slice(covered, b).trim() === "";
}

function leadEmphasisOf(raw: RawBlock, from: number, to: number): string | null {
  let a = from;
  while (a < to && /\s/.test(raw.text[a])) a++;
  const starting = raw.emphasis.filter(([s]) => s === a);
  if (!starting.length) return null;
  const end = Math.min(to, Math.max(...starting.map(([, e]) => e)));
  return raw.text.slice(a, end).trim() || null;
}

function endsQuestion(line: string): boolean {
  return /\?\s*["”*_)]*\s*$/.test(line);
}

/**
 * Splits a paragraph at lines that start something new: a section label, a
 * "Label: content" line, a "Q:" or "A:" line, or a short question line that
 * follows a finished sentence. Plain-text exports and Google Docs put all of
 * these inside one Markdown paragraph.
 */
function piecesOf(raw: RawBlock): Piece[] {
  const text = raw.text;
  const lines: { from: number; to: number }[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    lines.push({ from: at, to: end });
    if (nl < 0) break;
    at = nl + 1;
  }
  const pieces: Piece[] = [];
  let current: Piece = { from: 0, to: text.length, names: null, labelOnly: false };
  const startPiece = (from: number, names: SectionKind | null, labelOnly: boolean) => {
    if (from > current.from) {
      current.to = from;
      pieces.push(current);
    } else if (from === current.from && (names || labelOnly)) {
      current.names = names;
      current.labelOnly = labelOnly;
      return;
    }
    current = { from, to: text.length, names, labelOnly };
  };
  let inQuestion = 0;
  for (let i = 0; i < lines.length; i++) {
    const { from, to } = lines[i];
    const line = text.slice(from, to);
    const previous = i > 0 ? text.slice(lines[i - 1].from, lines[i - 1].to).trim() : "";
    if (inQuestion > 0) {
      // A "Q:" line that wrapped: the question runs until a line ends in "?".
      if (hasAnswerPrefix(line)) {
        inQuestion = 0;
        startPiece(from, null, false);
      } else if (endsQuestion(line)) {
        inQuestion = 0;
        if (i + 1 < lines.length) startPiece(lines[i + 1].from, null, false);
      } else if (++inQuestion > 4) inQuestion = 0;
      continue;
    }
    const label = labelOfLine(line, raw.listDepth > 0);
    // "5. Primary problems in data collection" over its answer, in a list: a title of its own line, naming no part.
    if (label || (raw.listDepth > 0 && labelOfLine(line, false))) {
      startPiece(from, label, !!label);
      if (i + 1 < lines.length) startPiece(lines[i + 1].from, null, false);
      continue;
    }
    if (hasQuestionPrefix(line)) {
      startPiece(from, null, false);
      // "**Q14. Skill taxonomy (LOCKED)**" on a line of its own is a whole question title, "?" or not.
      const wholeBoldTitle = isEmphasisedRange(raw, from, to) && !raw.emphasis.some(([a, b]) => a < to && b > to + 1);
      if (!endsQuestion(line) && !wholeBoldTitle) inQuestion = 1;
      else if (i + 1 < lines.length) startPiece(lines[i + 1].from, null, false);
      continue;
    }
    if (hasAnswerPrefix(line) && i > 0) {
      startPiece(from, null, false);
      continue;
    }
    const inline = inlineLabelOf(line, raw.listDepth > 0);
    const titleCased = inline && /^\s*(?:\p{Lu}[\p{L}'’-]*\s*){1,4}:/u.test(line);
    if (inline && (i === 0 || /[.!?:"”]$/.test(previous) || previous === "" || titleCased)) {
      startPiece(from, inline.kind, false);
      continue;
    }
    // A quotation opening a line after a finished sentence starts a new paragraph in wrapped text,
    // and so does a sentence after a closed quotation.
    if (i > 0 && /[.!?"”]$/.test(previous) && (/^\s*[“"„«]/.test(line) || (/[.!?,]["”]$/.test(previous) && /^\s*\p{Lu}/u.test(line) && !/^\s*(?:said|says|added|adds|explained|noted)\b/i.test(line)))) {
      startPiece(from, null, false);
    }
    // Text exported from PDFs marks paragraph ends with hard breaks after a sentence.
    if (i > 0 && raw.hardBreaks.includes(from - 1) && /[.!?:"”]$/.test(previous) && /^\s*[\p{Lu}\d"“„]/u.test(line)) {
      startPiece(from, null, false);
    }
    // Bold that runs over several lines ("**I6. How does this relate to the roadmap (will it become\nredundant)?**") stays one piece.
    const emphasisCrossesLineEnd = raw.emphasis.some(([a, b]) => a < to && b > from && (a < from || b > to + 1));
    if (lines.length > 1 && isEmphasisedRange(raw, from, to) && !emphasisCrossesLineEnd && !hasMoreWordsThan(line, 30)) {
      startPiece(from, null, false);
      if (i + 1 < lines.length) startPiece(lines[i + 1].from, null, false);
      continue;
    }
    if (endsQuestion(line) && !hasMoreWordsThan(line, 30) && (i === 0 || /[.!?:"”)]$/.test(previous)) && i + 1 < lines.length) {
      startPiece(from, null, false);
      startPiece(lines[i + 1].from, null, false);
    }
  }
  current.to = text.length;
  pieces.push(current);
  return splitBetweenQuotes(text, pieces);
}

const ATTRIBUTION = /\b(?:said|says|added|adds|explained|explains|noted|notes|commented|according to|recalled|recalls|sagt|sagte)\b/i;

/**
 * "“Spoiled grain costs the most,” said Anna Kowalchuk. “I lost a bin last
 * year,” said Walter Friesen." holds two quotes from two people: split where
 * a new quotation opens after an attributed one has closed.
 */
function splitBetweenQuotes(text: string, pieces: Piece[]): Piece[] {
  if (!/["“„«]/.test(text)) return pieces;
  const out: Piece[] = [];
  for (const piece of pieces) {
    let start = piece.from;
    const opening = /[.!?]["”]?\s+(?=["“„«])/g;
    opening.lastIndex = piece.from;
    let m: RegExpExecArray | null;
    while ((m = opening.exec(text)) && m.index < piece.to) {
      const cut = m.index + m[0].length;
      if (cut >= piece.to) break;
      const before = text.slice(start, cut);
      const outside = (t: string) => t.replace(/["“„«][^"”“„«»]*["”»]/g, " ");
      // The next quotation must carry its own attribution: "…,” said Ada. “More from Ada.” is one quote.
      const nextOpening = text.slice(cut + 1).search(/[.!?]["”]?\s+["“„«]/);
      const after = text.slice(cut, nextOpening < 0 ? piece.to : Math.min(piece.to, cut + 1 + nextOpening + 1));
      if (/["“„«][^"”“„«»]{8,}["”»]/.test(before) && ATTRIBUTION.test(outside(before)) && ATTRIBUTION.test(outside(after))) {
        out.push({ ...piece, from: start, to: cut });
        start = cut;
      }
    }
    out.push(start === piece.from ? piece : { ...piece, from: start, names: null, labelOnly: false });
  }
  return out;
}

/** "**Q: Why now?** Because…" splits after the bold question. */
function splitAfterBoldQuestion(raw: RawBlock, pieces: Piece[]): Piece[] {
  const lead = raw.leadEmphasis;
  // "**IFAQ-02 · What is the first metric? · BLOCKER.** Hours from…": an id, a question and a status tag.
  // "**Q14. Skill taxonomy (LOCKED)** Two categories…": a "Q" and a number make a bold lead a question title without "?".
  const taggedQuestion = !!lead && hasEntryId(lead) && (lead.includes("?") || hasQuestionPrefix(lead));
  if (!lead || !(endsQuestion(lead) || hasQuestionPrefix(lead) || taggedQuestion)) return pieces;
  const first = pieces[0];
  const leadAt = raw.text.indexOf(lead, first.from);
  if (leadAt < 0 || leadAt > first.from + 4) return pieces;
  const leadEnd = leadAt + lead.length;
  const rest = raw.text.slice(leadEnd, first.to);
  if (!rest.trim() || !(endsQuestion(lead) || taggedQuestion)) return pieces;
  return [{ ...first, to: leadEnd }, { from: leadEnd, to: first.to, names: null, labelOnly: false }, ...pieces.slice(1)];
}

function trimRange(text: string, from: number, to: number): [number, number] {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return [from, to];
}

const PROSE_KINDS = new Set(["heading", "paragraph", "table-row"]);

/** Turns raw Markdown blocks into the document's blocks, with sentences and spans. */
/** A block's content, worked out once per raw block and independent of where the block sits in the document. */
type PreparedBlock = Omit<Block, "index" | "span" | "sentences" | "sourceOffset"> & {
  /** Offsets relative to the raw block's own coordinates (before any shift). */
  map: OffsetMap;
  start: number;
  end: number;
  sentences: { start: number; end: number }[];
};

/**
 * Splitting a paragraph into pieces and sentences depends only on its own
 * text, so it is remembered per raw block: when the parser reuses a cached
 * chunk, its blocks are placed at their new offsets without being redone.
 */
const prepared = new WeakMap<RawBlock, PreparedBlock[]>();

/** Turns raw Markdown blocks into the document's blocks, with sentences and spans. */
export function finalizeBlocks(raws: RawBlock[], lineStarts: number[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of raws) {
    const origin = raw.origin ?? raw;
    let pieces = prepared.get(origin);
    if (!pieces) {
      pieces = prepareBlocks(origin);
      prepared.set(origin, pieces);
    }
    const shift = raw.start - origin.start;
    for (const piece of pieces) blocks.push(placeBlock(piece, shift, blocks.length, lineStarts));
  }
  return blocks;
}

function prepareBlocks(raw: RawBlock): PreparedBlock[] {
  if (raw.kind !== "paragraph") {
    return [prepareBlock(raw, 0, raw.text.length, raw.kind === "heading" ? classifyLabel(raw.text) : null, raw.kind === "heading", true)];
  }
  const out: PreparedBlock[] = [];
  const pieces = splitAfterBoldQuestion(raw, piecesOf(raw));
  pieces.forEach((piece, i) => {
    const [from, to] = trimRange(raw.text, piece.from, piece.to);
    if (from >= to && pieces.length > 1) return;
    let { names, labelOnly } = piece;
    if (!names) {
      // A bold run-in label: "**The problem.** Aurora DSQL is not MySQL…"
      const lead = i === 0 ? raw.leadEmphasis : leadEmphasisOf(raw, from, to);
      // In a list, only a part's own name makes a bold lead a label (see labelOfLine).
      const kind = lead && countWords(lead) <= LABEL_MAX_WORDS ? classifyLabel(lead, raw.listDepth > 0) : null;
      if (kind) {
        names = kind;
        labelOnly = isEmphasisedRange(raw, from, to);
      }
    }
    out.push(prepareBlock(raw, from, to, names, labelOnly, i === 0));
  });
  return out;
}

function prepareBlock(raw: RawBlock, from: number, to: number, names: SectionKind | null, labelOnly: boolean, first: boolean): PreparedBlock {
  const whole = from === 0 && to === raw.text.length;
  const text = whole ? raw.text : raw.text.slice(from, to);
  const map = whole ? raw.map : raw.map.slice(from, to);
  const start = whole || (first && from === 0) ? raw.start : map.toSource(0);
  const end = whole ? raw.end : text.length ? map.toSource(text.length - 1) + 1 : start;
  return {
    kind: raw.kind,
    text,
    map,
    start,
    end: Math.max(start, end),
    depth: raw.depth,
    listDepth: raw.listDepth,
    listItemStart: first && raw.listItemStart,
    listOrdinal: first ? raw.listOrdinal : null,
    quoteDepth: raw.quoteDepth,
    leadEmphasis: first ? raw.leadEmphasis : raw.kind === "paragraph" ? leadEmphasisOf(raw, from, to) : null,
    emphasised: whole ? raw.emphasised : raw.kind === "paragraph" && isEmphasisedRange(raw, from, to),
    names,
    labelOnly,
    sentences: PROSE_KINDS.has(raw.kind) ? splitSentences(text) : [],
  };
}

function placeBlock(piece: PreparedBlock, shift: number, index: number, lineStarts: number[]): Block {
  const map = shift ? piece.map.shifted(shift) : piece.map;
  const sourceOffset = (i: number) => map.toSource(i);
  return {
    index,
    kind: piece.kind,
    text: piece.text,
    span: spanAt(lineStarts, piece.start + shift, piece.end + shift),
    depth: piece.depth,
    listDepth: piece.listDepth,
    listItemStart: piece.listItemStart,
    listOrdinal: piece.listOrdinal,
    quoteDepth: piece.quoteDepth,
    leadEmphasis: piece.leadEmphasis,
    emphasised: piece.emphasised,
    names: piece.names,
    labelOnly: piece.labelOnly,
    sentences: piece.sentences.map((r) => ({
      text: piece.text.slice(r.start, r.end),
      span: spanAt(lineStarts, sourceOffset(r.start), sourceOffset(r.end - 1) + 1),
      block: index,
      start: r.start,
      end: r.end,
    })),
    sourceOffset,
  };
}
