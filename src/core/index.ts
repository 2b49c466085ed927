/**
 * prfaq's core: the document model, the parser, the critic and its rules.
 * Pure TypeScript with no Node.js imports, so the same critic runs in the CLI,
 * the server, the browser and the language server.
 */
export * from "./model/types";
export { computeLineStarts, pointAt, spanAt } from "./model/positions";
export { parseDocument, ChunkCache, type ParseOptions, splitSentences, tokenize, countWords, normalize, classifyLabel, normalizeLabel } from "./parse";
export { Analysis } from "./analysis/analysis";
export { hasQuantity, findQuantities } from "./analysis/quantities";
export * from "./engine/types";
export { createCritic, critiqueDocument, type Critic, type Critique, type CriticOptions } from "./engine/critic";
export { leadOf, LEAD_SIZE } from "./engine/rank";
export { parseConfig, validateConfig, mergeConfigs, ConfigError, emptyConfig, type PrfaqConfig, type RuleConfig, type RuleSetting } from "./engine/config";
export { isSuppressed } from "./engine/directives";
export { buildLexicons, defaultLexicons, defaultPhraseLexicons, defaultHardQuestions, compilePhrases, matchTokens, type Lexicons, type HardQuestion, type PhraseLexicon } from "./lexicons";
export { rules, findRule } from "./rules";
export { verdictOf, type Verdict, type CategoryVerdict, type Readiness } from "./verdict";
export { strengthsOf, type Strength } from "./strengths";
export { buildJsonReport, type FileReport, type JsonReport } from "./report";
export { describePart, outlineOf, type OutlineAudience, type OutlineEntry, type OutlineFaqGroup } from "./outline";
export * from "./interview";
export * from "./flow";

import type { PrfaqConfig } from "./engine/config";
import { createCritic, type Critique } from "./engine/critic";
import { rules } from "./rules";

/** Critiques one document with every built-in rule. */
export function critique(text: string, config?: PrfaqConfig): Critique {
  return createCritic({ rules, config }).check(text);
}
