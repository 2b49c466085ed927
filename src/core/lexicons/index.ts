import { absentSolution } from "./absent-solution";
import { analogies } from "./analogies";
import { demandEvidence } from "./demand-evidence";
import { exerciseDocument } from "./exercise-document";
import { noveltyClaims } from "./novelty-claims";
import { unnamedAlternatives } from "./unnamed-alternatives";
import { shippedProduct, shippedProductHints } from "./shipped-product";
import { anonymousSpeakers } from "./anonymous-speakers";
import { companyFigures } from "./company-figures";
import { companyMetrics } from "./company-metrics";
import { comparatives } from "./comparatives";
import { contradictionLexicons } from "./contradictions";
import { competitors } from "./competitors";
import { deferredDecision } from "./deferred-decision";
import { deferredUseCases } from "./deferred-use-cases";
import { dismissiveAnswers } from "./dismissive-answers";
import { famousCompanies, famousPeople } from "./famous-names";
import { firstNames } from "./first-names";
import { hardQuestions } from "./hard-questions";
import { inMarket } from "./in-market";
import { internalSystems } from "./internal-systems";
import { jargon } from "./jargon";
import { knownAcronyms } from "./known-acronyms";
import { multiplierClaims, ownMeasurements } from "./multiplier-claims";
import { personaBuckets } from "./persona-buckets";
import { responsibilityPassives } from "./responsibility-verbs";
import { softballQuestions } from "./softball-questions";
import { techTerms } from "./tech-terms";
import { serviceLevels } from "./service-levels";
import { timeFrames } from "./time-frames";
import { todayAlternatives } from "./today-alternatives";
import { unsupportedClaims } from "./unsupported-claims";
import { vanityMetrics } from "./vanity-metrics";
import { weaselWords } from "./weasel-words";
import { betterClaims } from "./better-claims";
import { denialAnswers, evasiveAnswers } from "./evasive-answers";
import { logisticsQuestions } from "./logistics-questions";
import { exploration } from "./exploration";
import { compileCombined, compilePhrases, literalScanner, worthScanning, type CombinedMatcher, type LiteralScanner, type PhraseMatcher } from "./match";
import { placeholders } from "./placeholders";
import { predetermined } from "./predetermined";
import { internalTool, otherOfferings, soloOrOpenSource } from "./project-context";
import { superlatives } from "./superlatives";
import { technologyGoals } from "./technology-goals";
import type { HardQuestion, PhraseLexicon } from "./types";
import { unfireableKillCriteria } from "./unfireable-kill-criteria";
import { vagueSegments } from "./vague-segments";

export type { HardQuestion, PhraseLexicon } from "./types";
export { compileCombined, compilePhrases, matchTokens, type CombinedMatcher, type MatchToken, type PhraseMatch, type PhraseMatcher } from "./match";

/**
 * Every word list the rules read, in one place. A team extends them in
 * `.prfaq.yml` without touching code.
 */
export const defaultPhraseLexicons: PhraseLexicon[] = [
  placeholders,
  vagueSegments,
  evasiveAnswers,
  denialAnswers,
  logisticsQuestions,
  superlatives,
  technologyGoals,
  betterClaims,
  predetermined,
  exploration,
  personaBuckets,
  anonymousSpeakers,
  firstNames,
  companyFigures,
  absentSolution,
  internalSystems,
  todayAlternatives,
  competitors,
  comparatives,
  multiplierClaims,
  ownMeasurements,
  techTerms,
  deferredUseCases,
  softballQuestions,
  dismissiveAnswers,
  weaselWords,
  unsupportedClaims,
  famousPeople,
  famousCompanies,
  vanityMetrics,
  companyMetrics,
  timeFrames,
  serviceLevels,
  deferredDecision,
  inMarket,
  jargon,
  knownAcronyms,
  responsibilityPassives,
  soloOrOpenSource,
  otherOfferings,
  internalTool,
  analogies,
  demandEvidence,
  shippedProduct,
  shippedProductHints,
  exerciseDocument,
  noveltyClaims,
  unnamedAlternatives,
  unfireableKillCriteria,
  ...contradictionLexicons,
];

export const defaultHardQuestions: HardQuestion[] = hardQuestions;

export interface LexiconExtensions {
  /** Entries appended to named lexicons; a new name creates a lexicon. */
  phrases?: Record<string, string[]>;
  hardQuestions?: HardQuestion[];
}

export interface Lexicons {
  names(): string[];
  entries(name: string): readonly string[];
  matcher(name: string): PhraseMatcher;
  /** All lexicons' word entries in one trie: one walk over a sentence answers every lexicon. */
  combined(): CombinedMatcher;
  /** Which of the pieces that lexicons' patterns require occur in a lower-cased text: one scan for all of them. */
  scanLiterals: LiteralScanner;
  /** True when `scanLiterals` looks for this lexicon's literals, so its result can stand in for the lexicon's own prefilter. */
  scans(name: string): boolean;
  hardQuestions: readonly HardQuestion[];
}

export function buildLexicons(extensions: LexiconExtensions = {}, base: PhraseLexicon[] = defaultPhraseLexicons, baseQuestions: HardQuestion[] = defaultHardQuestions): Lexicons {
  // Without extensions every critic shares one set, so the tries are compiled once per process.
  const extended = Object.keys(extensions.phrases ?? {}).length > 0 || (extensions.hardQuestions?.length ?? 0) > 0;
  if (!extended && base === defaultPhraseLexicons && baseQuestions === defaultHardQuestions && defaults) return defaults;
  const lists = new Map<string, readonly string[]>();
  const literal = new Set<string>();
  for (const lexicon of base) {
    lists.set(lexicon.name, lexicon.entries);
    if (lexicon.inflects === false) literal.add(lexicon.name);
  }
  for (const [name, extra] of Object.entries(extensions.phrases ?? {})) {
    lists.set(name, [...(lists.get(name) ?? []), ...extra]);
  }
  const questions = [...baseQuestions, ...(extensions.hardQuestions ?? [])];
  const empty: readonly string[] = [];
  let combined: CombinedMatcher | null = null;
  let scanner: LiteralScanner | null = null;
  // A lexicon whose patterns need a literal as common as "the" would make the shared scan stop at nearly
  // every word; it keeps testing its own literals.
  let scannedLists: Set<readonly string[]> | null = null;
  const scanned = () =>
    (scannedLists ??= new Set(
      [...lists.values()].filter((entries) => {
        const literals = compilePhrases(entries).requiredLiterals();
        return literals.length > 0 && literals.every(worthScanning);
      }),
    ));
  return {
    names: () => [...lists.keys()],
    entries: (name) => lists.get(name) ?? empty,
    matcher: (name) => compilePhrases(lists.get(name) ?? empty, !literal.has(name)),
    combined: () => (combined ??= compileCombined(lists, literal)),
    scanLiterals: (lower) => (scanner ??= literalScanner([...scanned()].flatMap((entries) => compilePhrases(entries).requiredLiterals())))(lower),
    scans: (name) => scanned().has(lists.get(name) ?? empty),
    hardQuestions: questions,
  };
}

let defaults: Lexicons | null = null;
defaults = buildLexicons();
export function defaultLexicons(): Lexicons {
  return defaults!;
}
