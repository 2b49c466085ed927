import type { OutlineEntry } from "../../core";

function Entry({ entry, onReveal }: { entry: OutlineEntry; onReveal: (line: number) => void }) {
  return (
    <li>
      <button type="button" class={`outline-entry kind-${entry.kind}`} onClick={() => onReveal(entry.startLine)}>
        <span class="outline-label">{entry.label}</span> <span class="outline-lines">{entry.startLine === entry.endLine ? `line ${entry.startLine}` : `lines ${entry.startLine}–${entry.endLine}`}</span>
      </button>
      {entry.children && (
        <ul>
          {entry.children.map((child) => (
            <Entry key={child.startLine} entry={child} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The document as the critic reads it, so authors can see when a section wasn't recognised. */
export function OutlinePanel({ outline, onReveal }: { outline: OutlineEntry[]; onReveal: (line: number) => void }) {
  return (
    <nav class="outline-panel" aria-labelledby="outline-heading">
      <h2 id="outline-heading" class="panel-heading">
        Outline
      </h2>
      {outline.length === 0 ? (
        <p class="muted">Nothing yet. Start with a headline (a line that begins with #).</p>
      ) : (
        <ul class="outline">
          {outline.map((entry) => (
            <Entry key={`${entry.kind}:${entry.startLine}`} entry={entry} onReveal={onReveal} />
          ))}
        </ul>
      )}
    </nav>
  );
}
