import type { Lexicons, PhraseMatch } from "../lexicons";
import { literalScanner, matchTokens, type LiteralScanner, type MatchToken } from "../lexicons/match";
import { PRESS_RELEASE_KINDS, type Block, type FaqEntry, type FaqPart, type Part, type PartKind, type PrfaqDocument, type QuotePart, type Sentence } from "../model/types";
import type { Target } from "../engine/types";
import { languageOf, type DocumentLanguage } from "./language";
import { countWords } from "../parse/text";
import { judgeAnswer, type AnswerQuality } from "./answers";
import { classifyQuestion, coverageOf, type AskedQuestion, type Coverage, type Passage } from "./hard-questions";
import { findMeasures, type Measure } from "./measures";
import { findPeople, looksLikeName, productNamesIn, type PersonMention } from "./people";
import { describesCustomerByRole } from "./described-customer";

type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;

export interface SentenceMatch {
  sentence: Sentence;
  match: PhraseMatch;
}

/** A person named in the press release, with where they were named. */
export interface PersonInText {
  mention: PersonMention;
  sentence: Sentence;
  part: Part | undefined;
}

/** The representative customer: a named person with a role or a situation. */
export interface RepresentativeCustomer {
  name: string;
  /** Words of the name, lower-cased, to find later mentions. */
  parts: string[];
  /** Where they are first named: a sentence, or a customer quote's attribution. */
  sentence: Sentence | null;
  quote: QuotePart | null;
  role: string | null;
}

const ENGLISH_MARKERS = new Set(["the", "and", "of", "to", "is", "a", "in", "for", "with", "that", "it", "we", "are", "on", "this"]);

const INTERNAL_FLAVOUR =
  /\b(competitors?|competition|cannibali[sz]\w*|why now|why hasn't|why has no one|why has nobody|why haven't we|why us|should we|what if|margins?|revenue|profit\w*|invest\w*|headcount|staff\w*|cost (?:us|to build|to run|to operate|of building)|our costs?|risks?|go wrong|get wrong|first version|v1|dependenc\w*|depend on|legal|liabilit\w*|roadmap|budget|market size|how many customers|tam|business model|unit economics|payback|break even|build vs\.? buy|delay the launch)\b/i;

/**
 * Results that depend only on a piece of text (its words, its lexicon
 * matches), kept across documents by one critic. When an editor re-checks a
 * document after a keystroke, every unchanged sentence is answered from here.
 */
const NO_MATCHES: PhraseMatch[] = [];

/** Where the text's third word starts, or Infinity when it has fewer: a name starting there or before has at most two words before it. */
function thirdWordStart(text: string): number {
  const words = /\S+/g;
  let m: RegExpExecArray | null;
  for (let n = 0; (m = words.exec(text)); n++) if (n === 2) return m.index;
  return Infinity;
}
const NO_PARTS: Part[] = [];

/** The word lists `projectContext` tests the whole source against. */
const PROJECT_LEXICONS = ["solo-or-open-source", "other-offerings", "internal-tool"];

/**
 * One scan of a paragraph for what any of the project lists needs (a piece of
 * one of its words, a literal of one of its patterns), by lexicons: most
 * paragraphs hold none, and are then neither split into words nor matched.
 */
interface ProjectScan {
  scan: LiteralScanner;
  /**
   * For each list, the pieces a paragraph must hold all of, for one of its word sequences to be there: the longest,
   * which the scan looks for, and by it the others of each sequence, looked for only where it is found.
   */
  words: Map<string, Map<string, string[][]>>;
}

const projectScans = new WeakMap<Lexicons, ProjectScan>();

function projectScanOf(lexicons: Lexicons): ProjectScan {
  let known = projectScans.get(lexicons);
  if (!known) {
    const matchers = PROJECT_LEXICONS.map((name) => lexicons.matcher(name));
    const words = new Map(
      PROJECT_LEXICONS.map((name, i) => {
        const byLongest = new Map<string, string[][]>();
        for (const pieces of matchers[i].requiredWords()) {
          const longest = pieces.reduce((a, b) => (b.length > a.length ? b : a));
          const others = pieces.filter((piece) => piece !== longest);
          const filed = byLongest.get(longest);
          if (filed) filed.push(others);
          else byLongest.set(longest, [others]);
        }
        return [name, byLongest];
      }),
    );
    const literals = matchers.flatMap((m, i) => [...m.requiredLiterals(), ...words.get(PROJECT_LEXICONS[i])!.keys()]);
    known = { scan: literalScanner(literals), words };
    projectScans.set(lexicons, known);
  }
  return known;
}

export class TextMemo {
  private readonly maps = new Map<string, Map<string, unknown>>();

  constructor(private readonly capacity = 20_000) {}

  get<T>(space: string, key: string, compute: () => T): T {
    return this.lookup(this.space<T>(space), key, compute);
  }

  /** The memo for one kind of result; fetch it once outside a loop, then `lookup` in it. */
  space<T>(space: string): Map<string, T> {
    let map = this.maps.get(space);
    if (!map) {
      map = new Map();
      this.maps.set(space, map);
    }
    return map as Map<string, T>;
  }

  lookup<T>(map: Map<string, T>, key: string, compute: () => T): T {
    // Nothing stored here is undefined, so a miss costs one lookup, not two.
    const hit = map.get(key);
    return hit !== undefined ? hit : this.remember(map, key, compute());
  }

  /**
   * Stores a result computed after a miss and returns it. Paths that run for
   * every sentence call `get` and this themselves, rather than `lookup`, so
   * that a hit allocates no closure.
   */
  remember<T>(map: Map<string, T>, key: string, value: T): T {
    if (map.size >= this.capacity) map.clear();
    map.set(key, value);
    return value;
  }
}

/**
 * Facts about a document that several rules need, computed once on first use
 * and shared, so no rule reparses or rescans what another already read.
 */
/** What a document says about who makes it and for whom; some hard questions only apply to a business with a market. */
export interface ProjectContext {
  soloOrOpenSource: boolean;
  otherOfferings: boolean;
  /** Built by an organization for its own people. */
  internalTool: boolean;
}

export class Analysis {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly doc: PrfaqDocument,
    readonly lexicons: Lexicons,
    private readonly textMemo: TextMemo = new TextMemo(),
  ) {}

  /** Words in a piece of text, counted once per distinct text. */
  wordCount(text: string): number {
    const memo = (this.wordMemo ??= this.textMemo.space<number>("words"));
    return memo.get(text) ?? this.textMemo.remember(memo, text, countWords(text));
  }

  private wordMemo: Map<string, number> | undefined;

  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  private partsByKind: Map<PartKind, Part[]> | undefined;

  parts<K extends PartKind>(kind: K): PartOf<K>[] {
    if (!this.partsByKind) {
      this.partsByKind = new Map();
      for (const part of this.doc.parts) {
        const list = this.partsByKind.get(part.kind);
        if (list) list.push(part);
        else this.partsByKind.set(part.kind, [part]);
      }
      // A part's own paragraphs come before a paragraph of another part that also states it ("embedded").
      const embedded = (p: Part) => "embedded" in p && p.embedded === true;
      for (const [kind, list] of this.partsByKind) if (list.some(embedded) && !list.every(embedded)) this.partsByKind.set(kind, [...list.filter((p) => !embedded(p)), ...list.filter(embedded)]);
    }
    return (this.partsByKind.get(kind) ?? NO_PARTS) as PartOf<K>[];
  }

  part<K extends PartKind>(kind: K): PartOf<K> | undefined {
    return this.parts(kind)[0];
  }

  has(kind: PartKind): boolean {
    return this.parts(kind).length > 0;
  }

  /** Blocks of prose (no code, HTML or front matter) in reading order. */
  get proseBlocks(): Block[] {
    return this.memo("proseBlocks", () => this.doc.blocks.filter((b) => b.kind === "paragraph" || b.kind === "heading" || b.kind === "table-row"));
  }

  get sentences(): Sentence[] {
    return this.memo("sentences", () => this.proseBlocks.flatMap((b) => b.sentences));
  }

  /** Blocks that belong to press-release parts (headline to getting started). */
  get pressReleaseBlocks(): Block[] {
    return this.memo("prBlocks", () => {
      return this.doc.parts.filter((p) => PRESS_RELEASE_KINDS.has(p.kind)).flatMap((p) => p.blocks);
    });
  }

  get pressReleaseText(): string {
    return this.memo("prText", () => this.pressReleaseBlocks.map((b) => b.text).join("\n"));
  }

  /**
   * Words of the press release as a reader meets them: each paragraph once (a
   * solution stated inside the problem's paragraph is the same words), and
   * only what lies within the release, not a problem or solution the FAQ answers.
   */
  get pressReleaseWords(): number {
    return this.memo("prWords", () => {
      const release = this.doc.pressRelease;
      const within = (b: Block) => !release || (b.span.start.offset >= release.start.offset && b.span.end.offset <= release.end.offset);
      return countWords([...new Set(this.pressReleaseBlocks)].filter(within).map((b) => b.text).join("\n"));
    });
  }

  textOf(part: Part | undefined): string {
    return part ? part.blocks.map((b) => b.text).join("\n") : "";
  }

  get faqs(): FaqPart[] {
    return this.parts("faq");
  }

  get faqEntries(): FaqEntry[] {
    return this.memo("faqEntries", () => this.faqs.flatMap((f) => f.entries));
  }

  /**
   * Entries that face the business: the internal FAQ, plus questions in an
   * undivided FAQ that ask about us (cost, competitors, risk) rather than
   * about using the product.
   */
  get internalEntries(): FaqEntry[] {
    return this.memo("internalEntries", () => {
      const internal = this.faqEntries.filter((e) => e.audience === "internal");
      const hasInternalFaq = this.faqs.some((f) => f.audience === "internal");
      if (hasInternalFaq) return internal;
      return this.faqEntries.filter((e) => e.audience === "unspecified" && INTERNAL_FLAVOUR.test(e.questionText));
    });
  }

  get customerEntries(): FaqEntry[] {
    return this.memo("customerEntries", () => {
      const internal = new Set(this.internalEntries);
      return this.faqEntries.filter((e) => e.audience === "customer" || (e.audience === "unspecified" && !internal.has(e)));
    });
  }

  /** The sentence's words as the lexicon matchers compare them; split once, shared by every lexicon. */
  tokensOf(sentence: Sentence): MatchToken[] {
    const memo = (this.tokenMemo ??= this.textMemo.space<MatchToken[]>("tokens"));
    return memo.get(sentence.text) ?? this.textMemo.remember(memo, sentence.text, matchTokens(sentence.text));
  }

  /** A block's text lower-cased, once for all the lexicons that look at it. */
  private lowerOf(text: string): string {
    const memo = (this.lowerMemo ??= this.textMemo.space<string>("lower"));
    return memo.get(text) ?? this.textMemo.remember(memo, text, text.toLowerCase());
  }

  private lowerMemo: Map<string, string> | undefined;

  /** The pieces of lexicon patterns that occur in a block's text, found once for all lexicons. */
  private literalsIn(text: string): ReadonlySet<string> {
    const memo = (this.literalMemo ??= this.textMemo.space<ReadonlySet<string>>("literals"));
    return memo.get(text) ?? this.textMemo.remember(memo, text, this.lexicons.scanLiterals(this.lowerOf(text)));
  }

  private literalMemo: Map<string, ReadonlySet<string>> | undefined;

  /** Word and phrase matches of every lexicon in one sentence, from one walk over its words. */
  wordMatches(sentence: Sentence): Map<string, PhraseMatch[]> {
    const memo = (this.combinedMemo ??= this.textMemo.space<Map<string, PhraseMatch[]>>("combined-words"));
    return memo.get(sentence.text) ?? this.textMemo.remember(memo, sentence.text, this.lexicons.combined().findWords(sentence.text, this.tokensOf(sentence)));
  }

  private combinedMemo: Map<string, Map<string, PhraseMatch[]>> | undefined;

  /**
   * The prose sentences that match some lexicon's words, in order, with those
   * matches: rules ask after some thirty lexicons, and each would otherwise
   * look every sentence up again.
   */
  private get proseWordMatches(): { sentence: Sentence; byLexicon: Map<string, PhraseMatch[]> }[] {
    return this.memo("proseWordMatches", () => {
      // Most sentences match no lexicon's words; only the others are kept to be asked.
      const out: { sentence: Sentence; byLexicon: Map<string, PhraseMatch[]> }[] = [];
      for (const sentence of this.sentences) {
        const byLexicon = this.wordMatches(sentence);
        if (byLexicon.size) out.push({ sentence, byLexicon });
      }
      return out;
    });
  }

  private readonly proseMatches = new Map<string, SentenceMatch[]>();

  /** Every match of a lexicon in the prose (or in some blocks), by sentence. */
  matches(lexicon: string, blocks?: Block[]): SentenceMatch[] {
    if (blocks && blocks !== this.proseBlocks) return this.matchesIn(lexicon, blocks);
    let found = this.proseMatches.get(lexicon);
    if (!found) {
      const words: SentenceMatch[] = [];
      for (const { sentence, byLexicon } of this.proseWordMatches) {
        const sentenceMatches = byLexicon.get(lexicon);
        if (sentenceMatches) for (const match of sentenceMatches) words.push({ sentence, match });
      }
      found = this.lexicons.matcher(lexicon).hasPatterns ? this.withPatterns(lexicon, this.proseBlocks, words) : words;
      this.proseMatches.set(lexicon, found);
    }
    return found;
  }

  private matchesIn(lexicon: string, blocks: Block[]): SentenceMatch[] {
    const words: SentenceMatch[] = [];
    for (const block of blocks) {
      for (const sentence of block.sentences) for (const match of this.wordMatches(sentence).get(lexicon) ?? NO_MATCHES) words.push({ sentence, match });
    }
    return this.lexicons.matcher(lexicon).hasPatterns ? this.withPatterns(lexicon, blocks, words) : words;
  }

  /**
   * Adds a lexicon's regular-expression matches to its word matches, which
   * come in the order of the blocks' sentences. A pattern runs once over a
   * block, and its matches are placed in their sentences; where a word match
   * already covers the text, the word match stands.
   */
  private withPatterns(lexicon: string, blocks: Block[], words: SentenceMatch[]): SentenceMatch[] {
    const matcher = this.lexicons.matcher(lexicon);
    const patternMemo = this.textMemo.space<PhraseMatch[]>(`patterns:${lexicon}`);
    const scanned = this.lexicons.scans(lexicon);
    const patternsByBlock = blocks.map(
      (block) =>
        patternMemo.get(block.text) ??
        this.textMemo.remember(patternMemo, block.text, matcher.findPatterns(block.text, this.lowerOf(block.text), scanned ? this.literalsIn(block.text) : undefined)),
    );
    // Most lexicons' patterns match nowhere in a document: the word matches are the answer as they are.
    if (patternsByBlock.every((patterns) => !patterns.length)) return words;
    const out: SentenceMatch[] = [];
    let next = 0;
    blocks.forEach((block, b) => {
      const patterns = patternsByBlock[b];
      for (const sentence of block.sentences) {
        const first = next;
        while (next < words.length && words[next].sentence === sentence) next++;
        if (!patterns.length) {
          for (let i = first; i < next; i++) out.push(words[i]);
          continue;
        }
        const found = words.slice(first, next).map((w) => w.match);
        for (const p of patterns) {
          if (p.start < sentence.start || p.end > sentence.end) continue;
          const start = p.start - sentence.start;
          const end = p.end - sentence.start;
          if (!found.some((f) => start < f.end && end > f.start)) found.push({ ...p, start, end });
        }
        found.sort((a, b) => a.start - b.start);
        for (const match of found) out.push({ sentence, match });
      }
    });
    return out;
  }

  /** A report target for characters [from, to) of a sentence. */
  within(sentence: Sentence, from: number, to: number): Target {
    return { block: this.blockOf(sentence), start: sentence.start + from, end: sentence.start + to };
  }

  /** The block a sentence came from. */
  blockOf(sentence: Sentence): Block {
    return this.doc.blocks[sentence.block];
  }

  /** Which part holds a block, if any. */
  partOf(block: Block): Part | undefined {
    const index = this.memo("partIndex", () => {
      const map = new Map<Block, Part>();
      for (const part of this.doc.parts) {
        if (part.label) map.set(part.label, part);
        for (const b of part.blocks) if (!map.has(b)) map.set(b, part);
      }
      return map;
    });
    return index.get(block);
  }

  /** Results that depend only on a text, shared across documents by one critic. */
  memoText<T>(space: string, text: string, compute: () => T): T {
    return this.textMemo.get(space, text, compute);
  }

  /** Measured quantities in a sentence ("127 days", "22% of boosters"); bare numbers, years and dates are left out. */
  measures(sentence: Sentence): Measure[] {
    const memo = (this.measureMemo ??= this.textMemo.space<Measure[]>("measures"));
    return memo.get(sentence.text) ?? this.textMemo.remember(memo, sentence.text, findMeasures(sentence.text));
  }

  /** Measured quantities in some blocks, with the sentence each came from. */
  measuresIn(blocks: Block[]): { sentence: Sentence; measure: Measure }[] {
    return blocks.flatMap((b) => b.sentences.flatMap((sentence) => this.measures(sentence).map((measure) => ({ sentence, measure }))));
  }

  /** True when the prose reads as English; the word lists behind many rules are English. */
  get isEnglish(): boolean {
    return this.memo("isEnglish", () => {
      let words = 0;
      let markers = 0;
      for (const sentence of this.sentences) {
        for (const token of this.tokensOf(sentence)) {
          words++;
          if (ENGLISH_MARKERS.has(token.norm)) markers++;
        }
        if (words > 1500) break;
      }
      return words < 30 || markers / words > 0.08;
    });
  }

  /** The language the prose is written in (English, or the one the critic recognises). */
  get language(): DocumentLanguage {
    return this.memo("language", () => {
      const words: string[] = [];
      const texts: string[] = [];
      for (const sentence of this.sentences) {
        texts.push(sentence.text);
        for (const token of this.tokensOf(sentence)) words.push(token.norm);
        if (words.length > 1500) break;
      }
      return languageOf(texts.join("\n"), words, this.isEnglish);
    });
  }

  /**
   * Quotes from the company's side. A quote the parser took for the
   * spokesperson's counts as the customer's when its speaker tried the
   * product or is the person the problem is about.
   */
  get companyQuotes(): QuotePart[] {
    return this.memo("companyQuotes", () => {
      const problemText = this.blocksOf("summary", "problem").map((b) => b.text).join("\n");
      return this.parts("quote").filter((q) => {
        if (q.voice !== "spokesperson" || !q.speaker?.name) return false;
        if (/\b(?:who|after) (?:tested|tried|used|piloted|testing|trying|using)\b|\bcustomer\b|\bbeta\b/i.test(q.speaker.description ?? q.speaker.attribution)) return false;
        const surname = q.speaker.name.split(/\s+/).pop() ?? "";
        return !(surname.length > 2 && problemText.includes(surname));
      });
    });
  }

  /** Blocks of the press release that speak about the customer, not quotes from the company. */
  private get customerFacingBlocks(): Block[] {
    return this.memo("customerFacingBlocks", () => {
      const company = new Set<Part>(this.companyQuotes);
      return this.doc.parts
        .filter((p) => (PRESS_RELEASE_KINDS.has(p.kind) && !company.has(p)) || this.customerSections.includes(p))
        .flatMap((p) => p.blocks);
    });
  }

  /** Sections headed "Customer" or "The customer" (a brief's first section, a PR/FAQ's persona section). */
  get customerSections(): Part[] {
    return this.memo("customerSections", () => this.doc.parts.filter((p) => p.kind === "other" && p.label?.names === "customer"));
  }

  /** People named in the press release (outside the company's own quotes). */
  get peopleInPressRelease(): PersonInText[] {
    return this.memo("people", () => {
      const lexicons = { firstNames: this.lexicons.matcher("first-names"), famous: this.lexicons.matcher("famous-people") };
      const exclude = new Set<string>();
      if (this.doc.productName) for (const w of this.doc.productName.split(/\s+/)) exclude.add(w.toLowerCase());
      for (const product of productNamesIn(this.doc.text)) exclude.add(product);
      for (const q of this.companyQuotes) {
        for (const w of q.speaker!.name!.split(/\s+/)) if (!/^(?:dr|mr|mrs|ms|prof)\.?$/i.test(w)) exclude.add(w.toLowerCase());
      }
      const out: PersonInText[] = [];
      for (const block of this.customerFacingBlocks) {
        block.sentences.forEach((sentence, i) => {
          const next = block.sentences[i + 1]?.text ?? "";
          for (const mention of findPeople(sentence.text, next, lexicons, exclude)) out.push({ mention, sentence, part: this.partOf(block) });
        });
      }
      return out;
    });
  }

  /**
   * Named customers with a role or a situation: a person the press release
   * describes, or a named customer quoted with who they are.
   */
  /** A customer described by role and situation, named or not: asked by more than one customer rule. */
  get describesCustomerByRole(): boolean {
    return this.memo("describesCustomerByRole", () => describesCustomerByRole(this, this.lexicons.matcher("placeholders")));
  }

  get representativeCustomers(): RepresentativeCustomer[] {
    return this.memo("representatives", () => {
      const out: RepresentativeCustomer[] = [];
      const anonymous = this.lexicons.matcher("anonymous-speakers");
      const placeholders = this.lexicons.matcher("placeholders");
      const famous = this.lexicons.matcher("famous-people");
      // Counting the words before each name would cost the sentence's length for every name in it.
      const thirdWords = new Map<Sentence, number>();
      for (const { mention, sentence } of this.peopleInPressRelease) {
        const words = this.wordCount(sentence.text);
        let thirdWord = thirdWords.get(sentence);
        if (thirdWord === undefined) thirdWords.set(sentence, (thirdWord = thirdWordStart(sentence.text)));
        const isSubject = mention.start <= thirdWord;
        if (mention.role || (isSubject && words >= 5)) {
          out.push({ name: mention.name, parts: mention.parts, sentence, quote: null, role: mention.role });
        }
      }
      for (const quote of this.parts("quote")) {
        const name = quote.speaker?.name;
        if (!name || this.companyQuotes.includes(quote)) continue;
        if (!looksLikeName(name) || anonymous.test(name) || placeholders.test(quote.speaker?.attribution ?? name) || famous.test(name)) continue;
        const parts = name.split(/\s+/).filter((w) => !/^(?:dr|mr|mrs|ms|prof)\.?$/i.test(w)).map((w) => w.toLowerCase());
        const described = !!quote.speaker?.description || out.some((r) => r.parts.some((p) => parts.includes(p)));
        if (parts.length >= 1 && described && /^\p{Lu}/u.test(name)) out.push({ name, parts, sentence: null, quote, role: quote.speaker?.description ?? null });
      }
      return out;
    });
  }

  private measureMemo: Map<string, Measure[]> | undefined;
  private readonly answers = new Map<FaqEntry, AnswerQuality>();
  private tokenMemo: Map<string, MatchToken[]> | undefined;

  /** How an FAQ entry's answer stands: answered, evasive, an echo of the question, dismissive or empty. */
  answerQuality(entry: FaqEntry): AnswerQuality {
    let quality = this.answers.get(entry);
    if (!quality) {
      quality = judgeAnswer(entry, {
        evasive: this.lexicons.matcher("evasive-answers"),
        dismissive: this.lexicons.matcher("dismissive-answers"),
        denial: this.lexicons.matcher("denial-answers"),
      });
      this.answers.set(entry, quality);
    }
    return quality;
  }

  /** FAQ entries not addressed to customers: the internal FAQ and any undivided FAQ. */
  get businessEntries(): FaqEntry[] {
    return this.memo("businessEntries", () => {
      const internal = new Set(this.internalEntries);
      return this.faqEntries.filter((e) => internal.has(e) || e.audience !== "customer");
    });
  }

  /** What each business-facing FAQ question asks, among the hard questions (built-in and configured). */
  get askedQuestions(): AskedQuestion[] {
    return this.memo("askedQuestions", () => {
      // Which hard questions a question asks depends only on its words (and its topic heading): remember it by them.
      const remembered = this.textMemo.space<Pick<AskedQuestion, "asks" | "stuffedWith">>("asked");
      return this.businessEntries.map((entry) => {
        const { asks, stuffedWith } = this.textMemo.lookup(remembered, `${entry.questionText}\u0000${entry.topic ?? ""}`, () => classifyQuestion(entry, this.lexicons.hardQuestions));
        return { entry, asks, stuffedWith };
      });
    });
  }

  /**
   * A word list tested paragraph by paragraph over the whole source. Tokenizing
   * a 100 KB source in one piece took seconds on a second check in the same
   * process (the language server's case); paragraph by paragraph it is linear.
   */
  private anyParagraph(lexicon: string): boolean {
    const matcher = this.lexicons.matcher(lexicon);
    // Remembered by paragraph: a keystroke changes one, and tokenizing all of them again cost ~10 ms a check on 3,000 words.
    const memo = this.textMemo.space<boolean>(`paragraph:${lexicon}`);
    const tokens = this.textMemo.space<MatchToken[]>("paragraph-tokens");
    const present = this.textMemo.space<ReadonlySet<string>>("paragraph-project-literals");
    const { scan, words } = projectScanOf(this.lexicons);
    const required = words.get(lexicon)!;
    // Several word lists ask after the same paragraphs: one scan of each tells all of them whether their words or patterns
    // can match there, and a paragraph is split into words once, only when one of them can.
    const test = (paragraph: string): boolean => {
      const lower = this.lowerOf(paragraph);
      const found = present.get(paragraph) ?? this.textMemo.remember(present, paragraph, scan(lower));
      // A scan finds a literal or two in most paragraphs: look those up, rather than each of the list's sequences.
      let mayHoldWords = paragraph.includes("Σ");
      for (const literal of found) {
        if (mayHoldWords) break;
        mayHoldWords = !!required.get(literal)?.some((others) => others.every((piece) => lower.includes(piece)));
      }
      return (
        (mayHoldWords && matcher.findWords(paragraph, tokens.get(paragraph) ?? this.textMemo.remember(tokens, paragraph, matchTokens(paragraph))).length > 0) ||
        matcher.testPatterns(paragraph, lower, found)
      );
    };
    return this.paragraphs.some((paragraph) => memo.get(paragraph) ?? this.textMemo.remember(memo, paragraph, test(paragraph)));
  }

  private get paragraphs(): string[] {
    return this.memo("paragraphs", () => this.doc.text.split(/\n\s*\n/));
  }

  /**
   * What the document says about who makes it: an open-source or one-person
   * project, and whether the company sells anything else. Some hard questions
   * only apply to a business with products to protect.
   */
  get projectContext(): ProjectContext {
    return this.memo("projectContext", () => ({
      soloOrOpenSource: this.anyParagraph("solo-or-open-source"),
      otherOfferings: this.anyParagraph("other-offerings"),
      internalTool: this.anyParagraph("internal-tool"),
    }));
  }

  /** For every hard question: answered, dodged or missing. */
  get hardQuestionCoverage(): Coverage[] {
    return this.memo("coverage", () => {
      const sections = this.parts("other").map((part) => ({ part, title: part.title, text: this.textOf(part) }));
      const passages: Passage[] = [
        ...this.parts("other").flatMap((part) => part.blocks.map((block) => ({ block, part, entry: null }))),
        ...this.businessEntries.flatMap((entry) => entry.answer.map((block) => ({ block, part: null, entry }))),
      ].filter(({ block }) => block.kind !== "heading" && block.kind !== "code");
      return coverageOf(this.lexicons.hardQuestions, this.askedQuestions, (e) => this.answerQuality(e), sections, passages, (text) => this.wordCount(text));
    });
  }

  /** Words in the FAQs, questions and answers together. */
  get faqWords(): number {
    return this.memo("faqWords", () => this.faqs.reduce((n, f) => n + f.blocks.reduce((m, b) => m + this.wordCount(b.text), 0), 0));
  }

  /** Where a finding about the whole document points: its first line of content. */
  get topTarget(): Target {
    const top = this.doc.blocks.find((b) => b.kind !== "html" && b.text.trim());
    return top ? { block: top } : { span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  }

  /** Blocks of every part of the given kinds, in document order. */
  blocksOf(...kinds: PartKind[]): Block[] {
    // Rules ask for a handful of fixed lists of kinds; comparing them is cheaper than building a key.
    const known = this.blocksByKinds.find((entry) => entry.kinds.length === kinds.length && entry.kinds.every((kind, i) => kind === kinds[i]));
    if (known) return known.blocks;
    const blocks = this.doc.parts.filter((p) => kinds.includes(p.kind)).flatMap((p) => p.blocks);
    this.blocksByKinds.push({ kinds, blocks });
    return blocks;
  }

  private readonly blocksByKinds: { kinds: PartKind[]; blocks: Block[] }[] = [];

  /** The answer blocks of FAQ entries. */
  get answerBlocks(): Block[] {
    return this.memo("answerBlocks", () => this.faqEntries.flatMap((e) => e.answer));
  }

  /** True when characters [start, end) of a block's text were inline code in the source (`like this`). */
  isInCode(block: Block, start: number, end: number = start + 1): boolean {
    const text = this.doc.text;
    const from = block.sourceOffset(start);
    const lineStart = text.lastIndexOf("\n", from - 1) + 1;
    let ticks = 0;
    for (let i = lineStart; i < from; i++) if (text.charCodeAt(i) === 96) ticks++;
    if (ticks % 2 === 1) return true;
    const to = block.sourceOffset(Math.max(start, end - 1));
    return text.charCodeAt(from - 1) === 96 && text.charCodeAt(to + 1) === 96;
  }

  /**
   * True when a match is part of a name or title written in capitals
   * mid-sentence ("the AI Leverage Score", "the Most Innovative prize"):
   * a name says what something is called, not what the author claims. A
   * headline in title case gives no such sign, so it never counts.
   */
  isInName(sentence: Sentence, start: number, end: number): boolean {
    const text = sentence.text;
    if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
    const before = text.slice(0, start);
    // The first word of a sentence, a list item, a quote or a label is capitalised anyway.
    if (!before.trim() || /[:"“(*\-–—•]\s*$/.test(before)) return false;
    // Title case is judged without the first word and acronyms, which are capitalised anyway: "What is the AI Leverage Score?" is not a title.
    const words = (text.replace(/^\s*(?:Q|A|Q\d+|\d+)[:.)]\s*/, "").match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? []).slice(1).filter((w) => !/^[\p{Lu}\d]+$/u.test(w));
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 3 && capitalised / words.length > 0.6) return false;
    const previous = /([\p{L}][\p{L}\p{N}'’-]*)\s+$/u.exec(before)?.[1] ?? "";
    const next = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(text.slice(end))?.[1] ?? "";
    return /^\p{Lu}/u.test(previous) || /^\p{Lu}/u.test(next);
  }

  /** True when a match is the first half of a hyphenated compound ("user-facing", "cleaner-code"). */
  isCompound(sentence: Sentence, end: number): boolean {
    return /^[-‐‑][\p{L}]/u.test(sentence.text.slice(end, end + 2));
  }

  /**
   * Where the problem is, when the parser found no problem paragraph: the
   * headline, subheading and summary, and the first paragraph after the
   * summary, which is where a press release usually turns to the problem.
   */
  get problemFallbackBlocks(): Block[] {
    return this.memo("problemFallback", () => {
      const head = this.blocksOf("headline", "subheading", "summary");
      const summary = this.parts("summary")[0];
      const next = summary ? this.doc.parts[this.doc.parts.indexOf(summary) + 1] : undefined;
      const first = next && (next.kind === "solution" || next.kind === "other") ? next.blocks.filter((b) => b.kind === "paragraph").slice(0, 1) : [];
      return [...head, ...first];
    });
  }
}
