import { computeLineStarts } from "../model/positions";
import type { PrfaqDocument } from "../model/types";
import { finalizeBlocks } from "./blocks";
import { readDecision } from "./decision";
import { findDirectives } from "./directives";
import { readFrontMatter } from "./front-matter";
import { parseMarkdown, type ChunkCache } from "./markdown";

export interface ParseOptions {
  /** Reuse the parse of unchanged chunks from earlier calls (editors, the language server). */
  cache?: ChunkCache;
}
import { buildParts } from "./structure";

/**
 * Reads a PR/FAQ written in Markdown (or plain text) into the document model.
 * It never throws on content: whatever it cannot place is kept as an "other"
 * part, and malformed front matter is recorded on the model.
 */
export function parseDocument(input: string, options: ParseOptions = {}): PrfaqDocument {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lineStarts = computeLineStarts(text);
  const markdown = parseMarkdown(text, options.cache);
  const frontMatter = markdown.frontMatter ? readFrontMatter(markdown.frontMatter, lineStarts) : null;
  const blocks = finalizeBlocks(markdown.blocks, lineStarts);
  const { parts, pressRelease, productName } = buildParts(blocks);
  const declared = frontMatter?.data.format ?? frontMatter?.data.type;
  return {
    text,
    format: typeof declared === "string" && /\bbrief\b/i.test(declared) ? "brief" : "prfaq",
    lineStarts,
    frontMatter,
    blocks,
    parts,
    pressRelease,
    productName,
    decision: readDecision(frontMatter, parts),
    directives: findDirectives(text, blocks, lineStarts),
  };
}

export { ChunkCache } from "./markdown";
export { splitSentences, tokenize, countWords, normalize } from "./text";
export { classifyLabel, normalizeLabel } from "./labels";
