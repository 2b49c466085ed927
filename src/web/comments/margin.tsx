import type { EditorView } from "@codemirror/view";
import { render } from "preact";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { api } from "../api/client";
import type { Comment, LiveEvent } from "../api/types";
import { revealRange } from "../editor/editor";
import { useDocumentEvents } from "../live";
import { CommentThread } from "../review/comments";
import { useApp } from "../state";
import { currentPassages, formerPlace, installCommentPassages, showPassages } from "./passages";

const CARD_GAP_PX = 8;

/**
 * Where a thread belongs in the text: its passage, or where its passage was
 * before the author deleted it (the top, for one this editor never placed).
 */
function threadPlace(view: EditorView, places: Map<string, { from: number }>, id: string): number {
  return places.get(id)?.from ?? formerPlace(view.state, id) ?? 0;
}

/**
 * Puts each thread level with its passage, pushing a thread down when the one
 * above would overlap it. The margin lives inside the editor's scroller, so
 * it scrolls with the text and needs no syncing; only the tops are computed.
 */
export function layoutMargin(view: EditorView, margin: HTMLElement): void {
  const places = currentPassages(view.state);
  const marginTop = margin.getBoundingClientRect().top;
  const cards = [...margin.querySelectorAll<HTMLElement>(".margin-threads > [data-comment-id]")];
  const wanted = cards
    .map((card) => {
      const at = threadPlace(view, places, card.dataset.commentId ?? "");
      const coords = view.coordsAtPos(at, 1);
      const screenTop = coords ? coords.top : view.documentTop + view.lineBlockAt(at).top;
      return { card, top: screenTop - marginTop };
    })
    .sort((a, b) => a.top - b.top);
  let bottom = 0;
  for (const { card, top } of wanted) {
    const placed = Math.max(top, bottom);
    card.style.setProperty("--card-top", `${Math.round(placed)}px`);
    bottom = placed + card.offsetHeight + CARD_GAP_PX;
  }
  margin.style.setProperty("--margin-height", `${Math.ceil(bottom)}px`);
}

interface MarginProps {
  view: EditorView;
  host: HTMLElement;
  threads: Comment[];
  /** Threads whose passage is gone from the text, with the words it was, when known. */
  removed: Map<string, string | null>;
  activeIds: string[];
  canComment: boolean;
  onChanged: () => void;
  onActivate: (id: string) => void;
}

function CommentMargin({ view, host, threads, removed, activeIds, canComment, onChanged, onActivate }: MarginProps) {
  useLayoutEffect(() => layoutMargin(view, host));
  useEffect(() => {
    // A reply being typed, or an error under a thread, makes its card taller.
    const resized = new ResizeObserver(() => layoutMargin(view, host));
    for (const card of host.querySelectorAll(".margin-threads > [data-comment-id]")) resized.observe(card);
    return () => resized.disconnect();
  }, [threads, view, host]);
  const reveal = (comment: Comment) => {
    const place = currentPassages(view.state).get(comment.id);
    if (place) revealRange(view, place.from, place.to);
  };
  return (
    <>
      <h2 class="visually-hidden" id="margin-heading">
        Open comments beside the text
      </h2>
      <ul
        class="threads margin-threads"
        aria-labelledby="margin-heading"
        onClick={(e) => {
          // A click anywhere on a compact thread opens its reply box (the keyboard gets there by focus).
          const id = (e.target as Element).closest<HTMLElement>("[data-comment-id]")?.dataset.commentId;
          if (id) onActivate(id);
        }}
        onFocusIn={(e) => {
          const id = (e.target as Element).closest<HTMLElement>("[data-comment-id]")?.dataset.commentId;
          if (id) onActivate(id);
        }}
      >
        {threads.map((comment) => (
          <CommentThread
            key={comment.id}
            comment={comment}
            canComment={canComment}
            active={activeIds.includes(comment.id)}
            onFocusAnchor={reveal}
            onChanged={onChanged}
            removedPassage={removed.has(comment.id) ? { quote: removed.get(comment.id) ?? null } : undefined}
          />
        ))}
      </ul>
    </>
  );
}

export interface EditorCommentsOptions {
  view: EditorView | null;
  workspaceId: string;
  documentId: string;
  /** The saved revision the editor builds on: the server anchors comments into it. */
  revision: number;
  canComment: boolean;
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** Open threads the margin shows: those on a passage, and those whose passage is no longer in the text. */
function isMarginThread(c: Comment): boolean {
  return !c.resolved && ((c.status === "anchored" && c.anchor !== null) || c.status === "outdated");
}

/**
 * Open comment threads in the editor's margin, beside their passages, kept
 * current over the live event stream and answerable where the author writes.
 * A thread whose passage the author deleted stays, marked "Passage removed",
 * where the words were: it still wants an answer or a resolve.
 */
export function useEditorComments({ view, workspaceId, documentId, revision, canComment }: EditorCommentsOptions): void {
  const { announce, session } = useApp();
  const [threads, setThreads] = useState<Comment[]>([]);
  const [activeIds, setActiveIds] = useState<string[]>([]);
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [placedKey, setPlacedKey] = useState("");
  const latestLoad = useRef(0);
  const lastThread = useRef<string | null>(null);
  /** The words each thread was on, remembered: once they are deleted and saved, the server no longer says. */
  const quotes = useRef(new Map<string, string>());

  const load = useCallback(async () => {
    const ticket = ++latestLoad.current;
    try {
      const { comments } = await api.comments(documentId, revision);
      const open = comments.filter(isMarginThread);
      for (const c of open) if (c.anchor) quotes.current.set(c.id, c.anchor.quote);
      // A thread outdated before this page opened: its own revision still holds its words.
      const unknown = [...new Set(open.filter((c) => !c.anchor && !quotes.current.has(c.id)).map((c) => c.revision))];
      for (const number of unknown) {
        const own = await api.comments(documentId, number);
        for (const c of own.comments) if (c.anchor && !quotes.current.has(c.id)) quotes.current.set(c.id, c.anchor.quote);
      }
      if (ticket === latestLoad.current) setThreads(open);
    } catch {
      // The margin keeps the threads it had; the Review tab shows the error in full.
    }
  }, [documentId, revision]);
  useEffect(() => void load(), [load]);

  useDocumentEvents(workspaceId, documentId, (event: LiveEvent) => {
    if (event.type === "comment" || event.type === "comment-resolved" || event.type === "review" || event.type === "verdict") {
      void load();
      if (event.type === "comment" && event.actor.id !== session.user.id) announce(`${event.actor.name} commented.`);
    }
  });

  useEffect(() => {
    if (!view) return;
    const margin = document.createElement("div");
    margin.className = "comment-margin";
    margin.dataset.testid = "comment-margin";
    let frame = 0;
    const stop = installCommentPassages(view, {
      onLayout: () => {
        // A passage deleted (or placed again) changes how its thread is shown, not only where.
        const key = [...currentPassages(view.state).keys()].sort().join(" ");
        setPlacedKey((old) => (old === key ? old : key));
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => margin.isConnected && layoutMargin(view, margin));
      },
      onCursor: (ids) => setActiveIds((old) => (sameIds(old, ids) ? old : ids)),
    });
    setHost(margin);
    return () => {
      stop();
      cancelAnimationFrame(frame);
      render(null, margin);
      margin.remove();
    };
  }, [view]);

  useEffect(() => {
    // Only when the threads change: between loads the marks follow the edits themselves.
    if (view && host) showPassages(view, threads.flatMap((c) => (c.anchor ? [{ id: c.id, start: c.anchor.start, end: c.anchor.end, quote: c.anchor.quote }] : [])));
  }, [view, host, threads]);

  useEffect(() => {
    if (!view || !host) return;
    if (!threads.length) {
      render(null, host);
      host.remove();
      return;
    }
    // After the content, so the threads come after the text in reading and tab order.
    if (!host.isConnected) view.scrollDOM.appendChild(host);
    const placed = currentPassages(view.state);
    const inTextOrder = [...threads].sort((a, b) => threadPlace(view, placed, a.id) - threadPlace(view, placed, b.id));
    const removed = new Map(threads.filter((c) => !placed.has(c.id)).map((c) => [c.id, quotes.current.get(c.id) ?? null]));
    const onChanged = () => {
      const thread = lastThread.current;
      void load().then(() => {
        if (document.activeElement !== document.body && document.activeElement?.isConnected) return;
        // A reply empties its box and disables the button that had the focus: it goes back to the box.
        // Resolving removes the thread, and the focus with it: the author goes back to writing.
        const box = thread ? host.querySelector<HTMLElement>(`[data-comment-id="${thread}"] textarea`) : null;
        if (box) box.focus();
        else view.focus();
      });
    };
    render(
      <CommentMargin view={view} host={host} threads={inTextOrder} removed={removed} activeIds={activeIds} canComment={canComment} onChanged={onChanged} onActivate={(id) => {
          lastThread.current = id;
          setActiveIds((old) => (sameIds(old, [id]) ? old : [id]));
        }} />,
      host,
    );
  }, [view, host, threads, activeIds, canComment, load, placedKey]);
}
