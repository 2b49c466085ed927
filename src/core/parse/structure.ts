import { attributionVerbs, callToActionCues, customerSpeakerCues, problemCues, solutionCues, spokespersonTitles } from "../lexicons/cues";
import { compilePhrases } from "../lexicons/match";
import { joinSpans } from "../model/positions";
import type { Block, Part, QuotePart, QuoteSpeaker, SectionKind, Span } from "../model/types";
import { parseFaq } from "./faq";
import { hasQuestionPrefix, isDocumentTitle } from "./labels";
import { countWords } from "./text";

/** A stretch of the document under one heading or label. */
export interface Region {
  kind: SectionKind | null;
  label: Block | null;
  level: number;
  blocks: Block[];
  /** Kinds of the enclosing regions, outermost first. */
  within: (SectionKind | null)[];
}

const LABEL_LEVEL = 7;
const FAQ_KINDS = new Set<SectionKind>(["faq", "customer-faq", "internal-faq"]);
const AFTER_PRESS_RELEASE = new Set<SectionKind>([
  "faq", "customer-faq", "internal-faq", "success-metrics", "kill-criteria", "decision", "appendix",
]);
const ANYWHERE = new Set<SectionKind>([...AFTER_PRESS_RELEASE]);
const PRESS_RELEASE_PARTS = new Set<SectionKind>([
  "headline", "subheading", "summary", "problem", "solution", "spokesperson-quote", "customer-quote", "quotes",
  "getting-started",
]);

function isQuestionLike(block: Block): boolean {
  const text = block.text.trim();
  if (block.kind === "heading") return /\?\s*$/.test(text);
  if (block.kind !== "paragraph") return false;
  if (hasQuestionPrefix(text)) return true;
  return !!block.leadEmphasis && /\?\s*$/.test(block.leadEmphasis) && (block.emphasised || block.leadEmphasis.length >= text.length - 2);
}

/** True when another question of the same form follows soon, before any named section. */
function questionFollows(blocks: Block[], index: number): boolean {
  const first = blocks[index];
  for (let i = index + 1; i < Math.min(blocks.length, index + 16); i++) {
    const b = blocks[i];
    if (b.names) return false;
    if (first.kind === "heading" && b.kind === "heading" && b.depth < first.depth) return false;
    if (isQuestionLike(b) && (b.kind === "heading") === (first.kind === "heading")) return true;
  }
  return false;
}

export function buildRegions(blocks: Block[]): Region[] {
  const regions: Region[] = [];
  const stack: { kind: SectionKind | null; level: number }[] = [];
  let current: Region = { kind: null, label: null, level: 0, blocks: [], within: [] };
  regions.push(current);
  const inFaqDeeperThan = (level: number) => stack.some((s) => s.kind && FAQ_KINDS.has(s.kind) && s.level < level);
  const inPressReleaseDeeperThan = (level: number) =>
    stack.some((s) => s.kind && (s.kind === "press-release" || PRESS_RELEASE_PARTS.has(s.kind)) && s.level < level);
  const open = (kind: SectionKind | null, level: number, label: Block) => {
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    current = { kind, label, level, blocks: [], within: stack.map((s) => s.kind) };
    stack.push({ kind, level });
    regions.push(current);
  };
  blocks.forEach((block, index) => {
    const isHeading = block.kind === "heading";
    const names = block.names;
    if (!names && isQuestionLike(block) && !inFaqDeeperThan(LABEL_LEVEL + 1) && questionFollows(blocks, index)) {
      // Questions and answers with no FAQ heading: an FAQ all the same.
      const level = isHeading ? block.depth - 0.5 : LABEL_LEVEL;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      current = { kind: "faq", label: null, level, blocks: [block], within: stack.map((s) => s.kind) };
      stack.push({ kind: "faq", level });
      regions.push(current);
      return;
    }
    if (!isHeading && !names) {
      current.blocks.push(block);
      return;
    }
    const level = isHeading ? block.depth : LABEL_LEVEL;
    if (names) {
      const faqContext = inFaqDeeperThan(level);
      if (faqContext && !ANYWHERE.has(names)) {
        current.blocks.push(block);
        return;
      }
      if (!block.labelOnly && !isHeading && !PRESS_RELEASE_PARTS.has(names) && !ANYWHERE.has(names)) {
        current.blocks.push(block);
        return;
      }
      open(names, level, block);
      if (!block.labelOnly) current.blocks.push(block);
      return;
    }
    if (inFaqDeeperThan(level) || inPressReleaseDeeperThan(level)) {
      current.blocks.push(block);
      return;
    }
    open(null, level, block);
  });
  return regions.filter((r) => r.label || r.blocks.length);
}

const isProse = (b: Block) => (b.kind === "paragraph" || b.kind === "table-row") && b.text.trim() !== "" && !b.labelOnly;

function spanOf(blocks: Block[], label: Block | null): Span {
  const all = label ? [label, ...blocks] : blocks;
  return joinSpans(all[0].span, all[all.length - 1].span);
}

/** Text after a "Title:"-style label on the same line. */
function afterInlineLabel(block: Block): string {
  if (!block.names || block.labelOnly) return block.text.trim();
  const m = /^\s*[^:\n]{2,48}?:\s+/.exec(block.text);
  if (m) return block.text.slice(m[0].length).trim();
  if (block.leadEmphasis && block.text.startsWith(block.leadEmphasis)) return block.text.slice(block.leadEmphasis.length).trim();
  return block.text.trim();
}

const MONTH = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|[Jj]anuar|[Ff]ebruar|[Mm]ärz|[Mm]ai|[Jj]uni|[Jj]uli|[Oo]ktober|[Dd]ezember)[\p{L}]*\.?`;
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\.?\\s+${MONTH}\\s+\\d{4}|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|[Qq][1-4]\\s+\\d{4}|\\[[^\\]]*(?:date|DATE|Date)[^\\]]*\\])`;
const PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:[ ,]+(?:\\p{Lu}[\\p{L}.'’-]*|\\d{5}))*";
/** "AUSTIN, Texas — April 6, 2027 —", "LEEDS —", "(Mar 2026) –", "April 30, 2026 -". */
const DATELINE = new RegExp(
  `^\\s*(?:${PLACE}\\s*[,]?\\s*(?:\\(?${DATE}\\)?\\s*)?[—–-]{1,2}(?=\\s)|\\(?${DATE}\\)?\\s*[—–.-]{1,2}(?=\\s)|${PLACE},?\\s+${DATE}\\b)`,
  "u",
);

export function datelineOf(text: string): string | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m.index + m[0].length);
  const tail = /^\s*[—–-]{1,2}\s*/.exec(rest);
  return (m[0] + (tail ? tail[0] : "")).trim();
}

const IMMEDIATE_RELEASE = /^\s*(?:for (?:immediate )?release|embargoed|not for (?:distribution|release))\b[^.]{0,60}$/i;
const attribution = compilePhrases(attributionVerbs);
const spokesperson = compilePhrases(spokespersonTitles);
const customerSpeaker = compilePhrases(customerSpeakerCues);
const problemWords = compilePhrases(problemCues);
const solutionWords = compilePhrases(solutionCues);
const callToAction = compilePhrases(callToActionCues);

/** "— Ada Greene, director of Development Services", standing on its own line. */
function isAttributionLine(block: Block): boolean {
  const text = block.text.trim();
  return countWords(text) <= 14 && !/[.!?]$/.test(text.replace(/\.$/, "")) && /^[—–-]*\s*(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*,\s*\S/u.test(text);
}

/** True when the paragraph is a quote with an attribution, or a bare quotation. */
export function isQuoteBlock(block: Block): boolean {
  const text = block.text.trim();
  const quoted = /["“„«]([^"”“„«»]{12,})["”“»]/.exec(text);
  if (!quoted) return false;
  if (/^["“„«]/.test(text) && quoted[1].length > text.length * 0.4) return true;
  return attribution.test(text.replace(quoted[0], " ")) || /["”»]\s*[—–-]\s+\p{Lu}/u.test(text);
}

function parseSpeaker(text: string): { quoteText: string; speaker: QuoteSpeaker | null } {
  const pieces: string[] = [];
  const re = /["“„«]([^"”“„«»]+)["”“»]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) pieces.push(m[1].trim());
  const outside = text.replace(re, " | ").replace(/\s+/g, " ").trim();
  const quoteText = pieces.join(" ");
  const cleaned = outside
    .replace(/\|/g, "")
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, "")
    .trim();
  if (!cleaned) return { quoteText, speaker: null };
  let who = cleaned
    .replace(/\b(said|says|added|adds|explained|explains|noted|notes|commented|stated|states|shared|shares|told|recalls|recalled|remarked|continued|sagt|sagte|erklärt)\b/gi, " ")
    .replace(/\baccording to\b/gi, " ")
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!who) return { quoteText, speaker: null };
  who = who.replace(/\s*[,.]\s*$/, "");
  const nameMatch = /^((?:Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|da|del|la|le|bin|al)){1,3})/u.exec(who);
  let name: string | null = null;
  let description: string | null = who;
  if (nameMatch && nameMatch.index === 0 && !/^(The|A|An|Our|Their|One|Every|This|That)\b/.test(nameMatch[2])) {
    name = (nameMatch[1] ?? "") + nameMatch[2];
    description = who.slice(nameMatch[0].length).replace(/^[\s,–—-]+/, "").trim() || null;
  }
  return { quoteText, speaker: { name, description, attribution: cleaned } };
}

const SPOKESPERSON_CONTENT = /\b(our customers|our users|customers told us|we heard from|we are (?:excited|proud|thrilled|pleased|delighted)|we're (?:excited|proud|thrilled|pleased|delighted)|we (?:built|created|designed|launched|developed|want|believe|set out)|our (?:goal|mission|team|vision)|we see\b|for our customers)\b/i;
const CUSTOMER_CONTENT = /\b(I|I'm|I've|I'd|my|me|mine)\b|\b[Ww]e (?:used to|were|had to|spent|would|used)\b|\bsaved (?:me|us)\b|\b[Nn]ow (?:I|we) (?:can|see|get|know)\b|\bbefore \p{Lu}/u;

/** How strongly a quote speaks for the company (positive) or as a customer (negative). */
function voiceScore(speaker: QuoteSpeaker | null, quoteText: string, context: VoiceContext): { score: number; customerCues: number; companyCues: number } {
  const about = speaker?.attribution ?? "";
  const customerCues = customerSpeaker.count(about);
  let companyCues = spokesperson.count(about);
  let customer = customerCues;
  // "…, plant manager at Dunmore": the speaker's organisation decides whose side they speak for.
  const at = /(?:\b(?:at|of|from)|@|\bworks? for)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)/u.exec(speaker?.description ?? "");
  if (at) {
    const theirs = significantWords(at[1]);
    const ours = new Set([...significantWords(context.organisation ?? ""), ...significantWords(context.productName ?? "")]);
    if (theirs.some((w) => ours.has(w))) companyCues += 3;
    else if (ours.size) customer += 1;
  }
  let company = companyCues;
  if (SPOKESPERSON_CONTENT.test(quoteText)) company += 1;
  if (CUSTOMER_CONTENT.test(quoteText)) customer += 1;
  return { score: company - customer, customerCues, companyCues };
}

function significantWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{N}'’-]{2,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !/^(the|inc|ltd|llc|corp|group|company)$/.test(w));
}

interface VoiceContext {
  productName: string | null;
  /** Who makes the announcement ("Bellevue College is excited to announce…"). */
  organisation: string | null;
}

/** The organisation that announces, from the summary's "X today announced" or "X is excited to announce". */
export function announcingOrganisation(text: string): string | null {
  const m =
    /(?:^|[—–-]\s+|\.\s+|,\s+|\n\s*)(?:Today,?\s+)?((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|the)){0,6}?)(?:,[^,]{0,80},)?\s+(?:today\s+)?(?:announced|announces|launched|launches|released|releases|introduced|introduces|unveiled|unveils|started|is (?:excited|proud|pleased|thrilled) to announce|kündigt)/u.exec(text);
  if (!m) return null;
  const name = m[1].replace(/^the\s+/i, "").trim();
  return name.length >= 2 && !/^(We|Our|It|This|Today|They)$/.test(name) ? name : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const quoteScores = new WeakMap<QuotePart, { score: number; explicit: boolean; customerCues: number; companyCues: number }>();

function quotePart(blocks: Block[], label: Block | null, explicit: "spokesperson" | "customer" | null, context: VoiceContext, order: number): QuotePart {
  // A run-in label ("**Quotes.** “…”") is not part of the attribution.
  const text = blocks.map((b) => (b.names && b.leadEmphasis && b.text.startsWith(b.leadEmphasis) ? b.text.slice(b.leadEmphasis.length) : b.text)).join(" ");
  const { quoteText, speaker } = parseSpeaker(text);
  const { score, customerCues, companyCues } = voiceScore(speaker, quoteText, context);
  // The first quote of a press release is usually the company's; a named first speaker with
  // nothing marking them as a customer keeps that reading unless the evidence clearly says otherwise.
  const leaning = order === 0 && !!speaker?.name && customerCues === 0 ? score >= -1 : score > 0 || (score === 0 && order === 0);
  const voice = explicit ?? (leaning ? "spokesperson" : "customer");
  const part: QuotePart = { kind: "quote", voice, speaker, quoteText: quoteText || text, blocks, label, span: spanOf(blocks, label) };
  quoteScores.set(part, { score, explicit: !!explicit, customerCues, companyCues });
  return part;
}

/**
 * A press release normally quotes one person from the company and one
 * customer. When every quote leans the same way, the one that leans least
 * (the earliest, on a tie) is read as the other voice.
 */
function balanceVoices(quotes: QuotePart[]): void {
  if (quotes.length < 2) return;
  for (const missing of ["spokesperson", "customer"] as const) {
    if (quotes.some((q) => q.voice === missing)) continue;
    // Only a named speaker with nothing in their attribution that places them on the other side.
    const open = quotes.filter((q) => {
      const info = quoteScores.get(q);
      if (!info || info.explicit || !q.speaker?.name) return false;
      return missing === "spokesperson" ? info.customerCues === 0 : info.companyCues === 0;
    });
    if (!open.length) continue;
    const lean = (q: QuotePart) => (quoteScores.get(q)?.score ?? 0) * (missing === "spokesperson" ? 1 : -1);
    const pick = open.reduce((best, q) => (lean(q) > lean(best) ? q : best), open[0]);
    pick.voice = missing;
  }
}

/**
 * Splits a run of quote paragraphs into quotes: each new quotation starts a
 * quote, and an attribution line ("— Ada Greene, director") or a following
 * paragraph without quotation marks stays with the quote before it.
 */
function groupQuotes(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const b of blocks) {
    const startsQuote = /^\s*["“„«]/.test(b.text) || isQuoteBlock(b);
    const current = groups[groups.length - 1];
    const hasQuote = current?.some((x) => /["“„«]/.test(x.text));
    if (!current || (startsQuote && hasQuote)) groups.push([b]);
    else current.push(b);
  }
  return groups;
}

export function inferProductName(headline: string | null, pressReleaseText: string): string | null {
  const counts = new Map<string, number>();
  const bump = (name: string, by: number) => counts.set(name, (counts.get(name) ?? 0) + by);
  const launch =
    /\b(?:launch(?:ed|es)?|announc(?:ed|es)|introduc(?:ed|es)|unveil(?:ed|s)|releas(?:ed|es)|debut(?:ed|s)|present(?:ed|s)|publish(?:ed|es)|rolled out|rolls out)\s+(?:(?:the\s+)?(?:first|new|initial|beta|general)\s+(?:release|version|edition|availability)\s+of\s+)?(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+|first\s+|beta\s+)?((?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2})/gu;
  let m: RegExpExecArray | null;
  while ((m = launch.exec(pressReleaseText))) bump(m[1], 3);
  const subject = /(?:^|[.!?:]\s+|\bwith\s+)(?:The\s+|the\s+)?((?:\p{Lu}[\p{L}\p{N}_-]*\s+){0,3}[\p{L}][\p{L}\p{N}_-]{2,})\s+(?:provides|lets|enables|empowers|makes|helps|gives|shows|turns|links|reads|sends|offers|brings|adds|puts)\b/gmu;
  while ((m = subject.exec(pressReleaseText))) if (!/^(it|this|that|which|who|the|our|we|they|he|she|you|users?|customers?)$/i.test(m[1])) bump(m[1], 2);
  const camel = /\b(\p{Lu}[\p{Ll}\p{N}]+\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}]*)\b/gu;
  while ((m = camel.exec(`${headline ?? ""} ${pressReleaseText}`))) bump(m[1], 1);
  if (headline) {
    const first = /^\s*(?:introducing\s+|meet\s+)?(\p{Lu}[\p{L}\p{N}'’-]*)/iu.exec(headline);
    if (first && !/^(The|A|An|New|Introducing|Today|Our|How|Why|With|Meet)$/i.test(first[1])) {
      const body = pressReleaseText.split(first[1]).length - 1;
      if (body >= 1) bump(first[1], 2 + body);
    }
  }
  let best: string | null = null;
  let bestScore = 0;
  const mentionsOf = (name: string) => pressReleaseText.split(name).length - 1;
  for (const [name, score] of counts) {
    if (/^(The|A|An|We|Our|Today|It|This|New|I)$/.test(name)) continue;
    const mentions = mentionsOf(name);
    const total = score + mentions;
    if (total > bestScore && mentions >= 1) {
      best = name;
      bestScore = total;
    }
  }
  // "Handover" and "Handover Notes": the full name, when it is used nearly as often.
  if (best) {
    const base = best;
    const longer = [...counts.keys()].filter((n) => n !== base && n.startsWith(`${base} `) && mentionsOf(n) >= mentionsOf(base) * 0.7);
    if (longer.length) best = longer.sort((a, b) => b.length - a.length)[0];
  }
  return best;
}

interface Assigned {
  kind: "summary" | "problem" | "solution" | "getting-started" | "quote" | "skip";
  voice?: "spokesperson" | "customer" | null;
}

function startsWithProduct(text: string, productName: string): boolean {
  return new RegExp(`^\\s*(?:with\\s+|using\\s+|by using\\s+)?(?:the\\s+|a\\s+|an\\s+|our\\s+|its\\s+)?\`?${escapeRegExp(productName)}\`?\\b`, "i").test(text);
}

function scoreProblem(text: string): number {
  const numbers = (text.match(/\d/g) ? 1 : 0);
  return problemWords.count(text) + numbers * 0.5;
}

function scoreSolution(text: string, productName: string | null): number {
  let score = solutionWords.count(text);
  if (productName) {
    const mentions = text.split(productName).length - 1;
    score += mentions * 1.5;
    if (startsWithProduct(text, productName)) score += 2;
  }
  return score;
}

export interface StructureResult {
  parts: Part[];
  pressRelease: Span | null;
  productName: string | null;
}

interface Item {
  block: Block;
  region: Region;
}

const DATE_ONLY = /^\s*(?:\w+day,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/i;
const METADATA_LINE = /^[a-z_][\w -]{0,30}:\s*\S/;

/** "source: owner/repo" or "status: draft" above the title: metadata, not prose. */
function isMetadataLine(block: Block): boolean {
  return block.kind === "paragraph" && !block.text.includes("\n") && METADATA_LINE.test(block.text.trim());
}

function isHeadlineCandidate(block: Block): boolean {
  const text = block.text.trim();
  if (!text || block.names || isDocumentTitle(text) || METADATA_LINE.test(text) || IMMEDIATE_RELEASE.test(text)) return false;
  if (/\?\s*\W*$/.test(text) || hasQuestionPrefix(text)) return false;
  if (block.kind === "heading") return true;
  return block.kind === "paragraph" && block.emphasised && countWords(text) <= 30 && !isQuoteBlock(block) && !DATE_ONLY.test(text);
}

function proseWords(items: Item[]): number {
  return items.reduce((n, i) => n + (isProse(i.block) && !i.block.emphasised ? countWords(i.block.text) : 0), 0);
}

/** The press release: regions before the FAQs, minus named non-press-release sections. */
/** Paragraphs under a "The customer." label inside the press release: the customer's day before the product. */
const customerBlocks = new WeakSet<Block>();

function pressReleaseItems(zone: Region[]): { items: Item[]; others: Region[]; nested: Region[] } {
  const items: Item[] = [];
  const others: Region[] = [];
  const nested: Region[] = [];
  let otherLevel = Infinity;
  let seenPartLevel: number | null = null;
  for (const region of zone) {
    if (region.kind && AFTER_PRESS_RELEASE.has(region.kind)) {
      nested.push(region);
      continue;
    }
    // "**The customer.** Walter farms 3,200 acres…" inside the press release describes the customer's day: press-release prose.
    if (region.kind === "customer" && region.label && region.label.kind !== "heading") {
      const asProse: Region = { ...region, kind: null };
      for (const block of region.blocks) {
        items.push({ block, region: asProse });
        customerBlocks.add(block);
      }
      continue;
    }
    if (region.kind === "other-known" || region.kind === "customer") {
      others.push(region);
      otherLevel = Math.min(otherLevel, region.level);
      continue;
    }
    // After a named side section (Limitations, Usage…), unnamed siblings are side sections too.
    if (region.kind === null && region.label && region.level >= otherLevel) {
      others.push(region);
      continue;
    }
    // When the press release names its parts with headings, an unnamed heading at that level after them starts a side section.
    if (region.kind === null && region.label && seenPartLevel !== null && region.level <= seenPartLevel) {
      others.push(region);
      otherLevel = Math.min(otherLevel, region.level);
      continue;
    }
    if (region.kind && region.label && PRESS_RELEASE_PARTS.has(region.kind) && region.label.kind === "heading" && region.kind !== "headline" && region.kind !== "subheading") {
      seenPartLevel = seenPartLevel === null ? region.level : Math.min(seenPartLevel, region.level);
    }
    if (region.label && region.label.kind === "heading" && region.kind === null) items.push({ block: region.label, region });
    for (const block of region.blocks) {
      if (isMetadataLine(block) && !items.some((i) => i.block.kind === "heading" || isProse(i.block))) continue;
      items.push({ block, region });
    }
  }
  return { items, others, nested };
}

export function buildParts(blocks: Block[]): StructureResult {
  const regions = buildRegions(blocks);
  const zoneEnd = regions.findIndex(
    (r, i) => i > 0 && r.kind !== null && AFTER_PRESS_RELEASE.has(r.kind) && !r.within.some((k) => k === "press-release"),
  );
  const zone = zoneEnd < 0 ? regions : regions.slice(0, zoneEnd);
  const after = zoneEnd < 0 ? [] : regions.slice(zoneEnd);
  const parts: Part[] = [];
  const { items, others, nested } = pressReleaseItems(zone);
  const used = new Set<Block>();

  // Headline: an explicit one; else the first unnamed heading or bold line
  // that comes before the press release's prose (a source line or a
  // "FOR IMMEDIATE RELEASE" may precede it).
  let headline: Block | null = null;
  let headlineText: string | null = null;
  let headlineLabel: Block | null = null;
  const explicitHeadline = zone.find((r) => r.kind === "headline");
  // "PRFAQ: Mitglieder – Der Account-Bereich…": the document's title carries the headline.
  const titleHeadline = (): boolean => {
    const title = blocks.find((b) => b.kind === "heading" && isDocumentTitle(b.text));
    const rest = title?.text
      .replace(/^.*?\b(?:pr\s*[/&|-]?\s*faqs?|prfaqs?)\b\s*[:/—–|-]*\s*/i, "")
      .replace(/^(?:for|of|about)\s+/i, "")
      .trim();
    if (!title || !rest || countWords(rest) < 2) return false;
    if (title.span.start.offset > (items.find((i) => isProse(i.block))?.block.span.start.offset ?? Infinity)) return false;
    headline = title;
    headlineText = rest;
    return true;
  };
  if (explicitHeadline) {
    headlineLabel = explicitHeadline.label;
    headline = explicitHeadline.label && !explicitHeadline.label.labelOnly ? explicitHeadline.label : (explicitHeadline.blocks.find((b) => isProse(b) || b.kind === "heading") ?? null);
    if (headline) headlineText = afterInlineLabel(headline);
  } else {
    const prRegion = zone.find((r) => r.kind === "press-release");
    const inPr = (i: Item) => !!prRegion && i.region === prRegion;
    // A headline comes before the prose: only candidates with at most 60 words of prose above them count.
    const candidates: Item[] = [];
    let wordsAbove = 0;
    for (const item of items) {
      if (wordsAbove > 60) break;
      if (isHeadlineCandidate(item.block)) candidates.push(item);
      if (!prRegion || inPr(item)) wordsAbove += proseWords([item]);
    }
    const pick = (prRegion && candidates.find(inPr)) ?? candidates[0];
    if (pick) {
      headline = pick.block;
      headlineText = pick.block.text.trim();
    } else if (!titleHeadline()) {
      const proseItems = items.filter((i) => isProse(i.block) && !i.region.kind || (isProse(i.block) && i.region.kind === "press-release"));
      const first = proseItems.find((i) => !IMMEDIATE_RELEASE.test(i.block.text) && !DATE_ONLY.test(i.block.text));
      if (
        first &&
        proseItems.length > 1 &&
        countWords(first.block.text) <= 25 &&
        !/[.:;]["”]?$/.test(first.block.text.trim()) &&
        !datelineOf(first.block.text) &&
        !isQuoteBlock(first.block) &&
        !METADATA_LINE.test(first.block.text.trim()) &&
        proseWords(items.slice(0, items.indexOf(first))) <= 20
      ) {
        headline = first.block;
        headlineText = first.block.text.trim();
      }
    }
  }
  let body = items;
  if (headline) {
    used.add(headline);
    parts.push({ kind: "headline", text: headlineText ?? headline.text, blocks: [headline], label: headlineLabel, span: headline.span });
    const at = items.findIndex((i) => i.block === headline);
    if (at > 0) {
      const preamble = items.slice(0, at).filter((i) => isProse(i.block) && !IMMEDIATE_RELEASE.test(i.block.text) && !DATE_ONLY.test(i.block.text));
      if (preamble.length) {
        const blocksBefore = preamble.map((i) => i.block);
        parts.push({ kind: "other", title: "Before the headline", blocks: blocksBefore, label: null, span: spanOf(blocksBefore, null) });
      }
      body = items.slice(at + 1);
    } else if (at === 0) body = items.slice(1);
  }

  // Subheading: an explicit one, or what directly follows the headline.
  const explicitSub = zone.find((r) => r.kind === "subheading");
  if (explicitSub) {
    const block = explicitSub.label && !explicitSub.label.labelOnly ? explicitSub.label : explicitSub.blocks.find((b) => b.text.trim());
    if (block) {
      used.add(block);
      parts.push({ kind: "subheading", text: afterInlineLabel(block), blocks: [block], label: explicitSub.label, span: block.span });
    }
  } else if (headline) {
    const rest = body.filter((i) => i.block.kind !== "html" && i.block.kind !== "break" && i.block.text.trim() !== "" && !IMMEDIATE_RELEASE.test(i.block.text) && !DATE_ONLY.test(i.block.text));
    const metadata = (b: Block) =>
      b.listDepth > 0 || (/^[\p{L}()]+(?: [\p{L}()]+){0,3}:\s*\S/u.test(b.text.trim()) && !/^[^:]{2,30}:\s+\p{Lu}[^:]*$/u.test(b.text.trim())) || /^\s*(?:reference|source|see|link|url)s?\s*:/i.test(b.text);
    while (rest.length && /^\s*(?:reference|source|see also|link|url)s?\s*:/i.test(rest[0].block.text)) rest.shift();
    const next = rest[0];
    if (next && (next.region.kind === null || next.region.kind === "press-release") && (next.block.kind === "heading" || !next.block.labelOnly) && !next.block.names && !metadata(next.block)) {
      const b = next.block;
      const words = countWords(b.text);
      const announces = /\b(today|announce[sd]?|launch(?:ed|es)|releas(?:ed|es)|publish(?:ed|es)|introduc(?:ed|es)|kündigt)\b/i.test(b.text) || new RegExp(DATE, "u").test(b.text.slice(0, 80));
      const shortLine = b.kind === "paragraph" && words <= 45 && b.sentences.length <= 2 && !datelineOf(b.text) && !isQuoteBlock(b) && !announces && rest.length > 1;
      const heading = b.kind === "heading" && (headline.kind !== "heading" || b.depth >= headline.depth) && rest.length > 1;
      if (heading || (b.kind === "paragraph" && b.emphasised && words <= 60 && !isQuoteBlock(b)) || shortLine) {
        used.add(b);
        parts.push({ kind: "subheading", text: b.text.trim(), blocks: [b], label: null, span: b.span });
      }
    }
  }

  // Sort the remaining blocks into press-release parts.
  const assigned = new Map<Block, Assigned>();
  const explicitKinds = new Set(zone.map((r) => r.kind));
  const pending: Block[] = [];
  for (const { block, region } of body) {
    if (used.has(block) || block.labelOnly || block.kind === "heading") continue;
    if (!isProse(block) && block.kind !== "code") continue;
    if (IMMEDIATE_RELEASE.test(block.text) || DATE_ONLY.test(block.text)) continue;
    switch (region.kind) {
      case "summary":
      case "problem":
      case "solution":
      case "getting-started":
        // A quotation under "Solution" is still a quote.
        assigned.set(block, isQuoteBlock(block) ? { kind: "quote", voice: null } : { kind: region.kind });
        break;
      case "spokesperson-quote":
      case "customer-quote":
      case "quotes": {
        // "To learn more, visit…" closing a quotes section is the call to action, not a quote.
        const last = region.blocks.filter(isProse).pop() === block;
        if (last && !/["“„«]/.test(block.text) && callToAction.count(block.text) > 0 && region.blocks.filter(isProse).length > 1) {
          assigned.set(block, { kind: "getting-started" });
        } else assigned.set(block, { kind: "quote", voice: region.kind === "quotes" ? null : region.kind === "customer-quote" ? "customer" : "spokesperson" });
        break;
      }
      case "headline":
      case "subheading":
        assigned.set(block, { kind: "summary" });
        break;
      default:
        pending.push(block);
    }
  }
  for (const block of pending) if (isQuoteBlock(block)) assigned.set(block, { kind: "quote", voice: null });
  // "_Matt Cavey, Cloud Development Manager_" under a quotation is its attribution.
  const bodyBlocks = body.map((i) => i.block).filter((b) => isProse(b));
  bodyBlocks.forEach((block, i) => {
    const previous = bodyBlocks[i - 1];
    if (previous && assigned.get(previous)?.kind === "quote" && isAttributionLine(block)) assigned.set(block, { kind: "quote", voice: null });
  });
  const prose = pending.filter((b) => !assigned.has(b) && b.kind !== "code");
  let cursor = 0;
  if (!explicitKinds.has("summary") && prose.length) {
    assigned.set(prose[0], { kind: "summary" });
    cursor = 1;
  }
  let ctaFrom = prose.length;
  if (!explicitKinds.has("getting-started")) {
    for (let i = prose.length - 1; i >= cursor && i >= prose.length - 2; i--) {
      if (callToAction.count(prose[i].text) > 0 && countWords(prose[i].text) <= 120) ctaFrom = i;
      else break;
    }
    for (let i = ctaFrom; i < prose.length; i++) assigned.set(prose[i], { kind: "getting-started" });
  }
  const middle = prose.slice(cursor, ctaFrom);
  const productName = inferProductName(headlineText, items.map((i) => i.block.text).join("\n"));
  if (middle.length) {
    const wantProblem = !explicitKinds.has("problem");
    const wantSolution = !explicitKinds.has("solution");
    const scores = middle.map((b) => ({ p: scoreProblem(b.text), s: scoreSolution(b.text, productName) }));
    // The solution starts at the first paragraph that is clearly about the product at work.
    let solutionAt = scores.findIndex((x, i) => x.s >= x.p + 1.5 || (productName !== null && startsWithProduct(middle[i].text, productName) && x.s >= x.p));
    if (solutionAt < 0) solutionAt = scores.findIndex((x) => x.s > x.p);
    if (solutionAt < 0) solutionAt = middle.length;
    const problemish = scores.slice(0, solutionAt).some((x) => x.p >= 1);
    middle.forEach((block, i) => {
      if (wantProblem && (customerBlocks.has(block) || block.names === "customer")) {
        assigned.set(block, { kind: "problem" });
        return;
      }
      if (i < solutionAt) {
        if (wantProblem && problemish) assigned.set(block, { kind: "problem" });
        else assigned.set(block, { kind: wantSolution ? "solution" : "summary" });
      } else if (i > solutionAt && wantProblem && scores[i].p > scores[i].s + 1 && scores.slice(solutionAt, i).every((x) => x.p > x.s)) {
        assigned.set(block, { kind: "problem" });
      } else assigned.set(block, { kind: wantSolution ? "solution" : "summary" });
    });
  }

  const summaryBlock = [...assigned].find(([, a]) => a.kind === "summary")?.[0];
  const voiceContext: VoiceContext = { productName, organisation: summaryBlock ? announcingOrganisation(summaryBlock.text) : null };

  // Build parts in document order, merging neighbours of the same kind.
  const regionOf = new Map(body.map((i) => [i.block, i.region] as const));
  let quoteOrder = 0;
  let run: { kind: Assigned["kind"]; blocks: Block[]; label: Block | null; voice: Assigned["voice"]; region: Region } | null = null;
  const labelledRegions = new Set<Region>();
  const flush = () => {
    if (!run || !run.blocks.length) return;
    if (run.kind === "quote") {
      groupQuotes(run.blocks).forEach((group, i) => {
        parts.push(quotePart(group, i === 0 ? run!.label : null, run!.voice ?? null, voiceContext, quoteOrder++));
      });
    } else if (run.kind !== "skip") {
      const base = { blocks: run.blocks, label: run.label, span: spanOf(run.blocks, run.label) };
      parts.push(run.kind === "summary" ? { kind: "summary", dateline: datelineOf(run.blocks[0].text), ...base } : { kind: run.kind, ...base });
    }
    run = null;
  };
  let previous: Assigned | null = null;
  for (const { block } of body) {
    if (!assigned.has(block) && block.kind !== "code") continue;
    const a: Assigned = assigned.get(block) ?? previous ?? { kind: "summary" };
    const region = regionOf.get(block)!;
    const explicit = region.kind !== null && region.kind !== "press-release";
    const sameRegion = !!run && run.region === region;
    if (run && run.kind === a.kind && (a.kind !== "quote" ? sameRegion || !explicit : sameRegion && explicit)) {
      run.blocks.push(block);
    } else {
      flush();
      const label = explicit && region.label && !labelledRegions.has(region) && region.label !== headline ? region.label : null;
      if (label) labelledRegions.add(region);
      run = { kind: a.kind, blocks: [block], label, voice: a.voice, region };
    }
    if (a.kind !== "quote") previous = a;
  }
  flush();

  balanceVoices(parts.filter((p): p is QuotePart => p.kind === "quote"));
  addEmbeddedParts(parts, productName);

  // A named press-release part with no text still counts as present.
  for (const region of zone) {
    if (!region.kind || !region.label || labelledRegions.has(region) || region.blocks.some((b) => b.text.trim())) continue;
    if (region.kind === "problem" || region.kind === "solution" || region.kind === "getting-started") {
      parts.push({ kind: region.kind, blocks: [], label: region.label, span: region.label.span });
    }
  }

  const prParts = parts.filter((p) => p.kind !== "other");
  const pressRelease = prParts.length ? { start: minSpan(prParts).start, end: maxSpan(prParts).end } : null;
  for (const region of others) {
    if (region.label) parts.push({ kind: "other", title: region.label.text.trim(), blocks: region.blocks, label: region.label, span: spanOf(region.blocks, region.label) });
  }
  for (const region of [...nested, ...after]) parts.push(...partsOfRegion(region));
  parts.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  return { parts, pressRelease, productName };
}

/**
 * Short press releases state the problem, the product or the call to action
 * inside another paragraph ("Today we release X. Agents fail silently when…").
 * When a part has no paragraph of its own, the paragraph that states it
 * stands for it too, marked as embedded.
 */
function addEmbeddedParts(parts: Part[], productName: string | null): void {
  const pr = parts.filter((p) => p.kind === "summary" || p.kind === "solution" || p.kind === "problem" || p.kind === "getting-started");
  const has = (kind: Part["kind"]) => parts.some((p) => p.kind === kind);
  const candidates = pr.flatMap((p) => p.blocks.map((b) => ({ part: p, block: b })));
  const add = (kind: "problem" | "solution" | "getting-started", test: (sentence: string) => boolean) => {
    if (has(kind)) return;
    const hit = candidates.find(({ block }) => block.sentences.some((x, i) => (kind !== "problem" || i > 0 || block.sentences.length === 1) && test(x.text)));
    if (hit) parts.push({ kind, blocks: [hit.block], label: null, span: hit.block.span, embedded: true });
  };
  add("problem", (t) => problemWords.count(t) >= 2 || /\b(?:fail|fails|struggle|struggles|can't|cannot|wastes?|lose|loses|spend|spends)\b/i.test(t));
  add("solution", (t) => (!!productName && t.includes(productName) && solutionWords.count(t) >= 1) || /\b(?:our|the new|this) (?:solution|product|tool|app|platform|service)\b/i.test(t));
  add("getting-started", (t) => /\b(?:available (?:today|now|at|on|from|in)|to get started|get started|visit|sign up|download|install)\b/i.test(t));
}

function minSpan(parts: Part[]): Span {
  return parts.reduce((m, p) => (p.span.start.offset < m.start.offset ? p.span : m), parts[0].span);
}
function maxSpan(parts: Part[]): Span {
  return parts.reduce((m, p) => (p.span.end.offset > m.end.offset ? p.span : m), parts[0].span);
}

function partsOfRegion(region: Region): Part[] {
  const label = region.label;
  const blocks = region.blocks;
  const span = label || blocks.length ? spanOf(blocks, label) : null;
  if (!span) return [];
  switch (region.kind) {
    case "faq":
    case "customer-faq":
    case "internal-faq": {
      const audience = region.kind === "internal-faq" ? "internal" : region.kind === "customer-faq" ? "customer" : "unspecified";
      return [{ kind: "faq", audience, entries: parseFaq(blocks, audience, label), blocks, label, span }];
    }
    case "success-metrics":
      return [{ kind: "success-metrics", blocks, label, span }];
    case "kill-criteria":
      return [{ kind: "kill-criteria", blocks, label, span }];
    case "decision":
      return [{ kind: "decision", blocks, label, span }];
    case "appendix":
      return [{ kind: "appendix", blocks, label, span }];
    // A named press-release part after the metrics ("## Solution" under "## Outcome" in a brief) is still that part.
    case "problem":
    case "solution":
    case "getting-started":
      return [{ kind: region.kind, blocks: blocks.filter((b) => b.kind !== "heading" || b !== label), label, span }];
    case "summary":
      return [{ kind: "summary", dateline: null, blocks, label, span }];
    default:
      return [{ kind: "other", title: label ? label.text.trim() : "", blocks, label, span }];
  }
}
