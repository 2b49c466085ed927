/**
 * Which hard internal questions a document faces, matched by meaning: a
 * question counts when it is phrased like one of the paraphrases, is not
 * disqualified ("too successful" is not a risk), and is not stuffed with the
 * keywords of several questions at once. An answer that dodges leaves the
 * question open.
 */
import { compileCombined, compilePhrases, matchTokens, type HardQuestion } from "../lexicons";
import { literalScanner, type CombinedMatcher, type LiteralScanner, type PhraseMatcher } from "../lexicons/match";
import type { Block, FaqEntry, Part } from "../model/types";
import { countWords, hasMoreWordsThan } from "../parse/text";
import type { AnswerQuality } from "./answers";

/** More hard questions than this in one FAQ question is keyword stuffing, not a question. */
export const STUFFING_THRESHOLD = 3;

export interface AskedQuestion {
  entry: FaqEntry;
  /** The hard questions this FAQ question asks (empty when it is stuffed). */
  asks: HardQuestion[];
  /** The hard questions whose keywords it strings together, when stuffed. */
  stuffedWith: HardQuestion[];
}

export type CoverageStatus = "answered" | "dodged" | "missing";

export interface Coverage {
  question: HardQuestion;
  status: CoverageStatus;
  /** The FAQ entry that asks it (the best-answered one), or null. */
  entry: FaqEntry | null;
  /** A section of its own that answers it ("## Risks"), or null. */
  section: Part | null;
}

/**
 * Paraphrases written in `.prfaq.yml` often use regular-expression syntax
 * without the `re:` prefix ("where is (the )?data stored"); read those as
 * patterns over whole words rather than as literal text.
 */
function asPatterns(entries: readonly string[]): readonly string[] {
  if (!entries.some((e) => !e.startsWith("re:") && /[()?|[\]\\+{}]/.test(e))) return entries;
  return entries.map((e) => (e.startsWith("re:") || !/[()?|[\]\\+{}]/.test(e) ? e : `re:\\b(?:${e})(?![\\p{L}\\p{N}])`));
}

const compiled = new WeakMap<HardQuestion, { paraphrases: readonly string[]; notWhen: readonly string[] }>();

function entriesOf(question: HardQuestion): { paraphrases: readonly string[]; notWhen: readonly string[] } {
  let c = compiled.get(question);
  if (!c) {
    c = { paraphrases: asPatterns(question.paraphrases), notWhen: asPatterns(question.notWhen ?? []) };
    compiled.set(question, c);
  }
  return c;
}

/**
 * True when `text` asks `question`: a paraphrase matches and no disqualifier
 * does. One question at a time; the critic asks all of them at once through
 * `QuestionIndex`, which tests hold to this.
 */
export function asks(question: HardQuestion, text: string): boolean {
  const { paraphrases, notWhen } = entriesOf(question);
  if (!compilePhrases(paraphrases).test(text)) return false;
  return !(notWhen.length && compilePhrases(notWhen).test(text));
}

/**
 * Every hard question's paraphrases and disqualifiers read in one pass over a
 * question's words, and their patterns' literals found in one scan: the same
 * answer as `asks` for each question in turn, at the cost of about one.
 */
class QuestionIndex {
  private readonly words: CombinedMatcher;
  private readonly paraphrases: PhraseMatcher[];
  private readonly notWhen: (PhraseMatcher | null)[];
  private readonly scan: LiteralScanner;
  // The combined trie's names for each question's lists, built once rather than for every text.
  private readonly askKeys: string[];
  private readonly notKeys: string[];

  constructor(private readonly questions: readonly HardQuestion[]) {
    this.askKeys = questions.map((_, i) => `ask:${i}`);
    this.notKeys = questions.map((_, i) => `not:${i}`);
    const lists = new Map<string, readonly string[]>();
    this.paraphrases = [];
    this.notWhen = [];
    questions.forEach((question, i) => {
      const { paraphrases, notWhen } = entriesOf(question);
      lists.set(this.askKeys[i], paraphrases);
      this.paraphrases.push(compilePhrases(paraphrases));
      if (notWhen.length) lists.set(this.notKeys[i], notWhen);
      this.notWhen.push(notWhen.length ? compilePhrases(notWhen) : null);
    });
    this.words = compileCombined(lists);
    this.scan = literalScanner([...this.paraphrases, ...this.notWhen].flatMap((m) => m?.requiredLiterals() ?? []));
  }

  /** The questions that `text` asks. */
  asked(text: string): HardQuestion[] {
    const words = this.words.findWords(text, matchTokens(text));
    const lower = text.toLowerCase();
    let present: ReadonlySet<string> | null = null;
    const says = (key: string, matcher: PhraseMatcher) => words.has(key) || matcher.testPatterns(text, lower, (present ??= this.scan(lower)));
    return this.questions.filter((_, i) => {
      if (!says(this.askKeys[i], this.paraphrases[i])) return false;
      const notWhen = this.notWhen[i];
      return !(notWhen && says(this.notKeys[i], notWhen));
    });
  }
}

const indexes = new WeakMap<readonly HardQuestion[], QuestionIndex>();

function indexOf(questions: readonly HardQuestion[]): QuestionIndex {
  let index = indexes.get(questions);
  if (!index) {
    index = new QuestionIndex(questions);
    indexes.set(questions, index);
  }
  return index;
}

export function classifyQuestion(entry: FaqEntry, questions: readonly HardQuestion[]): AskedQuestion {
  const index = indexOf(questions);
  // A topic heading ("Risks") speaks for the questions under it that say nothing on their own.
  let matched = index.asked(entry.questionText);
  if (!matched.length && entry.topic) matched = index.asked(entry.topic);
  if (matched.length >= STUFFING_THRESHOLD) return { entry, asks: [], stuffedWith: matched };
  return { entry, asks: matched, stuffedWith: [] };
}

const RANK: Record<CoverageStatus, number> = { answered: 2, dodged: 1, missing: 0 };

/** A paragraph outside the press release: in a section of its own, or an answer in the internal FAQ. */
export interface Passage {
  block: Block;
  /** The section it sits in, when it is not an FAQ answer. */
  part: Part | null;
  /** The FAQ entry it answers, when it is one. */
  entry: FaqEntry | null;
}

/** Longer than this, a bold opening is a sentence in bold, not a label. */
const MAX_LABEL_WORDS = 10;
/** A label over less than this says too little to count as an answer. */
const MIN_LABELLED_WORDS = 8;
/** A section of fewer words says too little for its title to answer a question. */
const MIN_SECTION_WORDS = 12;

const facedByMatchers = new WeakMap<HardQuestion, PhraseMatcher | null>();

/** What says a passage faces the question without asking it ("JOSH has no authentication: a known limitation"), if anything can. */
function facedBy(question: HardQuestion): PhraseMatcher | null {
  let matcher = facedByMatchers.get(question);
  if (matcher === undefined) {
    matcher = question.facedBy?.length ? compilePhrases(asPatterns(question.facedBy)) : null;
    facedByMatchers.set(question, matcher);
  }
  return matcher;
}

/** A passage under a bold run-in label: a few words in bold before the paragraph's own text ("**Known constraint:** …"). */
interface LabelledPassage {
  passage: Passage;
  label: string;
}

/** The passages whose label has a paragraph with something to say under it, in order. */
function labelledPassages(passages: readonly Passage[], wordCount: (text: string) => number): LabelledPassage[] {
  const out: LabelledPassage[] = [];
  for (const passage of passages) {
    const label = passage.block.leadEmphasis;
    // A run-in label is a few words in bold before the paragraph's own text, not a paragraph set in italics.
    if (!label || passage.block.emphasised || label.split(/\s+/).length > MAX_LABEL_WORDS) continue;
    if (wordCount(passage.block.text) - countWords(label) >= MIN_LABELLED_WORDS) out.push({ passage, label });
  }
  return out;
}

/**
 * Where a passage answers a hard question under a heading of another kind: a bold run-in label that asks it
 * ("**Known constraint:** …", "**Why now?** …") over a paragraph with something to say, or a candid statement
 * that faces it ("it's a known limitation").
 */
function passageFacing(
  question: HardQuestion,
  labelled: readonly LabelledPassage[],
  passages: readonly Passage[],
  labelAsks: (label: string) => HardQuestion[],
): Passage | null {
  for (const { passage, label } of labelled) if (labelAsks(label).includes(question)) return passage;
  const faces = facedBy(question);
  return (faces && passages.find((p) => faces.test(p.block.text))) ?? null;
}

export function coverageOf(
  questions: readonly HardQuestion[],
  asked: readonly AskedQuestion[],
  quality: (entry: FaqEntry) => AnswerQuality,
  sections: readonly { part: Part; title: string; text: string }[],
  passages: readonly Passage[] = [],
  wordCount: (text: string) => number = countWords,
): Coverage[] {
  const index = indexOf(questions);
  const labels = new Map<string, HardQuestion[]>();
  const labelAsks = (label: string) => {
    let asked = labels.get(label);
    if (!asked) labels.set(label, (asked = index.asked(label)));
    return asked;
  };
  // Which passages open with a run-in label, found once for all the questions that look for one.
  let labelled: LabelledPassage[] | null = null;
  // Which hard questions each section's title asks, read once per section rather than once per question.
  let titled: { part: Part; asks: Set<HardQuestion> }[] | null = null;
  const sectionAsking = (question: HardQuestion) => {
    // Counting stops at the threshold: a section can run to thousands of words.
    titled ??= sections.filter((s) => hasMoreWordsThan(s.text, MIN_SECTION_WORDS - 1)).map((s) => ({ part: s.part, asks: new Set(indexOf(questions).asked(s.title)) }));
    return titled.find((s) => s.asks.has(question));
  };
  return questions.map((question) => {
    let best: Coverage = { question, status: "missing", entry: null, section: null };
    for (const a of asked) {
      if (!a.asks.includes(question)) continue;
      const status: CoverageStatus = quality(a.entry).verdict === "answered" ? "answered" : "dodged";
      if (RANK[status] > RANK[best.status]) best = { question, status, entry: a.entry, section: null };
    }
    if (best.status !== "answered") {
      const section = sectionAsking(question);
      if (section) best = { question, status: "answered", entry: null, section: section.part };
    }
    if (best.status !== "answered") {
      const passage = passageFacing(question, (labelled ??= labelledPassages(passages, wordCount)), passages, labelAsks);
      if (passage) best = { question, status: "answered", entry: passage.entry, section: passage.part };
    }
    return best;
  });
}
