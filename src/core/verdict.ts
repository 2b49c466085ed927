import { CATEGORIES, type Category, type Finding } from "./engine/types";
import type { PrfaqDocument } from "./model/types";

export type Readiness = "not-ready" | "ready" | "decided";

export interface CategoryVerdict {
  category: Category;
  /** solid: nothing a reviewer would object to; open: warnings or errors remain. */
  status: "solid" | "open";
  errors: number;
  warnings: number;
  infos: number;
}

export interface Verdict {
  readiness: Readiness;
  /** "not ready for review", "ready for review" or "decided: kill". */
  label: string;
  categories: CategoryVerdict[];
  errors: number;
  warnings: number;
  infos: number;
  decision: "proceed" | "revise" | "kill" | null;
}

/**
 * Any error makes a document not ready for review. A recorded decision
 * (proceed, revise or kill) with a reason makes it decided, unless the
 * decision record itself has errors.
 */
export function verdictOf(doc: PrfaqDocument, findings: Finding[]): Verdict {
  const categories: CategoryVerdict[] = CATEGORIES.map((category) => {
    const mine = findings.filter((f) => f.category === category);
    const errors = mine.filter((f) => f.severity === "error").length;
    const warnings = mine.filter((f) => f.severity === "warning").length;
    const infos = mine.length - errors - warnings;
    return { category, status: errors || warnings ? "open" : "solid", errors, warnings, infos };
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const infos = findings.length - errors - warnings;
  const decision = doc.decision?.outcome ?? null;
  const decisionErrors = categories.find((c) => c.category === "decision")!.errors;
  let readiness: Readiness;
  if (decision && doc.decision?.reason && decisionErrors === 0) readiness = "decided";
  else readiness = errors ? "not-ready" : "ready";
  const label = readiness === "decided" ? `decided: ${decision}` : readiness === "ready" ? "ready for review" : "not ready for review";
  return { readiness, label, categories, errors, warnings, infos, decision };
}
