import { useState } from "preact/hooks";

const FORMATS = [
  ["pdf", "PDF"],
  ["docx", "Word (.docx)"],
  ["html", "HTML for silent reading"],
  ["md", "Markdown"],
] as const;

export const revisionExportUrl = (documentId: string, revision: number, format: string, comments: boolean) =>
  `/api/documents/${encodeURIComponent(documentId)}/revisions/${revision}/export?format=${format}${comments ? "&comments=1" : ""}`;

/**
 * Downloads of any revision, each with the decision record; the comments
 * come as an appendix when asked for.
 */
export function ExportMenu({ documentId, revision, latest }: { documentId: string; revision: number; latest: number }) {
  const [chosen, setChosen] = useState(revision);
  const [comments, setComments] = useState(false);
  const number = Math.min(chosen, latest);
  return (
    <details class="export-menu">
      <summary>Export</summary>
      <div class="export-options" role="group" aria-label="Export">
        {latest > 1 && (
          <label class="field inline">
            <span>Revision</span>
            <select value={number} onChange={(e) => setChosen(Number((e.target as HTMLSelectElement).value))}>
              {Array.from({ length: latest }, (_, i) => latest - i).map((n) => (
                <option key={n} value={n}>
                  {n}
                  {n === latest ? " (latest)" : ""}
                </option>
              ))}
            </select>
          </label>
        )}
        <label class="keep">
          <input type="checkbox" checked={comments} onChange={() => setComments((c) => !c)} /> Add the comments as an appendix
        </label>
        <ul class="export-links">
          {FORMATS.map(([format, label]) => (
            <li key={format}>
              <a href={revisionExportUrl(documentId, number, format, comments)} download data-format={format}>
                {label}
              </a>
            </li>
          ))}
        </ul>
        <p class="muted">Every file carries the decisions recorded on this document.</p>
      </div>
    </details>
  );
}
