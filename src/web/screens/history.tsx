import { useMemo } from "preact/hooks";
import type { Finding } from "../../core";
import { api } from "../api/client";
import { ExportMenu } from "../components/export-menu";
import { OverruledNote } from "../components/overruled";
import type { Decision, Review, Revision, RevisionSummary } from "../api/types";
import { CATEGORY_LABELS, OUTCOME_LABELS, READINESS_LABELS } from "../components/categories";
import { DocHeader } from "../components/doc-header";
import { ErrorBox, Loading, Time } from "../components/status";
import { critiqueDelta } from "../history/delta";
import { DiffView } from "../history/diff-view";
import { useAsync, useTitle } from "../hooks";
import { useDocumentEvents } from "../live";
import { navigate } from "../router";

function RevisionTable({
  docId,
  revisions,
  reviews,
  decisions,
  left,
  right,
}: {
  docId: string;
  revisions: RevisionSummary[];
  reviews: Review[];
  decisions: Decision[];
  left: number;
  right: number;
}) {
  const go = (a: number, b: number) => navigate(`/d/${encodeURIComponent(docId)}/history?a=${Math.min(a, b)}&b=${Math.max(a, b)}`, { replace: true });
  return (
    <div class="table-scroll">
      <table class="revisions">
        <caption class="visually-hidden">Revisions, newest first. Pick two to compare.</caption>
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">By</th>
            <th scope="col">Saved</th>
            <th scope="col">Critic</th>
            <th scope="col">Review and decision</th>
            <th scope="col">Compare from</th>
            <th scope="col">to</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => {
            const reviewed = reviews.filter((v) => v.revision === r.number);
            const decided = decisions.filter((d) => d.revision === r.number);
            return (
              <tr key={r.id} class={r.number === left || r.number === right ? "selected" : undefined}>
                <th scope="row">{r.number}</th>
                <td>{r.author.name}</td>
                <td>
                  <Time iso={r.createdAt} withTime />
                </td>
                <td>
                  <span class={`readiness-dot readiness-${r.readiness}`} aria-hidden="true" /> {READINESS_LABELS[r.readiness]}{" "}
                  <span class="muted">
                    ({r.errors} err, {r.warnings} warn)
                  </span>
                </td>
                <td>
                  {reviewed.map((v) => (
                    <span key={v.id} class="badge review-mark">
                      Reviewed ({v.phase === "closed" ? "closed" : v.phase === "discussion" ? "in discussion" : "reading"})
                    </span>
                  ))}
                  {decided.map((d) => (
                    <span key={d.id}>
                      <span class={`badge outcome-${d.outcome}`}>{OUTCOME_LABELS[d.outcome]}</span>
                      {d.overruled && <OverruledNote overruled={d.overruled} compact />}
                    </span>
                  ))}
                </td>
                <td>
                  <input
                    type="radio"
                    name="compare-from"
                    aria-label={`Compare from revision ${r.number}`}
                    checked={r.number === left}
                    disabled={r.number >= right}
                    onChange={() => go(r.number, right)}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="compare-to"
                    aria-label={`Compare to revision ${r.number}`}
                    checked={r.number === right}
                    disabled={r.number <= left}
                    onChange={() => go(left, r.number)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function FindingList({ findings, empty }: { findings: Finding[]; empty: string }) {
  if (findings.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="delta-list">
      {findings.map((f, i) => (
        <li key={i} class={`severity-${f.severity}`}>
          <span class="delta-category">{CATEGORY_LABELS[f.category]}</span> {f.question} <span class="muted">({f.message})</span>
        </li>
      ))}
    </ul>
  );
}

function Comparison({ left, right }: { left: Revision; right: Revision }) {
  const delta = useMemo(
    () => critiqueDelta({ text: left.text, findings: left.critique.findings }, { text: right.text, findings: right.critique.findings }),
    [left, right],
  );
  return (
    <section class="comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">
        Revision {left.number} → revision {right.number}
      </h2>
      <p>
        The critic: <strong>{left.critique.verdict.label}</strong> → <strong>{right.critique.verdict.label}</strong>. {delta.unchanged} question
        {delta.unchanged === 1 ? "" : "s"} still open from before.
      </p>
      <div class="delta">
        <section class="delta-fixed" aria-labelledby="fixed-heading">
          <h3 id="fixed-heading">Fixed in revision {right.number} ({delta.fixed.length})</h3>
          <FindingList findings={delta.fixed} empty="Nothing the critic asked about was fixed." />
        </section>
        <section class="delta-introduced" aria-labelledby="introduced-heading">
          <h3 id="introduced-heading">Introduced in revision {right.number} ({delta.introduced.length})</h3>
          <FindingList findings={delta.introduced} empty="No new questions." />
        </section>
      </div>
      <div class="merge-labels" aria-hidden="true">
        <span>
          Revision {left.number} · {left.author.name}
        </span>
        <span>
          Revision {right.number} · {right.author.name}
        </span>
      </div>
      <DiffView left={{ text: left.text, label: `revision ${left.number}` }} right={{ text: right.text, label: `revision ${right.number}` }} />
    </section>
  );
}

export function HistoryScreen({ id, left, right }: { id: string; left: number | null; right: number | null }) {
  const loaded = useAsync(() => api.document(id), [id]);
  const lists = useAsync(async () => {
    const [revisions, reviews, decisions] = await Promise.all([api.revisions(id), api.reviews(id), api.decisions(id)]);
    return { revisions: revisions.revisions, reviews: reviews.reviews, decisions: decisions.decisions };
  }, [id]);
  useTitle(loaded.data ? `History: ${loaded.data.document.title}` : "History");
  useDocumentEvents(loaded.data?.document.workspaceId, id, () => void lists.reload());
  const head = loaded.data?.document.headRevision ?? 1;
  const b = Math.min(right ?? head, head);
  const a = Math.min(left ?? b - 1, b - 1);
  const pair = useAsync(
    async () => (a >= 1 ? Promise.all([api.revision(id, a), api.revision(id, b)]).then(([x, y]) => [x.revision, y.revision] as const) : null),
    [id, a, b],
  );
  if (loaded.error) return <ErrorBox error={loaded.error} title="This document didn't open." />;
  if (!loaded.data) return <Loading what="the document" />;
  return (
    <section class="page wide">
      <DocHeader document={loaded.data.document} tab="history" />
      <div class="section-heading-row">
        <h2 class="section-heading">Revisions</h2>
        <ExportMenu documentId={id} revision={b} latest={head} />
      </div>
      {lists.error ? (
        <ErrorBox error={lists.error} />
      ) : lists.data ? (
        <RevisionTable docId={id} {...lists.data} left={a} right={b} />
      ) : (
        <Loading what="revisions" />
      )}
      {head < 2 ? (
        <p class="muted">There is only one revision so far. Every save makes a new one; come back to compare them.</p>
      ) : pair.error ? (
        <ErrorBox error={pair.error} />
      ) : pair.data ? (
        <Comparison left={pair.data[0]} right={pair.data[1]} />
      ) : (
        <Loading what="the comparison" />
      )}
    </section>
  );
}
