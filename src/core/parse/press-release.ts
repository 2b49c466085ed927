import { callToActionCues, problemCues, problemStatementCues, solutionCues } from "../lexicons/cues";
import { compilePhrases } from "../lexicons/match";
import type { Block, HeadlinePart, Part, QuotePart, SubheadingPart } from "../model/types";
import { DATE, datelineOf, IMMEDIATE_RELEASE, isDateLine } from "./dateline";
import { hasQuestionPrefix, isDocumentTitle } from "./labels";
import { inferProductName, startsWithProduct } from "./product-name";
import { announcingOrganisation, balanceVoices, customerFromStory, followEarlierSpeakers, groupQuotes, isAttributionLine, isQuoteBlock, joinContinuedQuotes, quotePart, type VoiceContext } from "./quotes";
import { AFTER_PRESS_RELEASE, isProse, PRESS_RELEASE_PARTS, spanOf, type Region } from "./regions";
import { countWords } from "./text";

/**
 * The press release's parts, from the regions before the FAQs: the parts its
 * headings and labels name, and, for the paragraphs nothing names, the parts
 * their content and position say they are.
 */

const problemWords = compilePhrases(problemCues);
const solutionWords = compilePhrases(solutionCues);
const callToAction = compilePhrases(callToActionCues);
const problemStatement = compilePhrases(problemStatementCues);

const ANNOUNCES = /\b(?:announce[sd]?|launch(?:ed|es)?|releas(?:ed|es)|introduc(?:ed|es|ing)|unveil(?:s|ed)?|kündigt)\b/i;
const METADATA_LINE = /^[a-z_][\w -]{0,30}:\s*\S/;

interface Item {
  block: Block;
  region: Region;
}

interface Assigned {
  kind: "summary" | "problem" | "solution" | "getting-started" | "quote";
  voice?: "spokesperson" | "customer" | null;
}

export interface PressRelease {
  parts: Part[];
  /** Named side sections inside the press-release zone ("## Limitations"), kept as "other" parts. */
  others: Region[];
  /** FAQ, metrics or kill-criteria sections nested inside it. */
  nested: Region[];
  productName: string | null;
}

/** "Date: 2025-08-09", "Owner: …", "Primary Sponsor: …": a document's fields, each on its own line. */
const FIELD_LINE = /^\s*\p{L}[\p{L}\p{N} ()/&-]{0,30}:\s*\S/u;
const FIELD_NAME = /^\s*(?:(?:primary|executive|business|product|document|technical|initial)\s+)?(?:date|owners?|authors?|status|sponsors?|version|scope|team|stakeholders?|reviewers?|approvers?|contacts?|last updated|updated|created|project|audience|doc type|type|tags?|category)\s*:/i;

/** "source: owner/repo" or "status: draft" above the title, or a block of "Field: value" lines: metadata, not prose. */
function isMetadataLine(block: Block): boolean {
  if (block.kind !== "paragraph") return false;
  const rows = block.text.trim().split("\n");
  if (rows.length === 1) return METADATA_LINE.test(rows[0]) || FIELD_NAME.test(rows[0]);
  return rows.every((row) => FIELD_LINE.test(row)) && rows.some((row) => FIELD_NAME.test(row));
}

function isHeadlineCandidate(block: Block): boolean {
  const text = block.text.trim();
  if (!text || block.names || isDocumentTitle(text) || METADATA_LINE.test(text) || IMMEDIATE_RELEASE.test(text)) return false;
  if (/\?\s*\W*$/.test(text) || hasQuestionPrefix(text)) return false;
  if (block.kind === "heading") return true;
  return block.kind === "paragraph" && block.emphasised && countWords(text) <= 30 && !isQuoteBlock(block) && !isDateLine(text);
}

function proseWords(items: Item[]): number {
  return items.reduce((n, i) => n + (isProse(i.block) && !i.block.emphasised ? countWords(i.block.text) : 0), 0);
}

/** Text after a "Title:"-style label on the same line. */
function afterInlineLabel(block: Block): string {
  if (!block.names || block.labelOnly) return block.text.trim();
  const m = /^\s*[^:\n]{2,48}?:\s+/.exec(block.text);
  if (m) return block.text.slice(m[0].length).trim();
  if (block.leadEmphasis && block.text.startsWith(block.leadEmphasis)) return block.text.slice(block.leadEmphasis.length).trim();
  return block.text.trim();
}

/** Paragraphs of the zone in reading order, and the sections that are not press release. */
function pressReleaseItems(zone: Region[]): { items: Item[]; others: Region[]; nested: Region[]; customerDay: Set<Block> } {
  const items: Item[] = [];
  const others: Region[] = [];
  const nested: Region[] = [];
  const customerDay = new Set<Block>();
  let otherLevel = Infinity;
  let seenPartLevel: number | null = null;
  let releaseLevel: number | null = null;
  let releaseStart = Infinity;
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
        customerDay.add(block);
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
    // "## Press Release" then "## The 10 scoring dimensions": once the release has had its prose, an unnamed heading at its level is a section beside it.
    if (region.kind === null && region.label?.kind === "heading" && releaseLevel !== null && region.level <= releaseLevel && items.some((i) => i.region !== region && isProse(i.block) && i.block.span.start.offset > releaseStart)) {
      others.push(region);
      otherLevel = Math.min(otherLevel, region.level);
      continue;
    }
    if (region.kind === "press-release" && region.label?.kind === "heading" && releaseLevel === null) {
      releaseLevel = region.level;
      releaseStart = region.label.span.start.offset;
    }
    if (region.kind && region.label && PRESS_RELEASE_PARTS.has(region.kind) && region.label.kind === "heading" && region.kind !== "headline" && region.kind !== "subheading") {
      seenPartLevel = seenPartLevel === null ? region.level : Math.min(seenPartLevel, region.level);
    }
    if (region.label && region.label.kind === "heading" && region.kind === null) items.push({ block: region.label, region });
    for (const block of region.blocks) {
      if (isMetadataLine(block) && !items.some((i) => isProse(i.block))) continue;
      items.push({ block, region });
    }
  }
  return { items, others, nested, customerDay };
}

interface Headline {
  block: Block;
  text: string;
  label: Block | null;
}

/**
 * An explicit headline; else the first unnamed heading or bold line that
 * comes before the press release's prose (a source line or a "FOR IMMEDIATE
 * RELEASE" may precede it); else the headline carried by a "PR/FAQ: …" title;
 * else a short first line.
 */
function findHeadline(zone: Region[], items: Item[], blocks: Block[]): Headline | null {
  const explicit = zone.find((r) => r.kind === "headline");
  if (explicit) {
    const block = explicit.label && !explicit.label.labelOnly ? explicit.label : (explicit.blocks.find((b) => isProse(b) || b.kind === "heading") ?? null);
    return block ? { block, text: afterInlineLabel(block), label: explicit.label } : null;
  }
  const prRegion = zone.find((r) => r.kind === "press-release");
  const inPr = (i: Item) => !!prRegion && i.region === prRegion;
  // Under a "Press Release" heading, what comes before it ("## Phase 1: Agent", a sponsor line) is the document's, not the release's.
  const prStart = prRegion ? zone.indexOf(prRegion) : 0;
  const inRelease = (i: Item) => zone.indexOf(i.region) >= prStart;
  // A headline comes before the prose: only candidates with at most 60 words of prose above them count.
  const candidates: Item[] = [];
  let wordsAbove = 0;
  for (const item of items) {
    if (wordsAbove > 60) break;
    if (isHeadlineCandidate(item.block)) candidates.push(item);
    if (!prRegion || inPr(item)) wordsAbove += proseWords([item]);
  }
  // The document's own title ("# Construct Hub") may still be the release's headline.
  const pick = (prRegion && candidates.find(inPr)) ?? candidates.find(inRelease) ?? candidates.find((i) => i.block.kind === "heading" && i.block.depth === 1);
  if (pick) return { block: pick.block, text: pick.block.text.trim(), label: null };

  const title = blocks.find((b) => b.kind === "heading" && isDocumentTitle(b.text));
  const fromTitle = title?.text
    .replace(/^.*?\b(?:pr\s*[/&|-]?\s*faqs?|prfaqs?)\b\s*[:/—–|-]*\s*/i, "")
    .replace(/^(?:for|of|about)\s+/i, "")
    .trim();
  const firstProse = items.find((i) => isProse(i.block))?.block.span.start.offset ?? Infinity;
  if (title && fromTitle && countWords(fromTitle) >= 2 && title.span.start.offset <= firstProse) return { block: title, text: fromTitle, label: null };

  const proseItems = items.filter((i) => isProse(i.block) && (!i.region.kind || i.region.kind === "press-release") && inRelease(i));
  const first = proseItems.find((i) => !IMMEDIATE_RELEASE.test(i.block.text) && !isDateLine(i.block.text));
  const shortFirstLine =
    first &&
    proseItems.length > 1 &&
    countWords(first.block.text) <= 25 &&
    !/[.:;]["”]?$/.test(first.block.text.trim()) &&
    !datelineOf(first.block.text) &&
    !isQuoteBlock(first.block) &&
    !METADATA_LINE.test(first.block.text.trim()) &&
    proseWords(items.slice(0, items.indexOf(first))) <= 20;
  return shortFirstLine ? { block: first.block, text: first.block.text.trim(), label: null } : null;
}

/** An explicit subheading, or what directly follows the headline: an unnamed heading, a bold line, or a short line. */
function findSubheading(zone: Region[], body: Item[], headline: Headline | null): SubheadingPart | null {
  const explicit = zone.find((r) => r.kind === "subheading");
  if (explicit) {
    const block = explicit.label && !explicit.label.labelOnly ? explicit.label : explicit.blocks.find((b) => b.text.trim());
    return block ? { kind: "subheading", text: afterInlineLabel(block), blocks: [block], label: explicit.label, span: block.span } : null;
  }
  if (!headline) return null;
  const rest = body.filter((i) => i.block.kind !== "html" && i.block.kind !== "break" && i.block.text.trim() !== "" && !IMMEDIATE_RELEASE.test(i.block.text) && !isDateLine(i.block.text));
  while (rest.length && /^\s*(?:reference|source|see also|link|url)s?\s*:/i.test(rest[0].block.text)) rest.shift();
  const next = rest[0];
  if (!next || (next.region.kind !== null && next.region.kind !== "press-release")) return null;
  const b = next.block;
  const metadata =
    b.listDepth > 0 ||
    (/^[\p{L}()]+(?: [\p{L}()]+){0,3}:\s*\S/u.test(b.text.trim()) && !/^[^:]{2,30}:\s+\p{Lu}[^:]*$/u.test(b.text.trim())) ||
    /^\s*(?:reference|source|see|link|url)s?\s*:/i.test(b.text);
  if ((b.kind !== "heading" && b.labelOnly) || b.names || metadata) return null;
  // Chinese and Japanese are written without spaces: about two characters make a word.
  const unspaced = b.text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  const words = countWords(b.text) + Math.round(unspaced / 2);
  const announces = /\b(today|announce[sd]?|launch(?:ed|es)|releas(?:ed|es)|publish(?:ed|es)|introduc(?:ed|es)|kündigt)\b/i.test(b.text) || new RegExp(DATE, "u").test(b.text.slice(0, 80));
  const shortLine = b.kind === "paragraph" && words <= 45 && b.sentences.length <= 2 && !datelineOf(b.text) && !isQuoteBlock(b) && !announces && rest.length > 1;
  const heading = b.kind === "heading" && (headline.block.kind !== "heading" || b.depth >= headline.block.depth) && rest.length > 1;
  const bold = b.kind === "paragraph" && b.emphasised && words <= 60 && !isQuoteBlock(b);
  return heading || bold || shortLine ? { kind: "subheading", text: b.text.trim(), blocks: [b], label: null, span: b.span } : null;
}

/** What a section's heading or label says its paragraphs are; `null` for paragraphs nothing names. */
function assignNamed(block: Block, region: Region): Assigned | null {
  switch (region.kind) {
    case "summary":
    case "problem":
    case "solution":
    case "getting-started":
      // A quotation under "Solution" is still a quote.
      return isQuoteBlock(block) ? { kind: "quote", voice: null } : { kind: region.kind };
    case "spokesperson-quote":
    case "customer-quote":
    case "quotes": {
      // "To learn more, visit…" closing a quotes section is the call to action, not a quote.
      const prose = region.blocks.filter(isProse);
      const last = prose[prose.length - 1] === block;
      if (last && !/["“„«]/.test(block.text) && callToAction.count(block.text) > 0 && prose.length > 1) return { kind: "getting-started" };
      return { kind: "quote", voice: region.kind === "quotes" ? null : region.kind === "customer-quote" ? "customer" : "spokesperson" };
    }
    case "headline":
    case "subheading":
      return { kind: "summary" };
    default:
      return null;
  }
}

function scoreProblem(text: string): number {
  const numbers = text.match(/\d/g) ? 1 : 0;
  return problemWords.count(text) + numbers * 0.5;
}

/** "X addresses this by…", "This approach removes the bet.", "Here's how it works.": the turn from the problem to the product. */
const TURN_TO_SOLUTION = /\b(?:solves|addresses|fixes|tackles|answers|removes|closes|changes|ends|eliminates) (?:this|that|these|those|the (?:problem|gap|bet|question))\b|\bhere'?s how it works\b|\bthat changes\b|\bthis approach\b|\bintroduc(?:es|ing)\b/i;

/** "This document describes PalletPing as…", "This PR/FAQ proposes…": a note about the document, which names the product without describing it. */
const ABOUT_THE_DOCUMENT = /^\s*(?:this|the present) (?:document|doc|pr\/?faq|paper|memo|proposal|narrative|write-?up)\b/i;

function scoreSolution(text: string, productName: string | null): number {
  if (ABOUT_THE_DOCUMENT.test(text)) return 0;
  let score = solutionWords.count(text) + (TURN_TO_SOLUTION.test(text.slice(0, 200)) ? 3 : 0);
  if (productName) {
    const mentions = text.split(productName).length - 1;
    score += mentions * 1.5;
    if (startsWithProduct(text, productName)) score += 2;
  }
  return score;
}

/**
 * Unnamed paragraphs, in order: the first is the summary, a closing call to
 * action is how to get started, and between them the problem comes first and
 * the solution starts at the first paragraph clearly about the product.
 */
function assignUnnamed(prose: Block[], assigned: Map<Block, Assigned>, explicit: Set<Region["kind"]>, productName: string | null, customerDay: Set<Block>): void {
  let cursor = 0;
  if (!explicit.has("summary") && prose.length) {
    assigned.set(prose[0], { kind: "summary" });
    cursor = 1;
  }
  let ctaFrom = prose.length;
  if (!explicit.has("getting-started")) {
    for (let i = prose.length - 1; i >= cursor && i >= prose.length - 2; i--) {
      if (callToAction.count(prose[i].text) > 0 && countWords(prose[i].text) <= 120) ctaFrom = i;
      else break;
    }
    for (let i = ctaFrom; i < prose.length; i++) assigned.set(prose[i], { kind: "getting-started" });
  }
  const middle = prose.slice(cursor, ctaFrom);
  if (!middle.length) return;
  const wantProblem = !explicit.has("problem");
  const wantSolution = !explicit.has("solution");
  const scores = middle.map((b) => ({ p: scoreProblem(b.text), s: scoreSolution(b.text, productName) }));
  let solutionAt = scores.findIndex((x, i) => x.s >= x.p + 1.5 || (productName !== null && startsWithProduct(middle[i].text, productName) && x.s >= x.p));
  if (solutionAt < 0) solutionAt = scores.findIndex((x) => x.s > x.p);
  // "Each school gets a rail in its lobby…", "The cooperative leases the roof…": a paragraph can tell how the product works
  // without its name or a verb of offering. After the paragraph that states the problem, the first one that weighs no
  // more as the problem than it does begins the solution: a press release goes from the problem to the product.
  const opening = scores.findIndex((x) => x.p >= 0.5);
  let afterProblem = false;
  if (solutionAt < 0 && wantSolution && opening >= 0) {
    solutionAt = scores.findIndex((x, i) => i > opening && x.p <= scores[opening].p && !ABOUT_THE_DOCUMENT.test(middle[i].text));
    afterProblem = solutionAt > 0;
  }
  if (solutionAt < 0) solutionAt = middle.length;
  const problemish = afterProblem || scores.slice(0, solutionAt).some((x) => x.p >= 1);
  const otherwise: Assigned = { kind: wantSolution ? "solution" : "summary" };
  middle.forEach((block, i) => {
    // "**The customer.** Walter farms…": the customer's day before the product is the problem.
    if (wantProblem && (block.names === "customer" || customerDay.has(block))) assigned.set(block, { kind: "problem" });
    else if (i < solutionAt) assigned.set(block, wantProblem && problemish ? { kind: "problem" } : otherwise);
    else if (i > solutionAt && wantProblem && scores[i].p > scores[i].s + 1 && scores.slice(solutionAt, i).every((x) => x.p > x.s)) assigned.set(block, { kind: "problem" });
    // "PatreonPlanner gives every creator a board." before "## How it works": the product described before its own section is the solution too, not a second summary.
    else if (!wantSolution && problemish && i >= solutionAt && scores[i].s >= scores[i].p + 1.5 && !ANNOUNCES.test(block.text)) assigned.set(block, { kind: "solution" });
    else assigned.set(block, otherwise);
  });
}

/** Parts in document order, merging neighbouring paragraphs of the same kind. */
function assembleParts(body: Item[], assigned: Map<Block, Assigned>, headline: Block | null, voice: VoiceContext): { parts: Part[]; labelled: Set<Region> } {
  const parts: Part[] = [];
  const labelled = new Set<Region>();
  let quoteOrder = 0;
  let run: { kind: Assigned["kind"]; blocks: Block[]; label: Block | null; voice: Assigned["voice"]; region: Region } | null = null;
  const flush = () => {
    if (!run || !run.blocks.length) return;
    const { kind, blocks, label } = run;
    if (kind === "quote") {
      const explicitVoice = run.voice ?? null;
      groupQuotes(blocks).forEach((group, i) => parts.push(quotePart(group, i === 0 ? label : null, explicitVoice, voice, quoteOrder++)));
    } else {
      const base = { blocks, label, span: spanOf(blocks, label) };
      parts.push(kind === "summary" ? { kind: "summary", dateline: datelineOf(blocks[0].text) ?? (parts.some((p) => p.kind === "summary") ? null : dateLine), ...base } : { kind, ...base });
    }
    run = null;
  };
  let previous: Assigned | null = null;
  // "*Sydney, Australia — June 2026*" on its own line above the summary is the summary's dateline.
  let dateLine: string | null = null;
  for (const { block, region } of body) {
    if (isProse(block) && isDateLine(block.text) && !parts.some((p) => p.kind === "summary")) dateLine = block.text.trim();
    if (!assigned.has(block) && block.kind !== "code") continue;
    const a: Assigned = assigned.get(block) ?? previous ?? { kind: "summary" };
    const explicit = region.kind !== null && region.kind !== "press-release";
    const sameRegion = !!run && run.region === region;
    if (run && run.kind === a.kind && (a.kind !== "quote" ? sameRegion || !explicit : sameRegion && explicit)) {
      run.blocks.push(block);
    } else {
      flush();
      const label = explicit && region.label && !labelled.has(region) && region.label !== headline ? region.label : null;
      if (label) labelled.add(region);
      run = { kind: a.kind, blocks: [block], label, voice: a.voice, region };
    }
    if (a.kind !== "quote") previous = a;
  }
  flush();
  return { parts, labelled };
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
  const candidates = pr.flatMap((p) => p.blocks);
  const add = (kind: "problem" | "solution" | "getting-started", test: (sentence: string) => boolean) => {
    if (has(kind)) return;
    // The announcing sentence ("Today X launches…") states the product, not the customer's problem.
    const hit = candidates.find((block) => block.sentences.some((x) => (kind !== "problem" || !ANNOUNCES.test(x.text)) && test(x.text)));
    if (hit) parts.push({ kind, blocks: [hit], label: null, span: hit.span, embedded: true });
  };
  add("problem", (t) => problemWords.count(t) >= 2 || problemStatement.count(t) > 0 || /\b(?:fail|fails|struggle|struggles|can't|cannot|wastes?|lose|loses|spend|spends)\b/i.test(t));
  add("solution", (t) => (!!productName && t.includes(productName) && solutionWords.count(t) >= 1) || /\b(?:our|the new|this) (?:solution|product|tool|app|platform|service)\b/i.test(t));
  // "You can start without a plan", "The Action Center runs today alongside…": the reader is told they can begin now.
  add("getting-started", (t) => /\b(?:available (?:today|now|at|on|from|in)|to get started|get started|visit|sign up|download|install|you can (?:start|begin)|(?:runs|works|ships) today)\b/i.test(t));
}

/**
 * A short paragraph that closes the press release after its quotes, when
 * the solution came before them, is how a customer starts ("Owners with a
 * number on file get their first text from 3 March"), even when nothing in
 * it reads as a call to action.
 */
function closingAfterQuotes(parts: Part[]): void {
  if (parts.some((p) => p.kind === "getting-started")) return;
  const pr = parts.filter((p) => p.kind === "summary" || p.kind === "problem" || p.kind === "solution" || p.kind === "quote");
  const last = pr[pr.length - 1];
  const lastQuote = pr.map((p) => p.kind).lastIndexOf("quote");
  if (!last || lastQuote < 0 || lastQuote !== pr.length - 2 || (last.kind !== "solution" && last.kind !== "problem")) return;
  if (!pr.slice(0, lastQuote).some((p) => p.kind === "solution")) return;
  const blocks = last.blocks.filter((b) => b.kind === "paragraph");
  // A how-to-start line is short; a longer closing paragraph is more often the product described once more.
  if (!blocks.length || blocks.length > 2 || blocks.some((b) => countWords(b.text) > 40)) return;
  parts[parts.indexOf(last)] = { kind: "getting-started", blocks: last.blocks, label: last.label, span: last.span };
}

/** "ApplyKit eliminates the tradeoff by…", "KickPool solves this by…": the sentence where a paragraph turns from the problem to the product. */
const TURNS_TO_PRODUCT = /\b(?:solves|addresses|fixes|tackles|removes|eliminates|ends) (?:this|that|these|those|the (?:problem|gap|tradeoff|trade-off|bet|question))\b|\bthat changes\b|\bhere'?s how it works\b/i;
const OFFERS = /\b(?:gives|lets|helps|turns|makes|provides|brings|puts|offers|enables|replaces|automates|solves|removes|eliminates|addresses)\b/i;

function turnsToProduct(sentence: string, index: number, productName: string | null): boolean {
  if (TURNS_TO_PRODUCT.test(sentence)) return true;
  return index > 0 && !!productName && startsWithProduct(sentence.replace(/^[*_]+/, ""), productName) && OFFERS.test(sentence);
}

const byPosition = (a: Part, b: Part) => a.span.start.offset - b.span.start.offset;

/**
 * A paragraph can state more than one part. A summary that opens on the
 * customer's trouble ("…the data is scattered and sharing it is a nightmare")
 * states the problem before the problem paragraph does, and a problem
 * paragraph that ends "KickPool solves this by…" states the solution before
 * the solution paragraph does. Each such paragraph stands for the earlier
 * part too, marked as embedded; the parts' own paragraphs stay as they are.
 */
function addPartsStatedEarly(parts: Part[], productName: string | null): void {
  const own = (kind: Part["kind"]) => parts.filter((p) => p.kind === kind && !("embedded" in p && p.embedded)).sort(byPosition);
  const summary = own("summary")[0];
  const firstProblem = own("problem")[0];
  if (summary && firstProblem && summary.span.start.offset < firstProblem.span.start.offset) {
    const hit = summary.blocks.find((b) => b.sentences.some((x) => !ANNOUNCES.test(x.text) && problemStatement.count(x.text) > 0));
    if (hit) parts.push({ kind: "problem", blocks: [hit], label: null, span: hit.span, embedded: true });
  }
  const firstSolution = own("solution")[0];
  const before = own("problem").filter((p) => !firstSolution || p.span.start.offset < firstSolution.span.start.offset);
  const turn = before.flatMap((p) => p.blocks).find((b) => b.sentences.some((x, i) => turnsToProduct(x.text, i, productName)));
  if (turn) {
    parts.push({ kind: "solution", blocks: [turn], label: null, span: turn.span, embedded: true });
    // Paragraphs read as the problem after the one that turns to the product describe the product.
    const run = before.find((p) => p.blocks.includes(turn))!;
    const rest = run.blocks.slice(run.blocks.indexOf(turn) + 1);
    if (!run.label && rest.length) {
      run.blocks = run.blocks.slice(0, run.blocks.indexOf(turn) + 1);
      run.span = spanOf(run.blocks, null);
      parts.splice(parts.indexOf(run) + 1, 0, { kind: "solution", blocks: rest, label: null, span: spanOf(rest, null) });
    }
  }
  // The same paragraph read the other way: a solution paragraph that opens on the problem, with no problem paragraph before it.
  const opening = firstSolution?.blocks.find((b) => b.kind === "paragraph");
  if (opening && !own("problem").some((p) => p.span.start.offset < firstSolution.span.start.offset)) {
    const at = opening.sentences.findIndex((x, i) => i > 0 && turnsToProduct(x.text, i, productName));
    // "…solves this" points back at a problem just stated; a sentence that merely opens with the product needs the problem in words.
    const stated = at > 0 && (TURNS_TO_PRODUCT.test(opening.sentences[at].text) || opening.sentences.slice(0, at).some((x) => !ANNOUNCES.test(x.text) && (problemStatement.count(x.text) > 0 || problemWords.count(x.text) >= 2)));
    if (at > 0 && stated) parts.push({ kind: "problem", blocks: [opening], label: null, span: opening.span, embedded: true });
  }
}

export function readPressRelease(zone: Region[], blocks: Block[]): PressRelease {
  const { items, others, nested, customerDay } = pressReleaseItems(zone);
  const parts: Part[] = [];
  const used = new Set<Block>();

  const headline = findHeadline(zone, items, blocks);
  let body = items;
  if (headline) {
    used.add(headline.block);
    const part: HeadlinePart = { kind: "headline", text: headline.text, blocks: [headline.block], label: headline.label, span: headline.block.span };
    parts.push(part);
    const at = items.findIndex((i) => i.block === headline.block);
    if (at >= 0) {
      const preamble = items.slice(0, at).filter((i) => isProse(i.block) && !IMMEDIATE_RELEASE.test(i.block.text) && !isDateLine(i.block.text));
      if (preamble.length) {
        const before = preamble.map((i) => i.block);
        parts.push({ kind: "other", title: "Before the headline", blocks: before, label: null, span: spanOf(before, null) });
      }
      body = items.slice(at + 1);
    }
  } else {
    // No headline, but a "Press Release" heading: the tagline or notes above it are not the release's summary.
    const prRegion = zone.find((r) => r.kind === "press-release");
    const start = prRegion ? items.findIndex((i) => zone.indexOf(i.region) >= zone.indexOf(prRegion)) : -1;
    if (start > 0 && items.slice(start).some((i) => isProse(i.block))) {
      const before = items.slice(0, start).filter((i) => isProse(i.block) && !IMMEDIATE_RELEASE.test(i.block.text) && !isDateLine(i.block.text)).map((i) => i.block);
      if (before.length) parts.push({ kind: "other", title: "Before the press release", blocks: before, label: null, span: spanOf(before, null) });
      body = items.slice(start);
    }
  }
  const subheading = findSubheading(zone, body, headline);
  if (subheading) {
    used.add(subheading.blocks[0]);
    parts.push(subheading);
  }

  // What the headings and labels name, then what the content says for the rest.
  const assigned = new Map<Block, Assigned>();
  const unnamed: Block[] = [];
  for (const { block, region } of body) {
    if (used.has(block) || block.labelOnly || block.kind === "heading") continue;
    if (!isProse(block) && block.kind !== "code") continue;
    if (IMMEDIATE_RELEASE.test(block.text) || isDateLine(block.text)) continue;
    const named = assignNamed(block, region);
    if (named) assigned.set(block, named);
    else unnamed.push(block);
  }
  for (const block of unnamed) if (isQuoteBlock(block)) assigned.set(block, { kind: "quote", voice: null });
  // "_Matt Cavey, Cloud Development Manager_" under a quotation is its attribution.
  const bodyProse = body.map((i) => i.block).filter(isProse);
  bodyProse.forEach((block, i) => {
    const previous = bodyProse[i - 1];
    if (previous && assigned.get(previous)?.kind === "quote" && isAttributionLine(block)) assigned.set(block, { kind: "quote", voice: null });
  });
  const productName = inferProductName(headline?.text ?? null, items.map((i) => i.block.text).join("\n"));
  const explicitKinds = new Set(zone.map((r) => r.kind));
  assignUnnamed(
    unnamed.filter((b) => !assigned.has(b) && b.kind !== "code"),
    assigned,
    explicitKinds,
    productName,
    customerDay,
  );

  const summaryBlock = [...assigned].find(([, a]) => a.kind === "summary")?.[0];
  const voice: VoiceContext = { productName, organisation: summaryBlock ? announcingOrganisation(summaryBlock.text) : null };
  const assembled = assembleParts(body, assigned, headline?.block ?? null, voice);
  parts.push(...assembled.parts);
  joinContinuedQuotes(parts, blocks);
  const quotes = parts.filter((p): p is QuotePart => p.kind === "quote");
  const prose = body.map((i) => i.block).filter(isProse);
  followEarlierSpeakers(quotes, voice.organisation, (quote) =>
    prose
      .filter((b) => b.span.start.offset < quote.span.start.offset)
      .map((b) => b.text)
      .join("\n"),
  );
  balanceVoices(quotes);
  customerFromStory(
    quotes,
    parts.flatMap((p) => (p.kind === "problem" ? p.blocks.map((b) => b.text) : [])).join("\n"),
  );
  closingAfterQuotes(parts);
  addPartsStatedEarly(parts, productName);
  addEmbeddedParts(parts, productName);

  // A named press-release part with no text still counts as present.
  for (const region of zone) {
    if (!region.kind || !region.label || assembled.labelled.has(region) || region.blocks.some((b) => b.text.trim())) continue;
    if (region.kind === "problem" || region.kind === "solution" || region.kind === "getting-started") {
      parts.push({ kind: region.kind, blocks: [], label: region.label, span: region.label.span });
    }
  }
  return { parts, others, nested, productName };
}
