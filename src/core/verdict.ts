import { CATEGORIES, type Category, type Finding } from "./engine/types";
import type { PrfaqDocument } from "./model/types";
import type { Strength } from "./strengths";

export type Readiness = "not-ready" | "ready" | "decided";

export interface CategoryVerdict {
  category: Category;
  /**
   * solid: nothing a reviewer would object to; open: warnings or errors
   * remain; unchecked: no objection, but the checks that cover it read English
   * and the document is in another language.
   */
  status: "solid" | "open" | "unchecked";
  errors: number;
  warnings: number;
  infos: number;
  /** Errors and warnings an inline comment turned off; in a gate category they keep it open. */
  suppressed: number;
  /** Ids of the rules with errors or warnings in this category, in catalogue order of first finding. */
  rules: string[];
}

export interface Verdict {
  readiness: Readiness;
  /** "not ready for review", "ready for review" or "decided: kill". */
  label: string;
  categories: CategoryVerdict[];
  errors: number;
  warnings: number;
  infos: number;
  /** Errors and warnings turned off by inline comments, counted so the verdict shows them. */
  suppressed: number;
  decision: "proceed" | "revise" | "kill" | null;
  /**
   * The categories that keep the document from being ready for review (empty
   * when it is ready). Absent on reports for files that could not be read.
   */
  blocking?: Category[];
  /** What the document does well, each on the line that earns it: the parts to keep. */
  strengths?: Strength[];
}

/**
 * The substance a review needs: who the customer is, what the problem costs
 * them, what it beats, the hard questions, how success is measured, when to
 * stop, and whether a PR/FAQ is the right tool at all. A warning in one of
 * these means a reviewer would send the document back, so it blocks
 * readiness. Evidence, technology-first, structure and style warnings are
 * objections a review can still work through.
 */
export const READINESS_GATES: readonly Category[] = ["customer", "problem", "differentiation", "hard-questions", "success", "decision", "applicability"];

/**
 * Evidence objections a review can work through, except these: a press
 * release the FAQ contradicts, or one quantity given two values, leaves the
 * reviewers unable to tell which version the team means, so the document goes
 * back to its author before anyone reviews the rest.
 */
export const READINESS_GATE_RULES: readonly string[] = ["contradicted-claim", "inconsistent-quantity"];

function gates(finding: Finding): boolean {
  return READINESS_GATES.includes(finding.category) || READINESS_GATE_RULES.includes(finding.ruleId);
}

/**
 * Any error, or any warning in a gate category or from a gate rule, makes a document not ready
 * for review: so a document can't be made "ready" by removing the words the
 * critic objects to, because the gate rules ask for what must be present (a
 * named customer, a measured problem, the hard questions answered, kill
 * criteria with a threshold). A recorded decision (proceed, revise or kill)
 * with a reason makes it decided, unless the decision record itself has errors.
 * An error or warning turned off by an inline comment still counts against a
 * gate category: a comment hides a finding from view, it doesn't answer it.
 */
export function verdictOf(
  doc: PrfaqDocument,
  findings: Finding[],
  strengths: Strength[] = [],
  suppressedFindings: Finding[] = [],
  unchecked: ReadonlySet<Category> = new Set(),
): Verdict {
  const objections = suppressedFindings.filter((f) => f.severity !== "info");
  const categories: CategoryVerdict[] = CATEGORIES.map((category) => {
    const mine = findings.filter((f) => f.category === category);
    const errors = mine.filter((f) => f.severity === "error").length;
    const warnings = mine.filter((f) => f.severity === "warning").length;
    const infos = mine.length - errors - warnings;
    const hidden = objections.filter((f) => f.category === category);
    const rules = [...new Set([...mine, ...hidden].filter((f) => f.severity !== "info").map((f) => f.ruleId))];
    const gateHidden = hidden.some(gates);
    const status = errors || warnings || gateHidden ? "open" : unchecked.has(category) ? "unchecked" : "solid";
    return { category, status, errors, warnings, infos, suppressed: hidden.length, rules };
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const infos = findings.length - errors - warnings;
  const gateObjections = [...findings.filter((f) => f.severity !== "info"), ...objections].filter(gates);
  const blocking = categories.filter((c) => c.errors > 0 || gateObjections.some((f) => f.category === c.category)).map((c) => c.category);
  const decision = doc.decision?.outcome ?? null;
  const decisionErrors = categories.find((c) => c.category === "decision")!.errors;
  let readiness: Readiness;
  if (decision && doc.decision?.reason && decisionErrors === 0) readiness = "decided";
  else readiness = blocking.length ? "not-ready" : "ready";
  const suppressed = objections.length;
  const base = readiness === "decided" ? `decided: ${decision}` : readiness === "ready" ? "ready for review" : "not ready for review";
  const label = suppressed ? `${base} (${suppressed} ${suppressed === 1 ? "finding" : "findings"} suppressed)` : base;
  return { readiness, label, categories, errors, warnings, infos, suppressed, decision, blocking, strengths };
}
