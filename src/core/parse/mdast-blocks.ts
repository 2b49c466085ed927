import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent } from "mdast";
import { OffsetMap } from "../model/positions";
import type { BlockKind } from "../model/types";
import type { ParsedMarkdown } from "./raw";

/**
 * Walks an mdast tree into raw blocks: headings, paragraphs (with their list
 * and blockquote context), table rows, code and HTML, each with its plain
 * text mapped back to source offsets.
 */
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

export class BlockWalker {
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
            // The separator is looked for inside the row only, whatever text follows the table.
            if (i > 0) this.appendText(state, " | ", cell.position?.start.offset ?? 0, false, row.position?.end.offset);
            for (const child of cell.children) this.inline(child, state);
          });
          this.pushBlock("table-row", state, row, ctx, 0, null, false);
        }
        return;
      case "code": {
        const state = this.newInline();
        this.appendText(state, node.value, node.position?.start.offset ?? 0, false, node.position?.end.offset);
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
      // An empty block's text ends where the block starts, not at the document's first character.
      map: state.length ? state.map : OffsetMap.empty(start),
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
        // "said <name>, Owner, <gym name>": a template's slot that Markdown takes for a tag is words the author left unfilled.
        else if (isTemplateSlot(node.value, this.source[node.position?.end.offset ?? -1])) this.appendText(state, node.value, node.position?.start.offset ?? 0, true);
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

/**
 * A point for a node built outside the tokenizer: the walker reads only
 * offsets, so line and column are left at 1.
 */
export const pointAt = (offset: number) => ({ line: 1, column: 1, offset });

/** The blocks of one node built outside the tokenizer, walked exactly as the tokenizer's own nodes are. */
export function walkNode(node: RootContent, source: string, base: number): ParsedMarkdown {
  const out: ParsedMarkdown = { blocks: [], frontMatter: null };
  new BlockWalker(source, base, out).visit(node, { listDepth: 0, quoteDepth: 0 });
  return out;
}

/** Tags prose uses inline; anything else between angle brackets is a slot, not markup. */
const INLINE_HTML_TAGS = new Set(["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "details", "summary", "div", "p", "font", "center", "picture", "source", "video", "audio", "iframe", "svg", "script", "style", "input", "button", "label", "select", "option", "textarea", "table", "tr", "td", "th", "ul", "ol", "li", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "figcaption", "section", "article", "nav", "header", "footer", "main", "aside"]);

function isTemplateSlot(html: string, after: string | undefined): boolean {
  const slot = /^<([a-z][a-z-]*)((?: [a-z][a-z-]*){0,4})>$/i.exec(html);
  if (!slot || INLINE_HTML_TAGS.has(slot[1].toLowerCase()) || slot[2].includes("=")) return false;
  // "ailly assemble <name>" is a command's argument; "<Customer Name>", "<gym name>" and "<name>, Owner" are slots.
  return /[A-Z]/.test(html) || slot[2] !== "" || after === ",";
}
