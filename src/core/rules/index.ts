import type { Rule } from "../engine/types";
import noHypothesis from "./applicability/no-hypothesis";
import vagueCustomer from "./customer/vague-customer";
import noKillCriteria from "./decision/no-kill-criteria";
import predeterminedDecision from "./decision/predetermined-decision";
import betterWithoutReason from "./differentiation/better-without-reason";
import puffery from "./evidence/puffery";
import evasiveAnswer from "./hard-questions/evasive-answer";
import unquantifiedProblem from "./problem/unquantified-problem";
import frontMatter from "./structure/front-matter";
import partOrder from "./structure/part-order";
import placeholderText from "./structure/placeholder-text";
import requiredParts from "./structure/required-parts";
import longSentence from "./style/long-sentence";
import noSuccessMetrics from "./success/no-success-metrics";
import technologyAsGoal from "./tech-first/technology-as-goal";

/** Every rule, in catalogue order (by category, then id). */
export const rules: readonly Rule[] = [
  requiredParts,
  partOrder,
  placeholderText,
  frontMatter,
  vagueCustomer,
  unquantifiedProblem,
  betterWithoutReason,
  technologyAsGoal,
  evasiveAnswer,
  puffery,
  noSuccessMetrics,
  noKillCriteria,
  predeterminedDecision,
  longSentence,
  noHypothesis,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
