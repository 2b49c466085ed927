import type { OffsetMap } from "../model/positions";
import type { Block } from "../model/types";

/**
 * A block as Markdown gives it, before it is split at labels and questions
 * and before positions are resolved to lines: offsets are absolute.
 */
export interface RawBlock extends Pick<Block, "kind" | "text" | "depth" | "listDepth" | "listItemStart" | "listOrdinal" | "quoteDepth" | "leadEmphasis" | "emphasised"> {
  map: OffsetMap;
  start: number;
  end: number;
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
