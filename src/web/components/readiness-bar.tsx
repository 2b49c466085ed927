// The deep import keeps the critic itself out of the main bundle: it runs in the worker.
import { CATEGORIES } from "../../core/engine/types";
import type { CategoryStatus } from "../api/types";
import { CATEGORY_LABELS, plural, SEVERITY_LABELS } from "./categories";

const COLORS = { solid: "var(--solid)", warning: "var(--warning-bar)", error: "var(--error)", unchecked: "var(--muted)" } as const;
const SEGMENT = 9;
const GAP = 2;

function stateOf(c: CategoryStatus | undefined): keyof typeof COLORS {
  if (!c || c.status === "solid") return "solid";
  if (c.status === "unchecked") return "unchecked";
  return c.errors > 0 ? "error" : "warning";
}

export function describeReadiness(categories: CategoryStatus[]): string {
  const open = categories.filter((c) => c.status === "open");
  const unchecked = categories.filter((c) => c.status === "unchecked");
  const notChecked = unchecked.length ? `; not checked in this language: ${unchecked.map((c) => CATEGORY_LABELS[c.category]).join(", ")}` : "";
  if (open.length === 0 && !unchecked.length) return `All ${CATEGORIES.length} categories solid`;
  const detail = open.map((c) => `${CATEGORY_LABELS[c.category]} (${c.errors ? plural(c.errors, SEVERITY_LABELS.error) : plural(c.warnings, SEVERITY_LABELS.warning)})`).join(", ");
  const solid = CATEGORIES.length - open.length - unchecked.length;
  return `${solid} of ${CATEGORIES.length} categories solid${open.length ? `; open: ${detail}` : ""}${notChecked}`;
}

/**
 * One segment per critic category, in the critic's order: green when solid,
 * amber with warnings, red with errors. Drawn as one element with a gradient,
 * because the portfolio shows it a thousand times.
 */
export function ReadinessBar({ categories }: { categories: CategoryStatus[] }) {
  const byCategory = new Map(categories.map((c) => [c.category, c]));
  const stops = CATEGORIES.map((category, i) => {
    const from = i * (SEGMENT + GAP);
    return `${COLORS[stateOf(byCategory.get(category))]} ${from}px ${from + SEGMENT}px, transparent ${from + SEGMENT}px ${from + SEGMENT + GAP}px`;
  });
  const description = describeReadiness(categories);
  return (
    <span
      class="readiness-bar"
      role="img"
      aria-label={description}
      title={description}
      style={{ width: `${CATEGORIES.length * (SEGMENT + GAP) - GAP}px`, backgroundImage: `linear-gradient(to right, ${stops.join(", ")})` }}
    />
  );
}
