import { useMemo, useState } from "preact/hooks";
import type { Outcome, Portfolio, PortfolioEntry, Readiness, ReviewRequest, Stage } from "../api/types";
import { OUTCOME_LABELS, READINESS_LABELS, STAGE_LABELS } from "../components/categories";
import { KillRateChart } from "../components/kill-rate";
import { OverruledNote } from "../components/overruled";
import { ReadinessBar } from "../components/readiness-bar";
import { Time } from "../components/status";
import { RequestList } from "../inbox/inbox";

export type SortKey = "updated" | "title" | "hard-questions" | "readiness" | "decided";

export interface PortfolioFilter {
  text: string;
  stage: Stage | "";
  decision: Outcome | "none" | "";
  readiness: Readiness | "";
  sort: SortKey;
}

export const defaultFilter: PortfolioFilter = { text: "", stage: "", decision: "", readiness: "", sort: "updated" };

const openCategories = (e: PortfolioEntry) => e.categories.filter((c) => c.status === "open").length;
const ownerOf = (e: PortfolioEntry) => e.document.authors[0] ?? e.document.createdBy;

const comparators: Record<SortKey, (a: PortfolioEntry, b: PortfolioEntry) => number> = {
  updated: (a, b) => b.document.updatedAt.localeCompare(a.document.updatedAt),
  title: (a, b) => a.document.title.localeCompare(b.document.title),
  "hard-questions": (a, b) => b.openHardQuestions.length - a.openHardQuestions.length,
  readiness: (a, b) => openCategories(b) - openCategories(a),
  decided: (a, b) => (b.lastDecision?.decidedAt ?? "").localeCompare(a.lastDecision?.decidedAt ?? ""),
};

export function applyFilter(entries: PortfolioEntry[], filter: PortfolioFilter): PortfolioEntry[] {
  const needle = filter.text.trim().toLowerCase();
  const kept = entries.filter((e) => {
    const d = e.document;
    if (filter.stage && d.stage !== filter.stage) return false;
    if (filter.readiness && d.readiness !== filter.readiness) return false;
    if (filter.decision === "none" ? d.decision !== null : filter.decision && d.decision !== filter.decision) return false;
    if (needle && !d.title.toLowerCase().includes(needle) && !d.authors.some((a) => a.name.toLowerCase().includes(needle)) && !d.createdBy.name.toLowerCase().includes(needle))
      return false;
    return true;
  });
  return kept.sort(comparators[filter.sort]);
}

/**
 * Rows are grid rows with table roles rather than <tr>s: off-screen rows can
 * then skip layout (content-visibility), which is what keeps a thousand
 * documents well under a second.
 */
function Row({ entry }: { entry: PortfolioEntry }) {
  const d = entry.document;
  const hard = entry.openHardQuestions;
  return (
    <div role="row" class="pf-row">
      <span role="rowheader" class="title-cell">
        <a href={`/d/${encodeURIComponent(d.id)}`}>{d.title || "Untitled PR/FAQ"}</a>
        {d.visibility === "private" && <span class="badge private small">Private</span>}
      </span>
      <span role="cell">{ownerOf(entry).name}</span>
      <span role="cell">
        <span class={`badge stage-${d.stage}`}>{STAGE_LABELS[d.stage]}</span>
      </span>
      <span role="cell">
        <ReadinessBar categories={entry.categories} />
        <span class="readiness-text">{READINESS_LABELS[d.readiness]}</span>
      </span>
      <span role="cell" class="hard-cell">
        {hard.length === 0 ? (
          <span class="muted">none</span>
        ) : (
          <span title={hard.map((q) => q.question).join("\n")}>
            <strong>{hard.length}</strong> <span class="hard-first">{hard[0].question}</span>
          </span>
        )}
      </span>
      <span role="cell">
        {entry.lastDecision ? (
          <>
            <span class={`badge outcome-${entry.lastDecision.outcome}`}>{OUTCOME_LABELS[entry.lastDecision.outcome]}</span>{" "}
            <Time iso={entry.lastDecision.decidedAt} />
            {entry.lastDecision.overruled && <OverruledNote overruled={entry.lastDecision.overruled} compact />}
          </>
        ) : (
          <span class="muted">not yet</span>
        )}
      </span>
    </div>
  );
}

function Select<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <label class="field inline">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every idea in the workspace, where it stands, and what was decided. */
export function PortfolioView({
  portfolio,
  workspaceName,
  canCreate,
  waiting = [],
}: {
  portfolio: Portfolio;
  workspaceName: string;
  canCreate: boolean;
  /** Reviews asked of the reader that still wait on them. */
  waiting?: ReviewRequest[];
}) {
  const [filter, setFilter] = useState<PortfolioFilter>(defaultFilter);
  const rows = useMemo(() => applyFilter(portfolio.documents, filter), [portfolio, filter]);
  const set = (patch: Partial<PortfolioFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const { stages } = portfolio;
  return (
    <section class="page">
      <div class="page-heading">
        <h1>Portfolio</h1>
        <p class="muted">{workspaceName}</p>
        {canCreate && (
          <div class="new-actions" role="group" aria-label="New PR/FAQ">
            <a class="button-link primary" href="/new?from=template">
              New PR/FAQ
            </a>
            <a class="button-link" href="/new?from=import">
              Import Markdown
            </a>
            <a class="button-link" href="/new?from=interview">
              Guided interview
            </a>
          </div>
        )}
      </div>
      {waiting.length > 0 && (
        <section class="panel waiting-on-me" aria-labelledby="waiting-heading">
          <h2 id="waiting-heading" class="panel-heading">
            Reviews waiting on you <span class="count">{waiting.length}</span>
          </h2>
          <RequestList requests={waiting} />
        </section>
      )}
      <div class="portfolio-summary">
        <dl class="stage-counts">
          {(["draft", "in-review", "decided"] as Stage[]).map((s) => (
            <div key={s} class={`stage-count stage-${s}`}>
              <dt>{STAGE_LABELS[s]}</dt>
              <dd>{stages[s] ?? 0}</dd>
            </div>
          ))}
        </dl>
        <KillRateChart points={portfolio.killRate} />
      </div>
      <form class="filters" role="search" aria-label="Filter the portfolio" onSubmit={(e) => e.preventDefault()}>
        <label class="field inline grow">
          <span>Find</span>
          <input type="search" placeholder="Title or owner" value={filter.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
        </label>
        <Select
          label="Stage"
          value={filter.stage}
          onChange={(stage) => set({ stage })}
          options={[["", "Any stage"], ["draft", "Draft"], ["in-review", "In review"], ["decided", "Decided"]]}
        />
        <Select
          label="Readiness"
          value={filter.readiness}
          onChange={(readiness) => set({ readiness })}
          options={[["", "Any"], ["not-ready", "Not ready"], ["ready", "Ready for review"], ["decided", "Decided"]]}
        />
        <Select
          label="Decision"
          value={filter.decision}
          onChange={(decision) => set({ decision })}
          options={[["", "Any"], ["none", "None yet"], ["proceed", "Proceed"], ["revise", "Revise"], ["kill", "Kill"]]}
        />
        <Select
          label="Sort by"
          value={filter.sort}
          onChange={(sort) => set({ sort })}
          options={[
            ["updated", "Recently updated"],
            ["title", "Title"],
            ["hard-questions", "Most open hard questions"],
            ["readiness", "Least ready"],
            ["decided", "Recently decided"],
          ]}
        />
      </form>
      <p class="muted result-count" role="status">
        {rows.length === portfolio.documents.length ? `${rows.length} PR/FAQs` : `${rows.length} of ${portfolio.documents.length} PR/FAQs`}
      </p>
      {portfolio.documents.length === 0 ? (
        <div class="empty">
          <h2>No PR/FAQs yet</h2>
          <p>Start from the customer: who are they, what does the problem cost them today, and what will they say when it's gone?</p>
          {canCreate && (
            <a class="button-link primary" href="/new?from=template">
              Write the first PR/FAQ
            </a>
          )}
        </div>
      ) : (
        <div class="table-scroll">
          <div role="table" class="portfolio-table" aria-label="PR/FAQs" aria-rowcount={rows.length + 1}>
            <div role="rowgroup">
              <div role="row" class="pf-row pf-head">
                <span role="columnheader">PR/FAQ</span>
                <span role="columnheader">Owner</span>
                <span role="columnheader">Stage</span>
                <span role="columnheader">Readiness</span>
                <span role="columnheader">Open hard questions</span>
                <span role="columnheader">Last decision</span>
              </div>
            </div>
            <div role="rowgroup">
              {rows.map((entry) => (
                <Row key={entry.document.id} entry={entry} />
              ))}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
