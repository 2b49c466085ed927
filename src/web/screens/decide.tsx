import { useState } from "preact/hooks";
import { api, ApiError } from "../api/client";
import type { Decision, DocumentWithRevision, Outcome, Overruled, Review } from "../api/types";
import { OUTCOME_LABELS } from "../components/categories";
import { DocHeader } from "../components/doc-header";
import { describeOverruled, OverruledNote } from "../components/overruled";
import { ErrorBox, Loading, Time } from "../components/status";
import { useAsync, useTitle } from "../hooks";
import { useDocumentEvents } from "../live";
import { useApp } from "../state";

const OUTCOME_HELP: Record<Outcome, string> = {
  proceed: "Build it. The kill criteria still stand.",
  revise: "Not yet: the document needs another round.",
  kill: "Stop. Say which criterion was missed, with the evidence.",
};

function DecisionList({ decisions }: { decisions: Decision[] }) {
  if (decisions.length === 0) return <p class="muted">No decisions recorded yet.</p>;
  return (
    <ol class="decisions">
      {decisions.map((d) => (
        <li key={d.id} class={`decision outcome-${d.outcome}`}>
          <p>
            <span class={`badge outcome-${d.outcome}`}>{OUTCOME_LABELS[d.outcome]}</span> on revision {d.revision} by {d.decidedBy.name},{" "}
            <Time iso={d.decidedAt} />
          </p>
          <p class="decision-reason">{d.reason}</p>
          {d.killCriteria.length > 0 && (
            <ul class="criteria-cited">
              {d.killCriteria.map((k) => (
                <li key={k.index}>{k.text}</li>
              ))}
            </ul>
          )}
          {d.evidence && <p class="muted">Evidence: {d.evidence}</p>}
          {d.overruled && <OverruledNote overruled={d.overruled} />}
        </li>
      ))}
    </ol>
  );
}

/** What proceeding would go against, as far as this reader can see: the server has the last word. */
function roomAgainst(loaded: DocumentWithRevision, latest: Review | undefined): Overruled | null {
  const verdicts = (latest?.participants ?? [])
    .filter((p) => !p.hidden && (p.verdict === "revise" || p.verdict === "kill"))
    .map((p) => ({ user: p.user, verdict: p.verdict as "revise" | "kill", note: p.note }));
  const openErrors = loaded.revision.critique.verdict.errors;
  return verdicts.length || openErrors ? { verdicts, openErrors } : null;
}

function LatestVerdicts({ latest }: { latest: Review | undefined }) {
  if (!latest) return null;
  const given = latest.participants.filter((p) => p.verdict && !p.hidden);
  return (
    <section class="panel" aria-labelledby="verdicts-heading">
      <h2 id="verdicts-heading" class="panel-heading">
        What the reviewers said (revision {latest.revision})
      </h2>
      {given.length === 0 ? (
        <p class="muted">No verdicts you can see yet.</p>
      ) : (
        <ul class="participants">
          {given.map((p) => (
            <li key={p.user.id}>
              {p.user.name}: <span class={`badge outcome-${p.verdict}`}>{OUTCOME_LABELS[p.verdict!]}</span>
              {p.note && <span class="participant-note"> “{p.note}”</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DecideForm({ loaded, decided, against, onDecided }: { loaded: DocumentWithRevision; decided: boolean; against: Overruled | null; onDecided: () => void }) {
  const { announce } = useApp();
  const { document: doc, revision } = loaded;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState("");
  const [criteria, setCriteria] = useState<number[]>([]);
  const [evidence, setEvidence] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [overruleReason, setOverruleReason] = useState("");
  const [refusedOver, setRefusedOver] = useState<Overruled | null>(null);
  const overruling = outcome === "proceed" ? (refusedOver ?? against) : null;
  const noCriteria = revision.killCriteria.length === 0;
  return (
    <form
      class="panel decide-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!outcome) return setError(new Error("Choose proceed, revise or kill."));
        if (!reason.trim()) return setError(new Error("Give the reason: a decision without one teaches the next team nothing."));
        if (overruling && !overruleReason.trim()) return setError(new Error(`Say why the team proceeds over ${describeOverruled(overruling)}.`));
        setBusy(true);
        try {
          await api.decide(doc.id, {
            outcome,
            reason: reason.trim(),
            revision: revision.number,
            killCriteria: criteria,
            evidence: evidence.trim() || undefined,
            overruleReason: overruling ? overruleReason.trim() : undefined,
          });
          announce(`Recorded: ${OUTCOME_LABELS[outcome].toLowerCase()}.`);
          setOutcome(null);
          setReason("");
          setCriteria([]);
          setEvidence("");
          setOverruleReason("");
          setRefusedOver(null);
          setError(null);
          onDecided();
        } catch (err) {
          // A verdict this screen couldn't see yet (silent reading, or given a moment ago): the server says what stands against it.
          if (err instanceof ApiError && err.field === "overruleReason") setRefusedOver((err.body as { overruled?: Overruled }).overruled ?? null);
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h2 class="panel-heading">
        {decided ? "Record a new decision" : "Record the decision"} on revision {revision.number}
      </h2>
      {decided && <p class="muted">A decision stands until a newer one replaces it; the earlier ones stay on record.</p>}
      <fieldset class="choice">
        <legend>Outcome</legend>
        {(["proceed", "revise", "kill"] as Outcome[]).map((o) => (
          <label key={o} class={`outcome-choice outcome-${o}`}>
            <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} /> <strong>{OUTCOME_LABELS[o]}</strong>{" "}
            <span class="muted">{OUTCOME_HELP[o]}</span>
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Reason</span>
        <textarea rows={3} required value={reason} onInput={(e) => setReason((e.target as HTMLTextAreaElement).value)} />
      </label>
      {overruling && (
        <div class="against-room" role="group" aria-labelledby="against-room-heading">
          <p id="against-room-heading" class="warning-text">
            <strong>Proceeding goes against the room:</strong> {describeOverruled(overruling)}.
          </p>
          <label class="field">
            <span>Why proceed anyway (recorded with the decision)</span>
            <textarea rows={2} aria-required="true" value={overruleReason} onInput={(e) => setOverruleReason((e.target as HTMLTextAreaElement).value)} />
          </label>
        </div>
      )}
      <fieldset class="choice">
        <legend>The kill criteria this decision rests on</legend>
        {noCriteria ? (
          <p class="warning-text">
            Revision {revision.number} has no kill criteria. Write them in the document (a “Kill criteria” section) before you decide, so the decision can
            be held to them. <a href={`/d/${encodeURIComponent(doc.id)}`}>Open the editor</a>.
          </p>
        ) : (
          revision.killCriteria.map((k) => (
            <label key={k.index}>
              <input
                type="checkbox"
                checked={criteria.includes(k.index)}
                onChange={() => setCriteria((list) => (list.includes(k.index) ? list.filter((i) => i !== k.index) : [...list, k.index]))}
              />{" "}
              {k.text}
            </label>
          ))
        )}
      </fieldset>
      <label class="field">
        <span>Evidence (optional): a pilot report, a metric, a link</span>
        <input value={evidence} onInput={(e) => setEvidence((e.target as HTMLInputElement).value)} />
      </label>
      {error !== null && <ErrorBox error={error} />}
      <button class="primary" disabled={busy}>
        Record the decision
      </button>
    </form>
  );
}

export function DecideScreen({ id }: { id: string }) {
  const loaded = useAsync(() => api.document(id), [id]);
  const decisions = useAsync(() => api.decisions(id), [id]);
  const reviews = useAsync(() => api.reviews(id), [id]);
  useTitle(loaded.data ? `Decide: ${loaded.data.document.title}` : "Decide");
  useDocumentEvents(loaded.data?.document.workspaceId, id, (event) => {
    if (event.type === "decision" || event.type === "revision" || event.type === "critique" || event.type === "document") {
      void loaded.reload();
      void decisions.reload();
    }
    if (event.type === "review" || event.type === "verdict" || event.type === "decision") void reviews.reload();
  });
  if (loaded.error) return <ErrorBox error={loaded.error} title="This document didn't open." />;
  if (!loaded.data) return <Loading what="the document" />;
  return (
    <section class="page wide">
      <DocHeader document={loaded.data.document} tab="decide" />
      <div class="decide-layout">
        <div>
          {loaded.data.permissions.decide ? (
            <DecideForm
              key={loaded.data.revision.number}
              loaded={loaded.data}
              decided={(decisions.data?.decisions.length ?? 0) > 0}
              against={roomAgainst(loaded.data, reviews.data?.reviews[0])}
              onDecided={() => {
                void loaded.reload();
                void decisions.reload();
              }}
            />
          ) : (
            <p class="panel muted">Your role can't record decisions on this document. Editors and owners can.</p>
          )}
        </div>
        <div>
          <LatestVerdicts latest={reviews.data?.reviews[0]} />
          <section class="panel" aria-labelledby="decisions-heading">
            <h2 id="decisions-heading" class="panel-heading">
              Decisions so far
            </h2>
            {decisions.error ? <ErrorBox error={decisions.error} /> : decisions.data ? <DecisionList decisions={decisions.data.decisions} /> : <Loading what="decisions" />}
          </section>
        </div>
      </div>
    </section>
  );
}
