import { useEffect, useMemo, useRef } from "preact/hooks";
import type { DocumentShape } from "../critic/protocol";
import { assignHeadingLevels, MarkdownNode, nodesBetween, parseForReading, sourceOffsetAt, type Highlight } from "./markdown-view";

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
}

export interface ReadingViewProps {
  text: string;
  shape: DocumentShape | null;
  highlights: Highlight[];
  onSelect: (selection: TextSelection | null) => void;
  onHighlightClick: (commentIds: string[]) => void;
}

interface Page {
  title: string;
  from: number;
  to: number;
}

/**
 * The meeting's layout: the press release alone on page 1, then the FAQs and
 * everything after. Without a recognisable press release, the document is one page.
 */
function pagesOf(text: string, shape: DocumentShape | null): Page[] {
  const pr = shape?.pressRelease;
  if (!pr) return [{ title: "The document", from: 0, to: text.length + 1 }];
  const pages: Page[] = [];
  if (pr.from > 0 && text.slice(0, pr.from).replace(/^---[\s\S]*?\n---\s*/, "").trim()) pages.push({ title: "Before the press release", from: 0, to: pr.from });
  pages.push({ title: "Page 1: the press release", from: pages.length ? pr.from : 0, to: pr.to });
  if (pr.to < text.length) pages.push({ title: shape.faqs.length ? "The FAQs" : "After the press release", from: pr.to, to: text.length + 1 });
  return pages;
}

export function ReadingView({ text, shape, highlights, onSelect, onHighlightClick }: ReadingViewProps) {
  const root = useMemo(() => parseForReading(text), [text]);
  const pages = useMemo(
    () =>
      pagesOf(text, shape).map((page) => {
        const nodes = nodesBetween(root, page.from, page.to);
        assignHeadingLevels(nodes);
        return { ...page, nodes };
      }),
    [root, text, shape],
  );
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const readSelection = () => {
      const selection = window.getSelection();
      const host = container.current;
      if (!selection || selection.rangeCount === 0 || !host) return;
      const range = selection.getRangeAt(0);
      // Clicking into the comment box collapses the selection outside the pages; the passage stays chosen.
      if (!host.contains(range.commonAncestorContainer)) return;
      if (selection.isCollapsed) return onSelect(null);
      const start = sourceOffsetAt(range.startContainer, range.startOffset, "start");
      const end = sourceOffsetAt(range.endContainer, range.endOffset, "end");
      if (start === null || end === null || end <= start) return onSelect(null);
      onSelect({ start, end, quote: text.slice(start, end) });
    };
    document.addEventListener("selectionchange", readSelection);
    return () => document.removeEventListener("selectionchange", readSelection);
  }, [text, onSelect]);

  return (
    <div
      class="reading"
      ref={container}
      onClick={(e) => {
        const mark = (e.target as Element).closest("mark[data-comments]");
        if (mark) onHighlightClick(mark.getAttribute("data-comments")!.split(" "));
      }}
    >
      {pages.map((page) => (
        <article key={page.from} class="paper" aria-label={page.title}>
          <h2 class="page-title">{page.title}</h2>
          {page.nodes.map((node, i) => (
            <MarkdownNode key={i} node={node} highlights={highlights} />
          ))}
        </article>
      ))}
    </div>
  );
}
