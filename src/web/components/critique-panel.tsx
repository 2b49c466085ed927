import type { Finding, Verdict } from "../../core";
// The deep import keeps the critic itself out of the main bundle: it runs in the worker.
import { CATEGORIES, type Category } from "../../core/engine/types";
import { leadOf } from "../../core/engine/rank";
import type { DocumentShape } from "../critic/protocol";
import { CATEGORY_LABELS, plural, SEVERITY_LABELS } from "./categories";

export interface CritiquePanelProps {
  findings: Finding[];
  verdict: Verdict;
  shape: DocumentShape | null;
  /** Moves the editor to a finding. */
  onReveal?: (finding: Finding) => void;
}

const PRESS_RELEASE_WORDS = 500;

function FindingItem({ finding, onReveal }: { finding: Finding; onReveal?: (f: Finding) => void }) {
  return (
    <li class={`finding severity-${finding.severity}`}>
      <button type="button" class="finding-link" onClick={() => onReveal?.(finding)} disabled={!onReveal}>
        <span class="finding-question">{finding.question}</span>
        <span class="finding-meta">
          <span class={`severity-tag severity-${finding.severity}`}>{finding.severity === "info" ? "advice" : finding.severity}</span> line {finding.line} ·{" "}
          {finding.message}
        </span>
      </button>
    </li>
  );
}

function CategoryGroup({ category, findings, onReveal }: { category: Category; findings: Finding[]; onReveal?: (f: Finding) => void }) {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const status = errors ? "error" : warnings ? "warning" : "info";
  return (
    <details class={`category-group status-${status}`} open={errors + warnings > 0}>
      <summary>
        <span class="category-name">{CATEGORY_LABELS[category]}</span>
        <span class="count" aria-label={plural(findings.length, ["question", "questions"])}>
          {findings.length}
        </span>
      </summary>
      <ul class="findings">
        {findings.map((f) => (
          <FindingItem key={`${f.ruleId}:${f.offset}:${f.endOffset}`} finding={f} onReveal={onReveal} />
        ))}
      </ul>
    </details>
  );
}

/** What a reviewer would raise first, and what the document does well: the opening of the review. */
function ReviewLead({ findings, verdict, onReveal }: { findings: Finding[]; verdict: Verdict; onReveal?: (f: Finding) => void }) {
  const lead = leadOf(findings);
  const strengths = verdict.strengths ?? [];
  if (!lead.length && !strengths.length) return null;
  return (
    <div class="review-lead" data-testid="review-lead">
      {lead.length > 0 && (
        <>
          <h3 class="lead-heading">First, a reviewer would raise</h3>
          <ol class="findings lead-findings">
            {lead.map((f) => (
              <FindingItem key={`lead:${f.ruleId}:${f.offset}:${f.endOffset}`} finding={f} onReveal={onReveal} />
            ))}
          </ol>
        </>
      )}
      {strengths.length > 0 && (
        <>
          <h3 class="lead-heading">Keep</h3>
          <ul class="strengths" data-testid="strengths">
            {strengths.map((s) => (
              <li key={`${s.category}:${s.line}`} class="strength">
                <span class="solid-mark" aria-hidden="true">
                  ✓
                </span>{" "}
                {s.message} <span class="finding-meta">line {s.line} · {CATEGORY_LABELS[s.category]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** The review's opening (the lead and the strengths), then the critic's questions grouped by category, with counts and the verdict. */
export function CritiquePanel({ findings, verdict, shape, onReveal }: CritiquePanelProps) {
  const byCategory = new Map<Category, Finding[]>();
  for (const f of findings) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
  const solid = CATEGORIES.filter((c) => !byCategory.has(c));
  return (
    <section class="critique-panel" aria-labelledby="critique-heading">
      <h2 id="critique-heading" class="panel-heading">
        The critic asks
      </h2>
      <div class={`verdict readiness-${verdict.readiness}`} role="status" aria-live="polite" data-testid="verdict">
        <strong class="verdict-label">{verdict.label}</strong>
        <span class="verdict-counts">
          {plural(verdict.errors, SEVERITY_LABELS.error)} · {plural(verdict.warnings, SEVERITY_LABELS.warning)} ·{" "}
          {plural(verdict.infos, SEVERITY_LABELS.info)}
        </span>
        {verdict.readiness === "not-ready" && verdict.blocking && verdict.blocking.length > 0 && (
          <span class="verdict-blocking">Open before a review: {verdict.blocking.map((c) => CATEGORY_LABELS[c]).join(", ")}</span>
        )}
      </div>
      {shape && (
        <p class="word-counts">
          Press release:{" "}
          <span class={shape.words.pressRelease > PRESS_RELEASE_WORDS ? "over" : undefined}>
            {shape.words.pressRelease} of about {PRESS_RELEASE_WORDS} words
          </span>{" "}
          · FAQ: {shape.words.faq} words
        </p>
      )}
      <ReviewLead findings={findings} verdict={verdict} onReveal={onReveal} />
      {CATEGORIES.filter((c) => byCategory.has(c)).map((c) => (
        <CategoryGroup key={c} category={c} findings={byCategory.get(c)!} onReveal={onReveal} />
      ))}
      {solid.length > 0 && (
        <p class="solid-categories">
          <span class="solid-mark" aria-hidden="true">
            ✓
          </span>{" "}
          Nothing to ask about: {solid.map((c) => CATEGORY_LABELS[c]).join(", ")}.
        </p>
      )}
    </section>
  );
}
