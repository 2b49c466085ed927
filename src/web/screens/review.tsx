import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api } from "../api/client";
import type { Comment, DocumentWithRevision, Review } from "../api/types";
import { DocHeader } from "../components/doc-header";
import { ErrorBox, Loading } from "../components/status";
import { sharedCritic } from "../critic/client";
import type { DocumentShape } from "../critic/protocol";
import { useAsync, useTitle } from "../hooks";
import { useDocumentEvents } from "../live";
import { navigate } from "../router";
import { CommentThread, Composer } from "../review/comments";
import { findPassage } from "../review/passage";
import type { Highlight } from "../review/markdown-view";
import { ReadingView, type TextSelection } from "../review/reading-view";
import { ReviewStatus, StartReview } from "../review/review-panel";
import { useApp } from "../state";

function pickReview(reviews: Review[], wanted: string | null): Review | null {
  if (wanted) return reviews.find((r) => r.id === wanted) ?? null;
  return reviews.find((r) => r.phase !== "closed") ?? reviews[0] ?? null;
}

function useShape(text: string | undefined): DocumentShape | null {
  const [shape, setShape] = useState<DocumentShape | null>(null);
  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    sharedCritic()
      .check(text)
      .then(
        (r) => live && setShape(r.shape),
        // Without the critic's reading, the document is shown as one page rather than not at all.
        () => live && setShape({ pressRelease: null, faqs: [], title: null, words: { total: 0, pressRelease: 0, faq: 0 } }),
      );
    return () => void (live = false);
  }, [text]);
  return shape;
}

function ReviewWorkspace({ loaded, reviewId, reloadDocument }: { loaded: DocumentWithRevision; reviewId: string | null; reloadDocument: () => Promise<void> }) {
  const { announce, session } = useApp();
  const { document: doc, permissions } = loaded;
  const reviews = useAsync(() => api.reviews(doc.id), [doc.id]);
  const review = reviews.data ? pickReview(reviews.data.reviews, reviewId) : null;
  const revisionNumber = review?.revision ?? loaded.revision.number;
  const revision = useAsync(
    async () => (revisionNumber === loaded.revision.number ? loaded.revision : (await api.revision(doc.id, revisionNumber)).revision),
    [doc.id, revisionNumber, loaded.revision],
  );
  const comments = useAsync(() => api.comments(doc.id, revisionNumber), [doc.id, revisionNumber]);
  const shape = useShape(revision.data?.text);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [activeIds, setActiveIds] = useState<string[]>([]);
  const [newerRevision, setNewerRevision] = useState<number | null>(null);
  const sidebar = useRef<HTMLDivElement>(null);

  useDocumentEvents(doc.workspaceId, doc.id, (event) => {
    if (event.type === "comment" || event.type === "comment-resolved") {
      void comments.reload();
      if (event.actor.id !== session.user.id && event.type === "comment") announce(`${event.actor.name} commented.`);
    } else if (event.type === "review" || event.type === "verdict") {
      void reviews.reload();
      void comments.reload();
    } else if (event.type === "revision") {
      setNewerRevision(Number(event.revision));
      void reloadDocument();
    } else {
      void reloadDocument();
    }
  });

  const list = comments.data?.comments ?? [];
  const highlights: Highlight[] = useMemo(
    () =>
      list.flatMap((c) => (c.anchor && !c.resolved ? [{ id: c.id, start: c.anchor.start, end: c.anchor.end, active: activeIds.includes(c.id) }] : [])),
    [list, activeIds],
  );
  const onSelect = useCallback((s: TextSelection | null) => setSelection(s), []);

  const focusThread = (ids: string[]) => {
    setActiveIds(ids);
    const first = sidebar.current?.querySelector<HTMLElement>(`[data-comment-id="${ids[0]}"]`);
    first?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    first?.querySelector<HTMLElement>("button, textarea")?.focus({ preventScroll: true });
  };
  const focusAnchor = (comment: Comment) => {
    setActiveIds([comment.id]);
    const mark = document.querySelector<HTMLElement>(`mark[data-comments~="${comment.id}"]`);
    mark?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const submitComment = async (body: string, typed?: { start: number; end: number }) => {
    const anchor = selection ? { start: selection.start, end: selection.end } : (typed ?? null);
    await api.addComment(doc.id, { revision: revisionNumber, anchor, body, reviewId: review && review.phase !== "closed" ? review.id : undefined });
    setSelection(null);
    window.getSelection()?.removeAllRanges();
    await comments.reload();
    announce("Comment added.");
  };

  // The head as loaded, or newer when a save arrived on the event stream before the document reloaded.
  const latestRevision = Math.max(doc.headRevision, newerRevision ?? 0);
  if (revision.error) return <ErrorBox error={revision.error} />;
  const open = list.filter((c) => !c.resolved && c.status !== "outdated");
  const resolved = list.filter((c) => c.resolved && c.status !== "outdated");
  const outdated = list.filter((c) => c.status === "outdated");
  const hidden = comments.data?.hiddenBySilentReading ?? 0;
  const thread = (c: Comment) => (
    <CommentThread key={c.id} comment={c} canComment={permissions.comment} active={activeIds.includes(c.id)} onFocusAnchor={focusAnchor} onChanged={() => void comments.reload()} />
  );

  return (
    <div class="review-layout">
      <div class="reading-column">
        {review && latestRevision > revisionNumber && (
          <div class="banner stale-review" role="status" data-testid="stale-review">
            <p>
              This review is of revision {revisionNumber}; the document is now at revision {latestRevision}. Comments stay on the text they were written on.
            </p>
            <a class="button-link" href={`/d/${encodeURIComponent(doc.id)}/history?a=${revisionNumber}&b=${latestRevision}`}>
              What changed since this review
            </a>
          </div>
        )}
        {reviews.data && reviews.data.reviews.length > 1 && (
          <label class="field inline">
            <span>Review round</span>
            <select
              value={review?.id ?? ""}
              onChange={(e) => navigate(`/d/${encodeURIComponent(doc.id)}/review?review=${encodeURIComponent((e.target as HTMLSelectElement).value)}`)}
            >
              {reviews.data.reviews.map((r) => (
                <option key={r.id} value={r.id}>
                  Revision {r.revision} ({r.phase})
                </option>
              ))}
            </select>
          </label>
        )}
        {revision.data && shape ? (
          <ReadingView text={revision.data.text} shape={shape} highlights={highlights} onSelect={onSelect} onHighlightClick={focusThread} />
        ) : (
          <Loading what="the revision" />
        )}
      </div>
      <aside class="review-sidebar" ref={sidebar} aria-label="Review and comments">
        {reviews.error ? (
          <ErrorBox error={reviews.error} />
        ) : review ? (
          <ReviewStatus
            review={review}
            permissions={permissions}
            onChanged={() => {
              void reviews.reload();
              void comments.reload();
            }}
          />
        ) : (
          permissions.review &&
          reviews.data && (
            <StartReview
              documentId={doc.id}
              revision={loaded.revision.number}
              onStarted={(r) => {
                void reviews.reload();
                void reloadDocument();
                navigate(`/d/${encodeURIComponent(doc.id)}/review?review=${encodeURIComponent(r.id)}`, { replace: true });
              }}
            />
          )
        )}
        {permissions.comment && (
          <Composer
            quote={selection?.quote ?? null}
            onSubmit={submitComment}
            locate={(passage) => (revision.data ? findPassage(revision.data.text, passage) : null)}
            onCancel={selection ? () => (setSelection(null), window.getSelection()?.removeAllRanges()) : undefined}
          />
        )}
        <section class="panel" aria-labelledby="comments-heading">
          <h2 id="comments-heading" class="panel-heading">
            Comments <span class="count">{open.length}</span>
          </h2>
          {hidden > 0 && (
            <p class="hidden-note">
              {hidden} {hidden === 1 ? "comment from another reviewer is" : "comments from other reviewers are"} hidden until you finish reading.
            </p>
          )}
          {comments.error ? <ErrorBox error={comments.error} /> : null}
          {open.length === 0 && !comments.loading && <p class="muted">No open comments{hidden ? " that you can see yet" : ""}.</p>}
          <ul class="threads">{open.map(thread)}</ul>
          {resolved.length > 0 && (
            <details>
              <summary>Resolved ({resolved.length})</summary>
              <ul class="threads">{resolved.map(thread)}</ul>
            </details>
          )}
          {outdated.length > 0 && (
            <details>
              <summary>On text that has since changed ({outdated.length})</summary>
              <ul class="threads">{outdated.map(thread)}</ul>
            </details>
          )}
        </section>
      </aside>
    </div>
  );
}

export function ReviewScreen({ id, reviewId }: { id: string; reviewId: string | null }) {
  const loaded = useAsync(() => api.document(id), [id]);
  useTitle(loaded.data ? `Review: ${loaded.data.document.title}` : "Review");
  if (loaded.error) return <ErrorBox error={loaded.error} title="This document didn't open." />;
  if (!loaded.data) return <Loading what="the document" />;
  return (
    <section class="page wide">
      <DocHeader document={loaded.data.document} tab="review" />
      <ReviewWorkspace loaded={loaded.data} reviewId={reviewId} reloadDocument={loaded.reload} />
    </section>
  );
}
