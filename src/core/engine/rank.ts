import type { Category, Finding } from "./types";

/**
 * How much each rule's point weighs on the decision, from 1 (polish) to 10
 * (a reviewer says it first). The order follows the method, not the
 * document: a number with two values, a claim the document contradicts or a
 * testimonial nobody gave undermines everything else; then who the customer
 * is, what the problem costs, what it beats and how success is measured; then
 * the hard questions and the kill criteria; then the shape of the document;
 * style last. Rules not listed (configured or new) take their category's weight.
 */
const RULE_WEIGHTS: Readonly<Record<string, number>> = {
  "inconsistent-quantity": 10,
  "contradicted-claim": 10,
  "invented-testimonial": 9.5,
  "famous-quote": 9.5,
  "predetermined-decision": 9,
  "truncated-text": 9,
  "unsupported-claim": 9,
  "sourceless-statistic": 8.5,
  "unquantified-problem": 8.5,
  "no-representative-customer": 8.5,
  "no-success-metrics": 8.5,
  "no-named-alternative": 8,
  "problem-is-our-architecture": 8,
  "technology-as-goal": 8,
  "no-hypothesis": 8,
  "in-market-optimisation": 8,
  "evasive-answer": 8,
  "baseless-comparative": 7.5,
  "weasel-words": 7.5,
  "unsupported-multiplier": 7.5,
  "better-without-reason": 7.5,
  "missing-hard-questions": 7.5,
  "dismissive-answer": 7.5,
  "listed-answer": 7,
  "vague-customer": 7,
  "persona-customer": 7,
  "metric-without-target": 7,
  "company-metrics-only": 7,
  "unattributed-quote": 6.5,
  "puffery": 6.5,
  "analogy-as-evidence": 6.5,
  "problem-is-missing-solution": 6.5,
  "stack-first-paragraph": 6.5,
  "use-cases-later": 6,
  "softball-question": 6,
  "stuffed-question": 6,
  "answer-repeats-question": 6,
  "vanity-metric": 6,
  "metric-without-timeframe": 5.5,
  "unmeasurable-kill-criteria": 5.5,
  "deferred-kill-criteria": 5.5,
  "decision-without-reason": 5.5,
  "no-kill-criteria": 5,
  "placeholder-text": 5,
  "required-parts": 4.5,
  "no-before-after": 4,
  "part-order": 3,
  "press-release-length": 3,
  "faq-length": 2.5,
  "front-matter": 2,
  "jargon": 2,
  "long-sentence": 1.5,
  "undefined-acronym": 1,
  "passive-voice": 1,
  "readability": 1,
};

const CATEGORY_WEIGHTS: Readonly<Record<Category, number>> = {
  evidence: 7,
  customer: 7,
  problem: 7,
  differentiation: 7,
  success: 6.5,
  "tech-first": 6.5,
  "hard-questions": 6.5,
  applicability: 6.5,
  decision: 5,
  structure: 4,
  style: 1.5,
};

/** An error outranks a warning of the same weight, which outranks advice: but not a heavier rule's warning. */
const SEVERITY_BONUS = { error: 0.75, warning: 0, info: -10 } as const;

export function weightOf(finding: Pick<Finding, "ruleId" | "category" | "severity">): number {
  return (RULE_WEIGHTS[finding.ruleId] ?? CATEGORY_WEIGHTS[finding.category]) + SEVERITY_BONUS[finding.severity];
}

/**
 * Numbers every finding by what a reviewer would raise first: the heaviest
 * point first, and among equals the one seen earlier in the document. A
 * second finding of a rule already ranked weighs a little less, so the lead
 * covers several points rather than one point five times.
 */
export function rankFindings(findings: Finding[]): void {
  const seen = new Map<string, number>();
  const scored = findings.map((finding, order) => {
    const repeats = seen.get(finding.ruleId) ?? 0;
    seen.set(finding.ruleId, repeats + 1);
    return { finding, order, score: weightOf(finding) - Math.min(repeats, 4) * 0.6 };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  scored.forEach((s, i) => (s.finding.rank = i + 1));
}

/** How many findings a review leads with. */
export const LEAD_SIZE = 5;

/** The errors and warnings a reviewer would raise first, best first: the lead every front end shows. */
export function leadOf<F extends Pick<Finding, "severity" | "rank">>(findings: readonly F[], size = LEAD_SIZE): F[] {
  return findings
    .filter((f) => f.severity !== "info")
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
    .slice(0, size);
}
