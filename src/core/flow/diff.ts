/**
 * What the team learned between two versions of a PR/FAQ: changes to the
 * customer, the problem and its numbers, the claims, the hard-question
 * answers and the kill criteria, plus the critique delta. It also flags the
 * patterns of rationalisation: kill criteria loosened, the customer
 * broadened, numbers dropped, hard questions dropped.
 */
import type { Critique } from "../engine/critic";
import type { Category, Finding, Severity } from "../engine/types";
import type { Lexicons } from "../lexicons";
import { factsOf, type AnswerFact, type DocumentFacts, type Threshold } from "./facts";

export interface SentenceChange {
  before: string;
  after: string;
}

export interface SentenceDiff {
  added: string[];
  removed: string[];
  changed: SentenceChange[];
}

export interface AnswerChange {
  question: string;
  before: string;
  after: string;
  wasOpen: boolean;
  isOpen: boolean;
}

export interface ThresholdChange {
  before: Threshold;
  after: Threshold | null;
}

export interface FindingRef {
  ruleId: string;
  category: Category;
  severity: Severity;
  line: number;
  message: string;
}

export type FlagKind = "kill-criteria-loosened" | "kill-criteria-removed" | "customer-broadened" | "numbers-dropped" | "hard-question-dropped";

export interface RationalisationFlag {
  kind: FlagKind;
  message: string;
}

export interface DiscoveryDiff {
  title: { before: string | null; after: string | null };
  headline: { before: string | null; after: string | null };
  customer: SentenceDiff & { segmentsAdded: string[]; segmentsRemoved: string[]; namedAdded: string[]; namedRemoved: string[] };
  problem: SentenceDiff & { numbersAdded: string[]; numbersRemoved: string[] };
  claims: SentenceDiff;
  hardQuestions: { added: AnswerFact[]; removed: AnswerFact[]; changed: AnswerChange[] };
  killCriteria: SentenceDiff & { loosened: ThresholdChange[]; tightened: ThresholdChange[] };
  successMetrics: SentenceDiff;
  decision: { before: DocumentFacts["decision"]; after: DocumentFacts["decision"] };
  critique: { fixed: FindingRef[]; introduced: FindingRef[]; readinessBefore: string; readinessAfter: string };
  flags: RationalisationFlag[];
  /** True when nothing of substance changed. */
  same: boolean;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}%$€£]+(?:[.,]\d+)*/gu) ?? [];
}

function normal(text: string): string {
  return words(text).join(" ");
}

function similarity(a: string, b: string): number {
  const x = new Set(words(a));
  const y = new Set(words(b));
  if (!x.size || !y.size) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Sentences added, removed, or reworded (paired by the words they share). */
export function diffSentences(before: readonly string[], after: readonly string[]): SentenceDiff {
  const afterNormal = new Set(after.map(normal));
  const beforeNormal = new Set(before.map(normal));
  const removed = before.filter((s) => !afterNormal.has(normal(s)));
  const added = after.filter((s) => !beforeNormal.has(normal(s)));
  const changed: SentenceChange[] = [];
  const stillAdded = [...added];
  const stillRemoved: string[] = [];
  for (const old of removed) {
    let best = -1;
    let score = 0.4;
    stillAdded.forEach((s, i) => {
      const sim = similarity(old, s);
      if (sim > score) {
        score = sim;
        best = i;
      }
    });
    if (best >= 0) {
      changed.push({ before: old, after: stillAdded[best] });
      stillAdded.splice(best, 1);
    } else stillRemoved.push(old);
  }
  return { added: stillAdded, removed: stillRemoved, changed };
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(normal(x), (left.get(normal(x)) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(normal(x)) ?? 0;
    if (n > 0) left.set(normal(x), n - 1);
    else out.push(x);
  }
  return out;
}

function refOf(f: Finding): FindingRef {
  return { ruleId: f.ruleId, category: f.category, severity: f.severity, line: f.line, message: f.message };
}

/** Findings matched by rule and message; positions move between versions, meanings don't. */
function critiqueDelta(before: Finding[], after: Finding[]): { fixed: FindingRef[]; introduced: FindingRef[] } {
  const key = (f: Finding) => `${f.ruleId}\n${f.message}`;
  const count = (list: Finding[]) => {
    const m = new Map<string, number>();
    for (const f of list) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
    return m;
  };
  const pick = (list: Finding[], other: Map<string, number>) => {
    const left = new Map(other);
    return list.filter((f) => {
      const n = left.get(key(f)) ?? 0;
      if (n > 0) {
        left.set(key(f), n - 1);
        return false;
      }
      return true;
    });
  };
  return { fixed: pick(before, count(after)).map(refOf), introduced: pick(after, count(before)).map(refOf) };
}

function answerKey(a: AnswerFact): string {
  return a.id ?? normal(a.question);
}

function diffAnswers(before: AnswerFact[], after: AnswerFact[]): DiscoveryDiff["hardQuestions"] {
  const afterByKey = new Map(after.map((a) => [answerKey(a), a]));
  const beforeByKey = new Map(before.map((a) => [answerKey(a), a]));
  const changed: AnswerChange[] = [];
  for (const a of before) {
    const b = afterByKey.get(answerKey(a));
    if (b && (normal(a.answer) !== normal(b.answer) || a.open !== b.open)) {
      changed.push({ question: b.question, before: a.answer, after: b.answer, wasOpen: a.open, isOpen: b.open });
    }
  }
  return {
    added: after.filter((a) => !beforeByKey.has(answerKey(a))),
    removed: before.filter((a) => !afterByKey.has(answerKey(a))),
    changed,
  };
}

/**
 * Pairs the bars of two versions of the kill criteria by kind and unit, and
 * says which moved to make a kill less likely.
 */
function compareThresholds(before: Threshold[], after: Threshold[]): { loosened: ThresholdChange[]; tightened: ThresholdChange[] } {
  const loosened: ThresholdChange[] = [];
  const tightened: ThresholdChange[] = [];
  const pool = [...after];
  for (const old of before) {
    const i = pool.findIndex((t) => t.comparator === old.comparator && t.unit === old.unit);
    if (i < 0) {
      loosened.push({ before: old, after: null });
      continue;
    }
    const now = pool.splice(i, 1)[0];
    if (now.value === old.value) continue;
    // "Kill if below X": a lower X kills less. "Kill if above X" or "after N weeks": a higher one does.
    const looser = old.comparator === "below" ? now.value < old.value : now.value > old.value;
    (looser ? loosened : tightened).push({ before: old, after: now });
  }
  return { loosened, tightened };
}

function quote(text: string, max = 90): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

function flagsOf(a: DocumentFacts, b: DocumentFacts, d: Omit<DiscoveryDiff, "flags" | "same">): RationalisationFlag[] {
  const flags: RationalisationFlag[] = [];
  const afterResults = a.decision?.outcome ? ` after the ${a.decision.outcome} decision${a.decision.date ? ` of ${a.decision.date}` : ""}` : "";
  if (a.killCriteria.length && !b.killCriteria.length) {
    flags.push({ kind: "kill-criteria-removed", message: `The kill criteria were removed${afterResults}. Without them, no result can stop the project.` });
  } else {
    for (const c of d.killCriteria.loosened) {
      const what = c.after ? `${quote(c.before.text)} became ${quote(c.after.text)}` : `${quote(c.before.text)} was dropped`;
      flags.push({ kind: "kill-criteria-loosened", message: `Kill criteria loosened${afterResults}: ${what}. Moving the bar once results are in is rationalisation; keep the original bar or record why it changed.` });
    }
  }
  const customerFindings = (f: DocumentFacts) => f.findings.filter((x) => x.category === "customer").length;
  if (d.customer.segmentsAdded.length) {
    flags.push({ kind: "customer-broadened", message: `The customer broadened: ${d.customer.segmentsAdded.map((s) => quote(s)).join(", ")} now describes who it is for.` });
  } else if (d.customer.namedRemoved.length && !b.namedCustomers.length) {
    flags.push({ kind: "customer-broadened", message: `The named customer is gone: ${d.customer.namedRemoved.map((s) => quote(s)).join(", ")} no longer speaks, and nobody replaces them.` });
  } else if (customerFindings(b) > customerFindings(a)) {
    flags.push({ kind: "customer-broadened", message: "The critic finds the customer vaguer than in the earlier version." });
  }
  if (d.problem.numbersRemoved.length && d.problem.numbersRemoved.length > d.problem.numbersAdded.length) {
    flags.push({ kind: "numbers-dropped", message: `Numbers dropped from the problem: ${d.problem.numbersRemoved.map((n) => quote(n)).join(", ")}. A problem without numbers can't be checked.` });
  }
  const droppedClaims = d.claims.changed.filter((c) => /\d/.test(c.before) && !/\d/.test(c.after));
  if (droppedClaims.length) {
    flags.push({ kind: "numbers-dropped", message: `A claim lost its number: ${quote(droppedClaims[0].before)} became ${quote(droppedClaims[0].after)}.` });
  }
  const dropped = [...d.hardQuestions.removed.filter((q) => !q.open), ...d.hardQuestions.changed.filter((c) => !c.wasOpen && c.isOpen).map((c) => ({ question: c.question }))];
  if (dropped.length) {
    flags.push({ kind: "hard-question-dropped", message: `A hard question lost its answer: ${dropped.map((q) => quote(q.question)).join(", ")}.` });
  }
  return flags;
}

/** Compares two critiqued versions of a document: `before` is the earlier one. */
export function diffDocuments(before: Critique, after: Critique, lexicons: Lexicons): DiscoveryDiff {
  const a = factsOf(before, lexicons);
  const b = factsOf(after, lexicons);
  const customer = diffSentences(a.customer, b.customer);
  const problem = diffSentences(a.problem, b.problem);
  const kill = diffSentences(a.killCriteria, b.killCriteria);
  const base = {
    title: { before: a.title, after: b.title },
    headline: { before: a.headline, after: b.headline },
    customer: {
      ...customer,
      segmentsAdded: minus(b.segments, a.segments),
      segmentsRemoved: minus(a.segments, b.segments),
      namedAdded: minus(b.namedCustomers, a.namedCustomers),
      namedRemoved: minus(a.namedCustomers, b.namedCustomers),
    },
    problem: { ...problem, numbersAdded: minus(b.problemNumbers, a.problemNumbers), numbersRemoved: minus(a.problemNumbers, b.problemNumbers) },
    claims: diffSentences(a.claims, b.claims),
    hardQuestions: diffAnswers(a.hardQuestions, b.hardQuestions),
    killCriteria: { ...kill, ...compareThresholds(a.thresholds, b.thresholds) },
    successMetrics: diffSentences(a.successMetrics, b.successMetrics),
    decision: { before: a.decision, after: b.decision },
    critique: { ...critiqueDelta(a.findings, b.findings), readinessBefore: a.readiness, readinessAfter: b.readiness },
  };
  const flags = flagsOf(a, b, base);
  const sentenceDiffs = [base.customer, base.problem, base.claims, base.killCriteria, base.successMetrics];
  const same =
    sentenceDiffs.every((s) => !s.added.length && !s.removed.length && !s.changed.length) &&
    !base.hardQuestions.added.length &&
    !base.hardQuestions.removed.length &&
    !base.hardQuestions.changed.length &&
    !base.critique.fixed.length &&
    !base.critique.introduced.length &&
    JSON.stringify(a.decision) === JSON.stringify(b.decision) &&
    a.headline === b.headline;
  return { ...base, flags, same };
}
