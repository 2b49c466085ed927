import type { OffsetMap } from "../model/positions";
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
