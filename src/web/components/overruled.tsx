import type { Overruled } from "../api/types";

/** "Sam's Revise verdict and 2 errors the critic still finds": what a decision to proceed went against. */
export function describeOverruled(overruled: Overruled): string {
  const parts = overruled.verdicts.map((v) => `${v.user.name}'s ${v.verdict === "kill" ? "Kill" : "Revise"} verdict`);
  if (overruled.openErrors) parts.push(`${overruled.openErrors} error${overruled.openErrors === 1 ? "" : "s"} the critic still finds`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : (parts[0] ?? "nothing");
}

/** The record of a decision taken against the room, shown wherever the decision is. */
export function OverruledNote({ overruled, compact = false }: { overruled: Overruled; compact?: boolean }) {
  return (
    <p class={`overruled${compact ? " compact" : ""}`} data-testid="overruled">
      <strong>Against the room:</strong> proceeded over {describeOverruled(overruled)}
      {overruled.reason ? <>. Why: “{overruled.reason}”</> : null}
    </p>
  );
}
