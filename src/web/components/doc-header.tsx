import type { DocumentSummary } from "../api/types";
import { READINESS_LABELS, STAGE_LABELS, OUTCOME_LABELS } from "./categories";

export type DocTab = "write" | "review" | "decide" | "history";

const TABS: { tab: DocTab; label: string; path: string }[] = [
  { tab: "write", label: "Write", path: "" },
  { tab: "review", label: "Review", path: "/review" },
  { tab: "decide", label: "Decide", path: "/decide" },
  { tab: "history", label: "History", path: "/history" },
];

/** The document's title, where it stands, and the four things a team does with it. */
export function DocHeader({ document, tab, children }: { document: DocumentSummary; tab: DocTab; children?: preact.ComponentChildren }) {
  const base = `/d/${encodeURIComponent(document.id)}`;
  return (
    <div class="doc-header">
      <div class="doc-title-row">
        <h1 class="doc-title">{document.title || "Untitled PR/FAQ"}</h1>
        <span class={`badge stage-${document.stage}`}>{STAGE_LABELS[document.stage]}</span>
        {document.decision && <span class={`badge outcome-${document.decision}`}>{OUTCOME_LABELS[document.decision]}</span>}
        {document.visibility === "private" && <span class="badge private">Private</span>}
        {document.stage !== "decided" && <span class={`badge readiness-${document.readiness}`}>{READINESS_LABELS[document.readiness]}</span>}
      </div>
      <div class="doc-toolbar">
        <nav class="doc-tabs" aria-label="Document">
          {TABS.map((t) => (
            <a key={t.tab} href={base + t.path} aria-current={t.tab === tab ? "page" : undefined}>
              {t.label}
            </a>
          ))}
        </nav>
        {children}
      </div>
    </div>
  );
}
