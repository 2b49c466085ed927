/**
 * The PR/FAQ document model. Every part keeps where it came from, so rules,
 * formatters and editors can point at exact text without reparsing it.
 *
 * Lines and columns are 1-based; columns and offsets count UTF-16 code units,
 * which is what JavaScript strings, LSP and CodeMirror use.
 */

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

/** A sentence of prose, with its text already freed of Markdown syntax. */
export interface Sentence {
  text: string;
  span: Span;
  /** Index of the block it belongs to, in `PrfaqDocument.blocks`. */
  block: number;
  /** Where it starts and ends in the block's text. */
  start: number;
  end: number;
}

/** A part of a PR/FAQ that a heading or label can name. */
export type SectionKind =
  | "press-release"
  | "headline"
  | "subheading"
  | "summary"
  | "problem"
  | "solution"
  | "spokesperson-quote"
  | "customer-quote"
  | "quotes"
  | "getting-started"
  | "faq"
  | "customer-faq"
  | "internal-faq"
  | "success-metrics"
  | "kill-criteria"
  | "decision"
  | "appendix"
  | "customer"
  | "other-known";

export type BlockKind =
  | "heading"
  | "paragraph"
  | "table-row"
  | "code"
  | "html"
  | "break";

/**
 * A unit of text in reading order: a heading, a paragraph (or a piece of one,
 * when a label line was split off), a table row, a code block.
 */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Plain text without Markdown syntax. */
  text: string;
  span: Span;
  /** Heading depth (1-6) for headings; 0 otherwise. */
  depth: number;
  /** How many lists enclose it (0 for none). */
  listDepth: number;
  /** True when the block is the first paragraph of a list item. */
  listItemStart: boolean;
  /** Ordinal of an ordered list item, when it starts one. */
  listOrdinal: number | null;
  /** How many blockquotes enclose it. */
  quoteDepth: number;
  /** Text of a leading bold (or italic) run, e.g. "Q: Why now?" in "**Q: Why now?** Because…". */
  leadEmphasis: string | null;
  /** True when the whole block is bold or italic. */
  emphasised: boolean;
  /** The part this heading or label names ("Internal FAQ" names internal-faq), if any. */
  names: SectionKind | null;
  /** True when the block is only a label ("FAQs", "Problem:"), with no content of its own. */
  labelOnly: boolean;
  sentences: Sentence[];
  /** Maps an index into `text` to a source offset. */
  sourceOffset(index: number): number;
}

export type FaqAudience = "customer" | "internal" | "unspecified";

export interface FaqEntry {
  question: Block;
  /** The question text, without "Q:" or numbering. */
  questionText: string;
  answer: Block[];
  /** The answer text, without "A:", joined. Empty when unanswered. */
  answerText: string;
  audience: FaqAudience;
  /** A topic heading inside the FAQ, such as "About pricing". */
  topic: string | null;
  span: Span;
}

export interface QuoteSpeaker {
  name: string | null;
  /** Everything after the name: role, company, place. */
  description: string | null;
  /** The attribution as written ("said Ada Greene, director of …"). */
  attribution: string;
}

interface PartBase {
  span: Span;
  blocks: Block[];
  /** The heading or label that introduced it; null when it was inferred. */
  label: Block | null;
}

export interface HeadlinePart extends PartBase {
  kind: "headline";
  text: string;
}
export interface SubheadingPart extends PartBase {
  kind: "subheading";
  text: string;
}
export interface SummaryPart extends PartBase {
  kind: "summary";
  /** "AUSTIN, Texas — April 6, 2027 —" when present. */
  dateline: string | null;
}
export interface ProblemPart extends PartBase {
  kind: "problem";
  /** True when the problem is stated inside another part's paragraph (often the summary). */
  embedded?: boolean;
}
export interface SolutionPart extends PartBase {
  kind: "solution";
  /** True when the product is described inside another part's paragraph. */
  embedded?: boolean;
}
export interface QuotePart extends PartBase {
  kind: "quote";
  /** Who is speaking: someone from the company, or a customer. */
  voice: "spokesperson" | "customer";
  speaker: QuoteSpeaker | null;
  quoteText: string;
  /**
   * The speaker is the person who announces the product ("Today, Jeff Watson
   * released ApplyKit"): a builder's words speak for the maker, whatever voice they take.
   */
  byMaker?: boolean;
}
export interface GettingStartedPart extends PartBase {
  kind: "getting-started";
  /** True when the call to action sits inside another part's paragraph. */
  embedded?: boolean;
}
export interface FaqPart extends PartBase {
  kind: "faq";
  audience: FaqAudience;
  entries: FaqEntry[];
  /** The title of the group this FAQ is, when a parent FAQ is split by audience ("For fans", "Stakeholder FAQs"). */
  group: string | null;
  /**
   * What the audience was read from: the FAQ's own heading or label, its group's title, its sibling groups
   * (the others are named for customers, so this one is not), or its questions' ids ("EFAQ-01", "IFAQ-01").
   * Null when nothing says who it is for.
   */
  audienceFrom: "label" | "group" | "siblings" | "ids" | "parent" | null;
}
export interface SuccessMetricsPart extends PartBase {
  kind: "success-metrics";
  /** True when the metrics are the answer to a FAQ question ("What does success look like?"), or stated in passing. */
  embedded?: boolean;
  /** True when the measure is named in passing inside another answer or section ("The north-star metric is…"). */
  inPassing?: boolean;
}
export interface KillCriteriaPart extends PartBase {
  kind: "kill-criteria";
  /** True when the criteria are the answer to a FAQ question ("What would make us stop?"), or stated in passing. */
  embedded?: boolean;
  /**
   * True when the criteria are sentences in passing inside another answer or section ("If fewer than three in ten
   * sign up, we revisit the wedge"): the blocks hold them, with whatever else those paragraphs say.
   */
  inPassing?: boolean;
}
export interface DecisionPart extends PartBase {
  kind: "decision";
}
export interface AppendixPart extends PartBase {
  kind: "appendix";
}
export interface OtherPart extends PartBase {
  kind: "other";
  title: string;
}

export type Part =
  | HeadlinePart
  | SubheadingPart
  | SummaryPart
  | ProblemPart
  | SolutionPart
  | QuotePart
  | GettingStartedPart
  | FaqPart
  | SuccessMetricsPart
  | KillCriteriaPart
  | DecisionPart
  | AppendixPart
  | OtherPart;

export type PartKind = Part["kind"];

/** The parts of the press release, headline to getting started: what a customer reads first. */
export const PRESS_RELEASE_KINDS: ReadonlySet<PartKind> = new Set<PartKind>(["headline", "subheading", "summary", "problem", "solution", "quote", "getting-started"]);

export interface FrontMatter {
  /** The parsed mapping; empty when it could not be parsed. */
  data: Record<string, unknown>;
  span: Span;
  /** Why the YAML could not be read, when it could not. */
  error: { message: string; span: Span } | null;
}

/** Recorded decision, from the front matter or a Decision section. */
export interface DecisionRecord {
  outcome: "proceed" | "revise" | "kill" | null;
  reason: string | null;
  date: string | null;
  /** Whether the record refers to the kill criteria (met, missed, named). */
  citesCriteria: boolean;
  span: Span;
}

export interface InlineDirective {
  kind: "disable" | "enable" | "disable-next-line" | "disable-line";
  /** Rule ids; empty means every rule. */
  rules: string[];
  span: Span;
}

export interface PrfaqDocument {
  text: string;
  /**
   * "prfaq" for a press release with FAQs; "brief" for a one-page customer
   * brief (customer, problem, outcome, solution, hard questions, kill
   * criteria), declared with `format: brief` in the front matter.
   */
  format: "prfaq" | "brief";
  /** Offsets at which each line starts. */
  lineStarts: number[];
  frontMatter: FrontMatter | null;
  blocks: Block[];
  /** Parts in document order. */
  parts: Part[];
  /** The span of the press release, from headline to the last press-release part. */
  pressRelease: Span | null;
  /** The name of the product, as the press release calls it, when it can be told. */
  productName: string | null;
  decision: DecisionRecord | null;
  directives: InlineDirective[];
}
