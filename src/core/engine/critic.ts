import { Analysis, TextMemo } from "../analysis/analysis";
import { buildLexicons, type Lexicons } from "../lexicons";
import { spanAt } from "../model/positions";
import type { PrfaqDocument, Span } from "../model/types";
import { ChunkCache, parseDocument } from "../parse";
import { strengthsOf } from "../strengths";
import { verdictOf, type Verdict } from "../verdict";
import { emptyConfig, type PrfaqConfig, type RuleConfig } from "./config";
import { isSuppressed, scopeDirectives } from "./directives";
import { collapseFindings, type CollapseMode } from "./collapse";
import { ENGLISH_ABSENCE_RULES, readsEnglishWords } from "./languages";
import { rankFindings } from "./rank";
import { adviseSecondExampleInParagraph, adviseSurplusWordFindings, adviseWordingAwayFromCustomers } from "./restraint";
import type { Category, Finding, ReportDescriptor, Rule, Severity, Target } from "./types";

export interface Critique {
  document: PrfaqDocument;
  findings: Finding[];
  verdict: Verdict;
}

export interface CriticOptions {
  rules: readonly Rule[];
  config?: PrfaqConfig;
  /**
   * Keep the parse of each chunk (the text between top-level headings) and
   * reuse it when a later document contains the same chunk. On by default: an
   * editor re-checking after a keystroke then reparses one chunk, not all.
   */
  cacheChunks?: boolean;
  /**
   * Which repeated findings to fold into one with a count (see collapse.ts):
   * "all" (the default, for reports); "places", only a rule's several gaps at
   * one place, for editors, which mark every occurrence the author has to
   * change; "none", for a rule's own tests, which see each finding it reports.
   */
  collapse?: CollapseMode;
}

function spanOfTarget(doc: PrfaqDocument, target: Target): Span {
  if ("span" in target) return target.span;
  if ("sentence" in target) return target.sentence.span;
  const { block } = target;
  if (target.start === undefined && target.end === undefined) return block.span;
  const start = block.sourceOffset(target.start ?? 0);
  const endIndex = target.end ?? block.text.length;
  const end = endIndex > (target.start ?? 0) ? block.sourceOffset(endIndex - 1) + 1 : start;
  return spanAt(doc.lineStarts, start, end);
}

const settingsByConfig = new WeakMap<PrfaqConfig, Map<string, RuleConfig>>();

/**
 * The configured rules as a map. Looking forty-nine different rule ids up in
 * a plain object, for every document, takes V8's slowest path for property
 * loads; a map answers each in one hash lookup.
 */
function settingsOf(config: PrfaqConfig): Map<string, RuleConfig> {
  let settings = settingsByConfig.get(config);
  if (!settings) {
    settings = new Map(Object.entries(config.rules));
    settingsByConfig.set(config, settings);
  }
  return settings;
}

/**
 * Runs every enabled rule over one parsed document. A rule that throws is a
 * bug in prfaq, not in the document: it is reported as a finding on line 1
 * so the rest of the critique still arrives.
 */
export function critiqueDocument(doc: PrfaqDocument, options: CriticOptions, lexicons: Lexicons, memo?: TextMemo): Critique {
  const settings = settingsOf(options.config ?? emptyConfig);
  const analysis = new Analysis(doc, lexicons, memo);
  const findings: Finding[] = [];
  // Suppressed findings are kept aside: the verdict still counts them, so a comment can't buy readiness.
  const suppressed: Finding[] = [];
  const directives = scopeDirectives(doc);
  const saidOnce = new Set<string>();
  for (const rule of options.rules) {
    const setting = settings.get(rule.meta.id);
    if (setting?.severity === "off") continue;
    const report = (d: ReportDescriptor) => {
      let severity: Severity = (setting?.severity as Severity | undefined) ?? d.severity ?? rule.meta.severity;
      // Not finding English wording in another language proves nothing: advice, not an objection.
      if (severity !== "info" && ENGLISH_ABSENCE_RULES.has(rule.meta.id) && !analysis.isEnglish) severity = "info";
      if (severity !== "info" && rule.meta.repeats === "advise") {
        const said = `${rule.meta.id}\u0000${d.message.toLowerCase()}`;
        if (saidOnce.has(said)) severity = "info";
        else saidOnce.add(said);
      }
      const span = spanOfTarget(doc, d.at);
      const finding: Finding = {
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity,
        line: span.start.line,
        column: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
        offset: span.start.offset,
        endOffset: span.end.offset,
        message: d.message,
        question: d.question ?? rule.meta.question,
      };
      if (d.suggestion) {
        const { at, ...suggestion } = d.suggestion;
        if (at) {
          const replaced = spanOfTarget(doc, at);
          finding.suggestion = { ...suggestion, offset: replaced.start.offset, endOffset: replaced.end.offset };
        } else finding.suggestion = suggestion;
      }
      if (d.related?.length) {
        finding.related = d.related.map(({ at, message }) => {
          const where = spanOfTarget(doc, at);
          return {
            line: where.start.line,
            column: where.start.column,
            endLine: where.end.line,
            endColumn: where.end.column,
            offset: where.start.offset,
            endOffset: where.end.offset,
            message,
          };
        });
      }
      if (directives.length && isSuppressed(finding, directives)) suppressed.push(finding);
      else findings.push(finding);
    };
    try {
      rule.check({ doc, analysis, lexicons, options: setting?.options ?? {}, report });
    } catch (err) {
      findings.push({
        ruleId: rule.meta.id,
        category: rule.meta.category,
        severity: "info",
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        offset: 0,
        endOffset: 0,
        message: `rule ${rule.meta.id} failed on this document and was skipped (${err instanceof Error ? err.message : String(err)}); please report it`,
        question: rule.meta.question,
      });
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId));
  const restraint = restraintOf(options.rules);
  adviseWordingAwayFromCustomers(doc, findings, restraint.wording);
  adviseSecondExampleInParagraph(doc, findings, restraint.instances);
  adviseSurplusWordFindings(doc.text, findings, restraint.wordLevel, restraint.instances);
  const collapsed = collapseFindings(findings, options.collapse ?? "all");
  rankFindings(collapsed);
  return { document: doc, findings: collapsed, verdict: verdictOf(doc, collapsed, strengthsOf(analysis, collapsed), suppressed, uncheckedCategories(options.rules, analysis)) };
}

interface Restraint {
  wordLevel: ReadonlySet<string>;
  instances: ReadonlyMap<string, number>;
  wording: ReadonlySet<string>;
}

const restraintByRules = new WeakMap<readonly Rule[], Restraint>();

function restraintOf(rules: readonly Rule[]): Restraint {
  let restraint = restraintByRules.get(rules);
  if (!restraint) {
    restraint = {
      wordLevel: new Set(rules.filter((r) => r.meta.repeats === "advise").map((r) => r.meta.id)),
      instances: new Map(rules.filter((r) => r.meta.instances !== undefined).map((r) => [r.meta.id, r.meta.instances!])),
      wording: new Set(rules.filter((r) => r.meta.wording === "where-customers-read").map((r) => r.meta.id)),
    };
    restraintByRules.set(rules, restraint);
  }
  return restraint;
}

/** The categories whose checks read English words, when the document is in another language: they can't be called solid. */
function uncheckedCategories(rules: readonly Rule[], analysis: Analysis): ReadonlySet<Category> {
  if (analysis.isEnglish) return new Set();
  return new Set(rules.filter((r) => readsEnglishWords(r.meta.id)).map((r) => r.meta.category));
}

export interface Critic {
  readonly rules: readonly Rule[];
  readonly config: PrfaqConfig;
  readonly lexicons: Lexicons;
  check(text: string): Critique;
}

/** A critic with its rules, configuration and compiled lexicons ready for many documents. */
export function createCritic(options: CriticOptions): Critic {
  const config = options.config ?? emptyConfig;
  const lexicons = buildLexicons(config.lexicons);
  const cache = options.cacheChunks === false ? undefined : new ChunkCache();
  const memo = options.cacheChunks === false ? undefined : new TextMemo();
  return {
    rules: options.rules,
    config,
    lexicons,
    check: (text) => critiqueDocument(parseDocument(text, { cache }), options, lexicons, memo),
  };
}
