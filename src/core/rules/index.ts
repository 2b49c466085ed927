import type { Rule } from "../engine/types";
import alreadyShipped from "./applicability/already-shipped";
import inMarketOptimisation from "./applicability/in-market-optimisation";
import languageNotChecked from "./applicability/language-not-checked";
import noHypothesis from "./applicability/no-hypothesis";
import writtenAsExercise from "./applicability/written-as-exercise";
import inventedTestimonial from "./customer/invented-testimonial";
import noBeforeAfter from "./customer/no-before-after";
import noRepresentativeCustomer from "./customer/no-representative-customer";
import personaCustomer from "./customer/persona-customer";
import unattributedQuote from "./customer/unattributed-quote";
import vagueCustomer from "./customer/vague-customer";
import decisionWithoutReason from "./decision/decision-without-reason";
import deferredKillCriteria from "./decision/deferred-kill-criteria";
import noKillCriteria from "./decision/no-kill-criteria";
import predeterminedDecision from "./decision/predetermined-decision";
import unmeasurableKillCriteria from "./decision/unmeasurable-kill-criteria";
import baselessComparative from "./differentiation/baseless-comparative";
import betterWithoutReason from "./differentiation/better-without-reason";
import noNamedAlternative from "./differentiation/no-named-alternative";
import unsupportedMultiplier from "./differentiation/unsupported-multiplier";
import unnamedAlternatives from "./differentiation/unnamed-alternatives";
import unsupportedNovelty from "./differentiation/unsupported-novelty";
import analogyAsEvidence from "./evidence/analogy-as-evidence";
import contradictedClaim from "./evidence/contradicted-claim";
import famousQuote from "./evidence/famous-quote";
import inconsistentQuantity from "./evidence/inconsistent-quantity";
import noDemandEvidence from "./evidence/no-demand-evidence";
import puffery from "./evidence/puffery";
import sourcelessStatistic from "./evidence/sourceless-statistic";
import unsupportedClaim from "./evidence/unsupported-claim";
import weaselWords from "./evidence/weasel-words";
import answerRepeatsQuestion from "./hard-questions/answer-repeats-question";
import dismissiveAnswer from "./hard-questions/dismissive-answer";
import evasiveAnswer from "./hard-questions/evasive-answer";
import listedAnswer from "./hard-questions/listed-answer";
import missingHardQuestions from "./hard-questions/missing-hard-questions";
import softballQuestion from "./hard-questions/softball-question";
import stuffedQuestion from "./hard-questions/stuffed-question";
import problemIsMissingSolution from "./problem/problem-is-missing-solution";
import problemIsOurArchitecture from "./problem/problem-is-our-architecture";
import unquantifiedProblem from "./problem/unquantified-problem";
import frontMatter from "./structure/front-matter";
import partOrder from "./structure/part-order";
import placeholderText from "./structure/placeholder-text";
import requiredParts from "./structure/required-parts";
import truncatedText from "./structure/truncated-text";
import faqLength from "./style/faq-length";
import jargon from "./style/jargon";
import longSentence from "./style/long-sentence";
import passiveVoice from "./style/passive-voice";
import pressReleaseLength from "./style/press-release-length";
import readability from "./style/readability";
import undefinedAcronym from "./style/undefined-acronym";
import companyMetricsOnly from "./success/company-metrics-only";
import metricWithoutTarget from "./success/metric-without-target";
import metricWithoutTimeframe from "./success/metric-without-timeframe";
import noSuccessMetrics from "./success/no-success-metrics";
import vanityMetric from "./success/vanity-metric";
import stackFirstParagraph from "./tech-first/stack-first-paragraph";
import technologyAsGoal from "./tech-first/technology-as-goal";
import useCasesLater from "./tech-first/use-cases-later";

/** Every rule, in catalogue order (by category, as in CATEGORIES, then by how fundamental it is). */
export const rules: readonly Rule[] = [
  // structure
  requiredParts,
  partOrder,
  placeholderText,
  frontMatter,
  truncatedText,
  // customer
  noRepresentativeCustomer,
  vagueCustomer,
  personaCustomer,
  unattributedQuote,
  inventedTestimonial,
  noBeforeAfter,
  // problem
  unquantifiedProblem,
  problemIsMissingSolution,
  problemIsOurArchitecture,
  // differentiation
  noNamedAlternative,
  betterWithoutReason,
  baselessComparative,
  unsupportedMultiplier,
  unsupportedNovelty,
  unnamedAlternatives,
  // tech-first
  technologyAsGoal,
  stackFirstParagraph,
  useCasesLater,
  // hard-questions
  missingHardQuestions,
  evasiveAnswer,
  listedAnswer,
  answerRepeatsQuestion,
  dismissiveAnswer,
  softballQuestion,
  stuffedQuestion,
  // evidence
  puffery,
  weaselWords,
  unsupportedClaim,
  inconsistentQuantity,
  contradictedClaim,
  famousQuote,
  sourcelessStatistic,
  analogyAsEvidence,
  noDemandEvidence,
  // success
  noSuccessMetrics,
  metricWithoutTarget,
  metricWithoutTimeframe,
  vanityMetric,
  companyMetricsOnly,
  // decision
  noKillCriteria,
  unmeasurableKillCriteria,
  predeterminedDecision,
  deferredKillCriteria,
  decisionWithoutReason,
  // style
  longSentence,
  pressReleaseLength,
  faqLength,
  passiveVoice,
  readability,
  jargon,
  undefinedAcronym,
  // applicability
  noHypothesis,
  inMarketOptimisation,
  alreadyShipped,
  writtenAsExercise,
  languageNotChecked,
];

export function findRule(id: string): Rule | undefined {
  return rules.find((r) => r.meta.id === id);
}
