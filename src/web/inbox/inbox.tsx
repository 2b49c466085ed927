import { useRef } from "preact/hooks";
import { api } from "../api/client";
import type { ReviewRequest } from "../api/types";
import { ErrorBox, Loading, Time } from "../components/status";
import { useAsync, useTitle, type AsyncState } from "../hooks";
import { useLiveEvents, workspaceEventsUrl } from "../live";
import { useApp } from "../state";

const INBOX_EVENTS = new Set(["review", "verdict", "decision", "document", "revision"]);

/** Reviews waiting on the signed-in person, fetched again whenever the workspace's stream says a review moved. */
export function useInbox(): AsyncState<{ requests: ReviewRequest[] }> {
  const { workspace } = useApp();
  const inbox = useAsync(() => api.inbox(workspace.id), [workspace.id]);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useLiveEvents(
    workspaceEventsUrl(workspace.id),
    () => {
      // An autosaving author sends a burst of revisions: one refetch for the lot.
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(() => void inbox.reload(), 300);
    },
    (event) => INBOX_EVENTS.has(event.type),
  );
  return inbox;
}

export const reviewLink = (r: ReviewRequest) => `/d/${encodeURIComponent(r.document.id)}/review?review=${encodeURIComponent(r.reviewId)}`;

function RequestItem({ request }: { request: ReviewRequest }) {
  const stale = request.document.headRevision > request.revision;
  return (
    <li class="review-request" data-review-id={request.reviewId}>
      <a href={reviewLink(request)}>
        <strong>{request.document.title}</strong>
      </a>{" "}
      <span class="muted">
        revision {request.revision}, asked by {request.requestedBy.name} <Time iso={request.requestedAt} />
      </span>
      <span class="request-state">
        {request.readAt ? " · read; your verdict is still open" : request.phase === "silent-reading" ? " · silent reading" : " · in discussion"}
        {stale ? ` · the author has saved revision ${request.document.headRevision} since` : ""}
      </span>
    </li>
  );
}

export function RequestList({ requests }: { requests: ReviewRequest[] }) {
  return (
    <ul class="review-requests">
      {requests.map((r) => (
        <RequestItem key={r.reviewId} request={r} />
      ))}
    </ul>
  );
}

/** The nav link, with how many reviews wait on you. */
export function InboxLink({ current }: { current: boolean }) {
  const inbox = useInbox();
  const count = inbox.data?.requests.length ?? 0;
  return (
    <a href="/inbox" aria-current={current ? "page" : undefined} data-testid="inbox-link" data-count={count}>
      Inbox
      {count > 0 && (
        <>
          <span class="count" aria-hidden="true">
            {count}
          </span>
          <span class="visually-hidden">
            : {count} review{count === 1 ? "" : "s"} waiting on you
          </span>
        </>
      )}
    </a>
  );
}

export function InboxScreen() {
  useTitle("Inbox");
  const inbox = useInbox();
  return (
    <section class="page narrow">
      <h1>Inbox</h1>
      <p class="muted">Reviews people asked of you, until you have read the revision and given your verdict.</p>
      {inbox.error ? (
        <ErrorBox error={inbox.error} />
      ) : !inbox.data ? (
        <Loading what="your inbox" />
      ) : inbox.data.requests.length === 0 ? (
        <p>Nothing waits on you.</p>
      ) : (
        <RequestList requests={inbox.data.requests} />
      )}
    </section>
  );
}

/** On a document's Write tab, for someone who can't edit it: the review asked of them is one click away. */
export function ReviewWaitingBanner({ documentId }: { documentId: string }) {
  const inbox = useInbox();
  const request = inbox.data?.requests.find((r) => r.document.id === documentId);
  if (!request) return null;
  return (
    <div class="banner" role="region" aria-label="Review asked of you">
      <p>
        {request.requestedBy.name} asked you to review revision {request.revision}.
      </p>
      <a class="button-link primary" href={reviewLink(request)}>
        Open the review
      </a>
    </div>
  );
}
