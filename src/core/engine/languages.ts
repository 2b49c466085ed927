/**
 * Which checks read English word lists. On a document in another language
 * they cannot see what they look for: the ones that report something missing
 * would cry wolf, so they only advise; the ones that report a word or phrase
 * find nothing. Either way their silence says nothing about the document.
 */

/**
 * Rules that report when they find no English wording for something (an
 * attribution, a target, a threshold, a named alternative). Rules that look
 * for a part the reader found by its heading, or for numbers (no kill
 * criteria, no success metrics, an unquantified problem, no representative
 * customer), read any language's layout and keep their severity.
 */
export const ENGLISH_ABSENCE_RULES: ReadonlySet<string> = new Set([
  "no-before-after",
  "unattributed-quote",
  "no-named-alternative",
  "no-demand-evidence",
  "better-without-reason",
  "missing-hard-questions",
  "metric-without-target",
  "metric-without-timeframe",
  "unmeasurable-kill-criteria",
]);

/** Rules that report English words and phrases (segments, buzzwords, weasel words, dodges). */
export const ENGLISH_PRESENCE_RULES: ReadonlySet<string> = new Set([
  "vague-customer",
  "persona-customer",
  "problem-is-missing-solution",
  "problem-is-our-architecture",
  "baseless-comparative",
  "unsupported-multiplier",
  "unsupported-novelty",
  "unnamed-alternatives",
  "technology-as-goal",
  "stack-first-paragraph",
  "use-cases-later",
  "softball-question",
  "evasive-answer",
  "dismissive-answer",
  "answer-repeats-question",
  "stuffed-question",
  "puffery",
  "weasel-words",
  "unsupported-claim",
  "famous-quote",
  "vanity-metric",
  "company-metrics-only",
  "predetermined-decision",
  "deferred-kill-criteria",
  "decision-without-reason",
  "jargon",
  "passive-voice",
  "readability",
  "undefined-acronym",
  "in-market-optimisation",
  "no-hypothesis",
  "already-shipped",
  "written-as-exercise",
]);

export const readsEnglishWords = (ruleId: string) => ENGLISH_ABSENCE_RULES.has(ruleId) || ENGLISH_PRESENCE_RULES.has(ruleId);
