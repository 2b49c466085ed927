export { recordDecision, hasKillCriteria, applyEdits, DECISION_OUTCOMES, CRITERIA_RESULTS, type DecisionOutcome, type CriteriaResult, type DecisionInput, type DecideResult, type TextEdit } from "./decide";
export { factsOf, readThresholds, type DocumentFacts, type AnswerFact, type Threshold, type Comparator } from "./facts";
export { diffDocuments, diffSentences, type DiscoveryDiff, type SentenceDiff, type SentenceChange, type AnswerChange, type ThresholdChange, type FindingRef, type RationalisationFlag, type FlagKind } from "./diff";
export { describeDiff, diffToMarkdown, type DiffLine, type DiffSection } from "./describe";
export { buildPortfolio, portfolioRow, portfolioToMarkdown, CATEGORY_ABBREVIATIONS, type Portfolio, type PortfolioRow, type PortfolioInput } from "./portfolio";
