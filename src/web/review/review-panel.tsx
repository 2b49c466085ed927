import { useState } from "preact/hooks";
import { api } from "../api/client";
import type { Member, Outcome, Permissions, Review } from "../api/types";
import { OUTCOME_LABELS } from "../components/categories";
import { ErrorBox, formatDateTime } from "../components/status";
import { useAsync } from "../hooks";
import { useApp } from "../state";

const PHASE_LABELS: Record<Review["phase"], string> = {
  "silent-reading": "Silent reading",
  discussion: "Discussion",
  closed: "Closed",
};

function useAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      setError(null);
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function VerdictForm({ review, onChanged }: { review: Review; onChanged: () => void }) {
  const { session } = useApp();
  const mine = review.participants.find((p) => p.user.id === session.user.id);
  const [verdict, setVerdict] = useState<Outcome | null>(mine?.verdict ?? null);
  const [note, setNote] = useState(mine?.note ?? "");
  const { busy, error, run } = useAction(onChanged);
  return (
    <form
      class="verdict-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (verdict) void run(() => api.setVerdict(review.id, verdict, note.trim() || undefined));
      }}
    >
      <fieldset class="choice horizontal">
        <legend>Your verdict</legend>
        {(["proceed", "revise", "kill"] as Outcome[]).map((o) => (
          <label key={o} class={`outcome-choice outcome-${o}`}>
            <input type="radio" name="verdict" checked={verdict === o} onChange={() => setVerdict(o)} /> {OUTCOME_LABELS[o]}
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Why (optional)</span>
        <textarea rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      {error !== null && <ErrorBox error={error} />}
      <button disabled={busy || !verdict}>{mine?.verdict ? "Change my verdict" : "Give my verdict"}</button>
    </form>
  );
}

export function ReviewStatus({ review, permissions, onChanged }: { review: Review; permissions: Permissions; onChanged: () => void }) {
  const { session } = useApp();
  const { busy, error, run } = useAction(onChanged);
  const { me } = review;
  const reading = review.phase === "silent-reading";
  return (
    <section class="panel review-status" aria-labelledby="review-status-heading">
      <h2 id="review-status-heading" class="panel-heading">
        Review of revision {review.revision}: <span class={`phase phase-${review.phase}`}>{PHASE_LABELS[review.phase]}</span>
      </h2>
      {me.participant && reading && !me.readAt && (
        <div class="silent-reading-note">
          <p>
            Read the whole document before you see what others think. Select any passage to comment on it. Other reviewers' comments and verdicts stay
            hidden until you mark it read.
          </p>
          <button type="button" class="primary" disabled={busy} onClick={() => void run(() => api.markRead(review.id))}>
            I've finished reading
          </button>
        </div>
      )}
      {me.participant && me.readAt && reading && (
        <p class="muted">
          You finished reading {formatDateTime(me.readAt)}
          {me.canSeeOthers ? " and can now see the other reviewers' comments" : ""}. The discussion opens when every reviewer has finished.
        </p>
      )}
      <ul class="participants">
        {review.participants.map((p) => (
          <li key={p.user.id}>
            <span class="participant-name">
              {p.user.name}
              {p.user.id === session.user.id ? " (you)" : ""}
            </span>{" "}
            <span class="muted">{p.readAt ? "has read it" : "still reading"}</span>
            {p.hidden ? (
              <span class="muted"> · verdict hidden until you finish reading</span>
            ) : (
              p.verdict && (
                <>
                  {" "}
                  · <span class={`badge outcome-${p.verdict}`}>{OUTCOME_LABELS[p.verdict]}</span>
                  {p.note && <span class="participant-note"> “{p.note}”</span>}
                </>
              )
            )}
          </li>
        ))}
      </ul>
      {me.participant && review.phase !== "closed" && <VerdictForm key={review.id} review={review} onChanged={onChanged} />}
      {permissions.edit && review.phase !== "closed" && (
        <div class="phase-actions">
          {reading && (
            <button type="button" disabled={busy} onClick={() => void run(() => api.setPhase(review.id, "discussion"))}>
              Open the discussion now
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void run(() => api.setPhase(review.id, "closed"))}>
            Close this review
          </button>
        </div>
      )}
      {error !== null && <ErrorBox error={error} />}
    </section>
  );
}

export function StartReview({ documentId, revision, onStarted }: { documentId: string; revision: number; onStarted: (review: Review) => void }) {
  const { workspace, session } = useApp();
  const members = useAsync(() => api.members(workspace.id), [workspace.id]);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const candidates = (members.data?.members ?? []).filter((m: Member) => m.role !== "viewer");
  const toggle = (id: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form
      class="panel start-review"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        try {
          const { review } = await api.startReview(documentId, [...chosen], revision);
          onStarted(review);
        } catch (err) {
          setError(err);
          setBusy(false);
        }
      }}
    >
      <h2 class="panel-heading">Start a review of revision {revision}</h2>
      <p class="muted">Each reviewer reads silently first and can't see the others' comments until they've finished.</p>
      {members.error ? (
        <ErrorBox error={members.error} />
      ) : (
        <fieldset class="choice">
          <legend>Reviewers</legend>
          {candidates.map((m) => (
            <label key={m.user.id}>
              <input type="checkbox" checked={chosen.has(m.user.id)} onChange={() => toggle(m.user.id)} /> {m.user.name}
              {m.user.id === session.user.id ? " (you)" : ""} <span class="muted">{m.role}</span>
            </label>
          ))}
          {members.data && candidates.length <= 1 && (
            <p class="muted">
              Nobody else here can review yet. <a href="/team">Invite reviewers</a>.
            </p>
          )}
        </fieldset>
      )}
      {error !== null && <ErrorBox error={error} />}
      <button class="primary" disabled={busy || chosen.size === 0}>
        Start the review
      </button>
    </form>
  );
}
