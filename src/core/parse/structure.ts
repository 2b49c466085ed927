import type { Block, Part, Span } from "../model/types";
import { parseFaq } from "./faq";
import { resolveFaqAudiences } from "./faq-audience";
import { addPartsFromFaqAnswers } from "./faq-parts";
import { readPressRelease } from "./press-release";
import { groupQuotes, isQuoteBlock, quotePart } from "./quotes";
import { AFTER_PRESS_RELEASE, buildRegions, isProse, spanOf, type Region } from "./regions";

export interface StructureResult {
  parts: Part[];
  pressRelease: Span | null;
  productName: string | null;
}

/**
 * The document's parts: its blocks grouped into regions by headings and
 * labels; the regions before the first FAQ, metrics or decision section read
 * as the press release; the rest as the sections they name.
 */
export function buildParts(blocks: Block[]): StructureResult {
  const regions = buildRegions(blocks);
  const zoneEnd = regions.findIndex(
    (r, i) => i > 0 && r.kind !== null && AFTER_PRESS_RELEASE.has(r.kind) && !r.within.some((k) => k === "press-release"),
  );
  const zone = zoneEnd < 0 ? regions : regions.slice(0, zoneEnd);
  const after = zoneEnd < 0 ? [] : regions.slice(zoneEnd);
  const pr = readPressRelease(zone, blocks);
  const parts = pr.parts;

  const prParts = parts.filter((p) => p.kind !== "other");
  const pressRelease = prParts.length ? { start: minSpan(prParts).start, end: maxSpan(prParts).end } : null;
  for (const region of pr.others) {
    if (region.label) parts.push({ kind: "other", title: region.label.text.trim(), blocks: region.blocks, label: region.label, span: spanOf(region.blocks, region.label) });
  }
  const startHere = parts.some((p) => p.kind === "getting-started") ? null : openingHowToStart(pr.others);
  if (startHere) parts.push({ kind: "getting-started", blocks: [startHere], label: null, span: startHere.span, embedded: true });
  for (const region of [...pr.nested, ...after]) parts.push(...partsOfRegion(region));
  parts.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  return { parts: addPartsFromFaqAnswers(resolveFaqAudiences(parts)), pressRelease, productName: pr.productName };
}

/**
 * "## Usage" opening "Getting started is easy. mxfuse is on npm and PyPI.": a side section beside the release
 * (Usage, Examples, Limitations) whose first paragraph tells the reader how to start is where the document
 * says it, though no heading names it.
 */
const HOW_TO_START =
  /^(?:getting started\b|to get started\b|get started\b|you can (?:start|begin)\b|install(?:ation)? (?:is|takes|with|from|via)\b)|\b(?:is|are) (?:available|published) (?:on|from) (?:npm|pypi|crates\.io|the app store|google play|homebrew|docker hub|maven central|nuget|rubygems)\b/i;

function openingHowToStart(sides: Region[]): Block | null {
  for (const region of sides) {
    const opening = region.blocks.find(isProse);
    if (opening && opening.kind === "paragraph" && opening.sentences.slice(0, 2).some((x) => HOW_TO_START.test(x.text.trim()))) return opening;
  }
  return null;
}

function minSpan(parts: Part[]): Span {
  return parts.reduce((m, p) => (p.span.start.offset < m.start.offset ? p.span : m), parts[0].span);
}
function maxSpan(parts: Part[]): Span {
  return parts.reduce((m, p) => (p.span.end.offset > m.end.offset ? p.span : m), parts[0].span);
}

/** The parts of a section after the press release (FAQs, metrics, kill criteria, decision, appendix, others). */
function partsOfRegion(region: Region): Part[] {
  const label = region.label;
  const blocks = region.blocks;
  const span = label || blocks.length ? spanOf(blocks, label) : null;
  if (!span) return [];
  switch (region.kind) {
    case "faq":
    case "customer-faq":
    case "internal-faq": {
      // "### Technical" under "## Internal FAQ" is internal too.
      const parent = region.kind === "faq" ? [...region.within].reverse().find((k) => k === "internal-faq" || k === "customer-faq") : undefined;
      const kind = parent ?? region.kind;
      const audience = kind === "internal-faq" ? "internal" : kind === "customer-faq" ? "customer" : "unspecified";
      const audienceFrom = audience === "unspecified" ? null : parent ? "parent" : "label";
      return [{ kind: "faq", audience, entries: parseFaq(blocks, audience, label), blocks, label, span, group: null, audienceFrom }];
    }
    case "success-metrics":
      return [{ kind: "success-metrics", blocks, label, span }];
    case "kill-criteria":
      return [{ kind: "kill-criteria", blocks, label, span }];
    case "decision":
      return [{ kind: "decision", blocks, label, span }];
    case "appendix":
      return [{ kind: "appendix", blocks, label, span }];
    // "## Customer Quotes" after the FAQ: testimonials, each its own quote.
    case "customer-quote":
    case "spokesperson-quote": {
      const voice = region.kind === "customer-quote" ? "customer" : "spokesperson";
      const quoted = blocks.filter((b) => isProse(b) && (isQuoteBlock(b) || /^\s*["“„«「]/.test(b.text)));
      if (!quoted.length) return [{ kind: "other", title: label ? label.text.trim() : "", blocks, label, span }];
      return groupQuotes(quoted).map((group, i) => quotePart(group, i === 0 ? label : null, voice, { productName: null, organisation: null }, 1));
    }
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
