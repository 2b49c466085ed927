import type { Lexicons, PhraseMatch } from "../lexicons";
import { matchTokens, type MatchToken } from "../lexicons/match";
import type { Block, FaqEntry, FaqPart, Part, PartKind, PrfaqDocument, Sentence } from "../model/types";
import type { Target } from "../engine/types";
import { countWords } from "../parse/text";

type PartOf<K extends PartKind> = Extract<Part, { kind: K }>;

export interface SentenceMatch {
  sentence: Sentence;
  match: PhraseMatch;
}

const INTERNAL_FLAVOUR =
  /\b(competitors?|competition|cannibali[sz]\w*|why now|why hasn't|why has no one|why has nobody|why haven't we|why us|should we|what if|margins?|revenue|profit\w*|invest\w*|headcount|staff\w*|cost (?:us|to build|to run|to operate|of building)|our costs?|risks?|go wrong|get wrong|first version|v1|dependenc\w*|depend on|legal|liabilit\w*|roadmap|budget|market size|how many customers|tam|business model|unit economics|payback|break even|build vs\.? buy|delay the launch)\b/i;

/**
 * Results that depend only on a piece of text (its words, its lexicon
 * matches), kept across documents by one critic. When an editor re-checks a
 * document after a keystroke, every unchanged sentence is answered from here.
 */
export class TextMemo {
  private readonly maps = new Map<string, Map<string, unknown>>();

  constructor(private readonly capacity = 20_000) {}

  get<T>(space: string, key: string, compute: () => T): T {
    let map = this.maps.get(space);
    if (!map) {
      map = new Map();
      this.maps.set(space, map);
    }
    if (map.has(key)) return map.get(key) as T;
    const value = compute();
    if (map.size >= this.capacity) map.clear();
    map.set(key, value);
    return value;
  }
}

/**
 * Facts about a document that several rules need, computed once on first use
 * and shared, so no rule reparses or rescans what another already read.
 */
export class Analysis {
  private readonly cache = new Map<string, unknown>();

  constructor(
    readonly doc: PrfaqDocument,
    readonly lexicons: Lexicons,
    private readonly textMemo: TextMemo = new TextMemo(),
  ) {}

  /** Words in a piece of text, counted once per distinct text. */
  wordCount(text: string): number {
    return this.textMemo.get("words", text, () => countWords(text));
  }

  private memo<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  parts<K extends PartKind>(kind: K): PartOf<K>[] {
    return this.memo(`parts:${kind}`, () => this.doc.parts.filter((p): p is PartOf<K> => p.kind === kind));
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
      const kinds = new Set<PartKind>(["headline", "subheading", "summary", "problem", "solution", "quote", "getting-started"]);
      return this.doc.parts.filter((p) => kinds.has(p.kind)).flatMap((p) => p.blocks);
    });
  }

  get pressReleaseText(): string {
    return this.memo("prText", () => this.pressReleaseBlocks.map((b) => b.text).join("\n"));
  }

  get pressReleaseWords(): number {
    return this.memo("prWords", () => countWords(this.pressReleaseText));
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
    return this.textMemo.get("tokens", sentence.text, () => matchTokens(sentence.text));
  }

  /** Every match of a lexicon in the prose, by sentence. */
  matches(lexicon: string, blocks: Block[] = this.proseBlocks): SentenceMatch[] {
    const compute = () => {
      const matcher = this.lexicons.matcher(lexicon);
      const out: SentenceMatch[] = [];
      for (const block of blocks) {
        // Regular-expression entries run once over the block, then are placed in their sentences.
        const patterns = matcher.hasPatterns ? this.textMemo.get(`patterns:${lexicon}`, block.text, () => matcher.findPatterns(block.text)) : [];
        for (const sentence of block.sentences) {
          const found = [...this.textMemo.get(`words:${lexicon}`, sentence.text, () => matcher.findWords(sentence.text, this.tokensOf(sentence)))];
          for (const p of patterns) {
            if (p.start < sentence.start || p.end > sentence.end) continue;
            const start = p.start - sentence.start;
            const end = p.end - sentence.start;
            if (!found.some((f) => start < f.end && end > f.start)) found.push({ ...p, start, end });
          }
          if (patterns.length) found.sort((a, b) => a.start - b.start);
          for (const match of found) out.push({ sentence, match });
        }
      }
      return out;
    };
    return blocks === this.proseBlocks ? this.memo(`matches:${lexicon}`, compute) : compute();
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
}
