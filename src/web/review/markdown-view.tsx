import type { Nodes, Parent, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import type { ComponentChildren, JSX } from "preact";

/** A highlighted range of the source text (a comment's anchor). */
export interface Highlight {
  id: string;
  start: number;
  end: number;
  active?: boolean;
}

export function parseForReading(text: string): Root {
  return fromMarkdown(text, {
    extensions: [frontmatter(["yaml"]), gfmTable(), gfmStrikethrough()],
    mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
  });
}

const startOf = (node: Nodes) => node.position?.start.offset ?? 0;
const endOf = (node: Nodes) => node.position?.end.offset ?? 0;

/** Top-level nodes that start inside [from, to). */
export function nodesBetween(root: Root, from: number, to: number): RootContent[] {
  return root.children.filter((node) => node.type !== "yaml" && startOf(node) >= from && startOf(node) < to);
}

const headingLevels = new WeakMap<Nodes, number>();

/**
 * The screen has an h1 (the document's title) and an h2 per page, so a page's
 * own headings start at h3 and never skip a level, whatever depth the author
 * used ("## Customer FAQ" opening the FAQ page is an h3 there).
 */
export function assignHeadingLevels(nodes: RootContent[]): void {
  const headings = nodes.filter((n): n is Extract<RootContent, { type: "heading" }> => n.type === "heading");
  if (!headings.length) return;
  const shallowest = Math.min(...headings.map((h) => h.depth));
  let previous = 2;
  for (const heading of headings) {
    const level = Math.min(6, 3 + heading.depth - shallowest, previous + 1);
    headingLevels.set(heading, level);
    previous = level;
  }
}

function safeHref(url: string): string | null {
  return /^(https?:|mailto:)/i.test(url) ? url : null;
}

/**
 * Text is cut wherever a highlight starts or ends. Every piece is a span
 * carrying the source offset of its first character (data-o), which is how a
 * reader's selection maps back to the Markdown it came from.
 */
function renderText(value: string, start: number, end: number, highlights: Highlight[]): ComponentChildren {
  // Escapes and entities make the source longer than the text; offsets inside such a node are approximate.
  const exact = end - start === value.length;
  const cuts = new Set<number>([0, value.length]);
  const relevant = highlights.filter((h) => h.start < end && h.end > start);
  if (exact)
    for (const h of relevant) {
      if (h.start > start) cuts.add(h.start - start);
      if (h.end < end) cuts.add(h.end - start);
    }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: JSX.Element[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    const from = start + (exact ? a : 0);
    const to = exact ? start + b : end;
    const covering = relevant.filter((h) => h.start < to && h.end > from);
    const piece = (
      <span data-o={from} data-e={to}>
        {value.slice(a, b)}
      </span>
    );
    pieces.push(
      covering.length ? (
        <mark
          key={a}
          class={covering.some((h) => h.active) ? "comment-anchor active" : "comment-anchor"}
          data-comments={covering.map((h) => h.id).join(" ")}
        >
          {piece}
        </mark>
      ) : (
        <span key={a} data-o={from} data-e={to}>
          {value.slice(a, b)}
        </span>
      ),
    );
  }
  return pieces;
}

function children(node: Parent, highlights: Highlight[]): ComponentChildren {
  return node.children.map((child, i) => <MarkdownNode key={i} node={child as Nodes} highlights={highlights} />);
}

export function MarkdownNode({ node, highlights }: { node: Nodes; highlights: Highlight[] }): JSX.Element | null {
  switch (node.type) {
    case "text":
      return <>{renderText(node.value, startOf(node), endOf(node), highlights)}</>;
    case "inlineCode":
      return <code>{renderText(node.value, startOf(node) + 1, endOf(node) - 1, highlights)}</code>;
    case "paragraph": {
      // "Q: …" and "A: …" on consecutive lines are one Markdown paragraph; they read better on their own lines.
      const qa = node.children.some((c) => c.type === "text" && /\n\s*A[:.]/.test(c.value));
      return <p class={qa ? "qa" : undefined}>{children(node, highlights)}</p>;
    }
    case "heading": {
      const level = headingLevels.get(node) ?? Math.min(6, node.depth + 2);
      const Tag = `h${level}` as "h3";
      return <Tag class={`md-h${node.depth}`}>{children(node, highlights)}</Tag>;
    }
    case "emphasis":
      return <em>{children(node, highlights)}</em>;
    case "strong":
      return <strong>{children(node, highlights)}</strong>;
    case "delete":
      return <del>{children(node, highlights)}</del>;
    case "blockquote":
      return <blockquote>{children(node, highlights)}</blockquote>;
    case "list":
      return node.ordered ? <ol start={node.start ?? undefined}>{children(node, highlights)}</ol> : <ul>{children(node, highlights)}</ul>;
    case "listItem":
      return <li>{children(node, highlights)}</li>;
    case "code":
      return (
        <pre>
          <code>{node.value}</code>
        </pre>
      );
    case "thematicBreak":
      return <hr />;
    case "break":
      return <br />;
    case "link": {
      const href = safeHref(node.url);
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {children(node, highlights)}
        </a>
      ) : (
        <span>{children(node, highlights)}</span>
      );
    }
    case "linkReference":
      return <span>{children(node, highlights)}</span>;
    case "image":
    case "imageReference":
      // Images would be requests to other hosts; the reader sees what they show instead.
      return <span class="image-placeholder">[image: {node.alt || "no description"}]</span>;
    case "table":
      return (
        // A wide table scrolls inside its own box, so on a phone the page itself never scrolls sideways.
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Table">
          <table class="md-table">
            <tbody>{children(node, highlights)}</tbody>
          </table>
        </div>
      );
    case "tableRow":
      return <tr>{children(node, highlights)}</tr>;
    case "tableCell":
      return <td>{children(node, highlights)}</td>;
    case "html":
    case "yaml":
    case "definition":
    case "footnoteDefinition":
      return null;
    default:
      return "children" in node ? <span>{children(node as Parent, highlights)}</span> : null;
  }
}

/** Maps a DOM position inside a rendered page back to a source offset. */
export function sourceOffsetAt(container: Node, offset: number, edge: "start" | "end"): number | null {
  let element: Element | null;
  let within = 0;
  if (container.nodeType === Node.TEXT_NODE) {
    element = container.parentElement;
    within = offset;
  } else {
    const el = container as Element;
    const child = edge === "start" ? el.childNodes[offset] : el.childNodes[offset - 1];
    const leaves = child ? (child.nodeType === Node.ELEMENT_NODE ? (child as Element).querySelectorAll("[data-o]") : []) : [];
    if (child && (child as Element).matches?.("[data-o]")) element = child as Element;
    else if (leaves.length) element = edge === "start" ? leaves[0] : leaves[leaves.length - 1];
    else element = null;
    if (element && edge === "end") within = element.textContent?.length ?? 0;
  }
  const leaf = element?.closest("[data-o]");
  if (!leaf) return null;
  const start = Number(leaf.getAttribute("data-o"));
  const end = Number(leaf.getAttribute("data-e"));
  return Math.min(start + within, end);
}
