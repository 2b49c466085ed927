// The deep import keeps the critic itself out of the main bundle: it runs in the worker.
import { CATEGORIES } from "../../core/engine/types";
import type { CategoryStatus } from "../api/types";
import { CATEGORY_LABELS } from "./categories";

function stateOf(c: CategoryStatus | undefined): "solid" | "warning" | "error" {
  if (!c || c.status === "solid") return "solid";
  return c.errors > 0 ? "error" : "warning";
}

export function describeReadiness(categories: CategoryStatus[]): string {
  const open = categories.filter((c) => c.status === "open");
  if (open.length === 0) return `All ${CATEGORIES.length} categories solid`;
  const detail = open.map((c) => `${CATEGORY_LABELS[c.category]} (${c.errors ? `${c.errors} errors` : `${c.warnings} warnings`})`).join(", ");
  return `${CATEGORIES.length - open.length} of ${CATEGORIES.length} categories solid; open: ${detail}`;
}

/** One segment per critic category: green when solid, amber with warnings, red with errors. */
export function ReadinessBar({ categories }: { categories: CategoryStatus[] }) {
  const byCategory = new Map(categories.map((c) => [c.category, c]));
  return (
    <span class="readiness-bar" role="img" aria-label={describeReadiness(categories)}>
      {CATEGORIES.map((category) => {
        const state = stateOf(byCategory.get(category));
        return <span key={category} class={`segment ${state}`} title={`${CATEGORY_LABELS[category]}: ${state === "solid" ? "solid" : "open"}`} />;
      })}
    </span>
  );
}
