import type { Analysis } from "../analysis/analysis";
import type { Lexicons } from "../lexicons";
import type { Block, PrfaqDocument, Sentence, Span } from "../model/types";

/** The critic's categories: a public contract shared by JSON output, docs and config. */
export const CATEGORIES = [
  "structure",
  "customer",
  "problem",
  "differentiation",
  "tech-first",
  "hard-questions",
  "evidence",
  "success",
  "decision",
  "style",
  "applicability",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ["error", "warning", "info"] as const;
/** error: not ready for review; warning: a reviewer will object; info: advice. */
export type Severity = (typeof SEVERITIES)[number];

export interface RuleMeta {
  /** Kebab-case, unique, stable: it appears in config, inline comments and CI logs. */
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what the rule looks for. */
  description: string;
  /** What the critic asks the author when the rule fires. */
  question: string;
  /** Why a Working Backwards reviewer cares. */
  rationale: string;
  /** Short passages that the rule flags, and ones it leaves alone, for the docs. */
  examples?: { flagged: string[]; passes: string[] };
  /**
   * "advise" for a word-list rule whose point is made once: the same word again
   * ("utilizing" twice, one statistic repeated in the FAQ) is reported as info,
   * so the review says it once and an editor still marks every place.
   */
  repeats?: "advise";
  /**
   * For a rule about wording (jargon, puffery), how many different words make
   * the point: later ones are info. Unset where every place is its own point.
   */
  instances?: number;
  /**
   * "where-customers-read" for a rule about wording (jargon, puffery, weasel
   * words, sentence length): its point matters in the press release and the
   * customer FAQ, which customers read. In the team's own notes (the internal
   * FAQ, an appendix) and inside a quote already flagged as a whole, the same
   * words are advice.
   */
  wording?: "where-customers-read";
}

export interface Suggestion {
  title: string;
  /** Replacement text for the finding's range (or for offset..endOffset), when the rule can offer one. */
  replacement?: string;
  /** The text the replacement takes the place of, when it isn't exactly the finding's: deleting a word takes its space too. */
  offset?: number;
  endOffset?: number;
}

/** What a rule reports as a suggestion: `at` names the text to replace when it isn't the finding's own. */
export interface SuggestionDescriptor {
  title: string;
  replacement?: string;
  at?: Target;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** 1-based; columns count UTF-16 code units. The end points just past the last character. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the document text (after any byte-order mark). */
  offset: number;
  endOffset: number;
  message: string;
  question: string;
  suggestion?: Suggestion;
  /** 1 = the first thing a reviewer would raise; every finding of a document is ranked. */
  rank?: number;
  /** How many findings this one stands for, when identical ones were collapsed into it. */
  count?: number;
  /** Other places the finding is about, such as the FAQ answer that contradicts the flagged claim. */
  related?: RelatedLocation[];
}

/** A second place a finding points at, with what it is. Same coordinates as a finding's. */
export interface RelatedLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
  message: string;
}

/** Where a finding points: a span, a sentence, a block, or a range inside a block's text. */
export type Target = { span: Span } | { sentence: Sentence } | { block: Block; start?: number; end?: number };

export interface ReportDescriptor {
  message: string;
  at: Target;
  /** Overrides the rule's question when a sharper one fits this case. */
  question?: string;
  /** Overrides the rule's default severity for this case; `.prfaq.yml` still wins. */
  severity?: Severity;
  suggestion?: SuggestionDescriptor;
  /** Other places the finding is about; each is shown beside it. */
  related?: { at: Target; message: string }[];
}

export interface RuleContext {
  doc: PrfaqDocument;
  analysis: Analysis;
  lexicons: Lexicons;
  /** Options from `.prfaq.yml` for this rule. */
  options: Record<string, unknown>;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** A numeric option from `.prfaq.yml` (`long-sentence: [warning, { max: 35 }]`), or the rule's default. */
export function numberOption(ctx: RuleContext, name: string, fallback: number): number {
  const value = ctx.options[name];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
