import type { Category, Severity } from "../../core";
import type { Outcome, Readiness, Stage } from "../api/types";

/** What each critic category asks about, in the words a PR/FAQ author uses. */
export const CATEGORY_LABELS: Record<Category, string> = {
  structure: "Structure",
  customer: "Customer",
  problem: "Problem",
  differentiation: "Why it's better",
  "tech-first": "Customer first",
  "hard-questions": "Hard questions",
  evidence: "Evidence",
  success: "Success",
  decision: "Kill criteria",
  style: "Style",
  applicability: "Right tool?",
};

export const SEVERITY_LABELS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["piece of advice", "pieces of advice"],
};

export function plural(count: number, [one, many]: [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

export const STAGE_LABELS: Record<Stage, string> = { draft: "Draft", "in-review": "In review", decided: "Decided" };
export const OUTCOME_LABELS: Record<Outcome, string> = { proceed: "Proceed", revise: "Revise", kill: "Kill" };
export const READINESS_LABELS: Record<Readiness, string> = {
  "not-ready": "Not ready for review",
  ready: "Ready for review",
  decided: "Decided",
};
