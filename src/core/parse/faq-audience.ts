import { joinSpans } from "../model/positions";
import type { Block, FaqAudience, FaqPart, Part } from "../model/types";
import { faqGroupAudienceWords } from "../lexicons/sections";

/**
 * Who each FAQ is for. Authors split a FAQ by audience in many ways: "Customer
 * FAQ" and "Internal FAQ" headings, a parent "Frequently Asked Questions" with
 * "External" and "Internal" (or "For fans", "For the press") groups under it,
 * or question ids ("EFAQ-01", "IFAQ-01"). A group named for customers makes
 * its unnamed siblings the other side; groups that only name topics
 * ("General", "Technical") leave the FAQ undivided.
 */

/** Words match whole in alphabetic scripts; in Chinese, Japanese and Korean, where words are not spaced, anywhere. */
function wordPattern(words: string[]): RegExp {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const spaced = words.filter((w) => /^[\p{Script=Latin}\p{Script=Cyrillic}\s'-]+$/u.test(w)).map(escape);
  const unspaced = words.filter((w) => !/^[\p{Script=Latin}\p{Script=Cyrillic}\s'-]+$/u.test(w)).map(escape);
  const alternatives = [spaced.length ? `(?<![\\p{L}])(?:${spaced.join("|")})(?![\\p{L}])` : "", unspaced.join("|")].filter(Boolean);
  return new RegExp(alternatives.join("|"), "iu");
}

const customerWords = wordPattern(faqGroupAudienceWords.customer);
const internalWords = wordPattern(faqGroupAudienceWords.internal);

/** The audience a group title names, if it names one. */
export function audienceOfTitle(title: string): FaqAudience | null {
  const internal = internalWords.test(title);
  const customer = customerWords.test(title);
  if (internal && !customer) return "internal";
  if (customer && !internal) return "customer";
  // "Internal FAQ (Customer Success)" and "Customer (User) FAQs" both name one side first.
  if (internal && customer) return title.search(internalWords) < title.search(customerWords) ? "internal" : "customer";
  return null;
}

/** "EFAQ-01", "E3", "IFAQ-02", "C1", "I-4": a question id whose letters say its side. */
const ENTRY_ID_SIDE = /^\s*(?:\*\*)?([A-Z]{1,4})[-‑ ]?\d{1,3}\b/;

function sideOfId(text: string): FaqAudience | null {
  const m = ENTRY_ID_SIDE.exec(text);
  if (!m) return null;
  const letters = m[1];
  if (/^(?:E|EX|EXT|EFAQ|C|CQ|CFAQ|X)$/.test(letters)) return "customer";
  if (/^(?:I|IN|INT|IFAQ|IQ)$/.test(letters)) return "internal";
  return null;
}

function partOf(base: FaqPart, blocks: Block[], label: Block | null, entries: FaqPart["entries"], audience: FaqAudience, group: string | null, from: FaqPart["audienceFrom"]): FaqPart {
  const all = label && !blocks.includes(label) ? [label, ...blocks] : blocks;
  const span = all.length ? joinSpans(all[0].span, all[all.length - 1].span) : base.span;
  return { kind: "faq", audience, entries: entries.map((e) => ({ ...e, audience })), blocks, label, span, group, audienceFrom: from };
}

/** Splits a FAQ at the headings of its shallowest groups, when a group names an audience its parent does not have. */
function splitByGroupHeadings(part: FaqPart): FaqPart[] {
  const questions = new Set(part.entries.map((e) => e.question));
  const labelDepth = part.label?.kind === "heading" ? part.label.depth : 0;
  const headings = part.blocks.filter((b) => b.kind === "heading" && b.depth > labelDepth && !questions.has(b) && b.text.trim());
  if (!headings.length) return [part];
  const depth = Math.min(...headings.map((b) => b.depth));
  // Question headings at or above the group level mean these headings are not groups of questions.
  if (part.entries.some((e) => e.question.kind === "heading" && e.question.depth <= depth)) return [part];
  const tops = headings.filter((b) => b.depth === depth);
  const named = tops.map((b) => audienceOfTitle(b.text));
  if (!named.some((a) => a && a !== part.audience)) return [part];
  const pieces: { label: Block | null; blocks: Block[] }[] = [{ label: part.label, blocks: [] }];
  for (const b of part.blocks) {
    if (tops.includes(b)) pieces.push({ label: b, blocks: [] });
    else pieces[pieces.length - 1].blocks.push(b);
  }
  const entriesIn = (blocks: Block[]) => part.entries.filter((e) => blocks.includes(e.question));
  // Text before the first group with no question of its own belongs with the first group.
  if (!entriesIn(pieces[0].blocks).length && pieces.length > 1) {
    pieces[1].blocks.unshift(...pieces[0].blocks);
    pieces.shift();
  }
  return pieces.map((piece) => {
    const title = piece.label && piece.label !== part.label ? piece.label.text.trim() : null;
    const audience = title ? audienceOfTitle(title) : null;
    return partOf(part, piece.blocks, piece.label, entriesIn(piece.blocks), audience ?? part.audience, title, audience ? "group" : part.audienceFrom);
  });
}

/** Splits a FAQ whose question ids name two sides ("EFAQ-01" … "IFAQ-01" …). */
function splitByIds(part: FaqPart): FaqPart[] {
  if (part.audience !== "unspecified" || part.entries.length < 2) return [part];
  const sides = part.entries.map((e) => sideOfId(e.question.text));
  if (!sides.includes("customer") || !sides.includes("internal") || sides.some((s) => s === null)) return [part];
  const out: FaqPart[] = [];
  let start = 0;
  for (let i = 1; i <= part.entries.length; i++) {
    if (i < part.entries.length && sides[i] === sides[start]) continue;
    const entries = part.entries.slice(start, i);
    const first = entries[0].question;
    const lastEntry = entries[entries.length - 1];
    const end = i < part.entries.length ? part.entries[i].question.index : Infinity;
    const blocks = part.blocks.filter((b) => (start === 0 || b.index >= first.index) && b.index < end);
    const piece = partOf(part, blocks, start === 0 ? part.label : null, entries, sides[start]!, null, "ids");
    piece.span = joinSpans((start === 0 && part.label ? part.label : first).span, lastEntry.span);
    out.push(piece);
    start = i;
  }
  return out;
}

/**
 * Among FAQs that follow one another, a FAQ that nothing names takes the
 * other side from a sibling named for one side: under "Customer Questions",
 * "Product Questions" and "Technical Questions" are the team's.
 */
function inferFromSiblings(run: FaqPart[]): void {
  const named = new Set(run.filter((p) => p.audience !== "unspecified" && p.entries.length).map((p) => p.audience));
  if (named.size !== 1) return;
  const other: FaqAudience = named.has("customer") ? "internal" : "customer";
  for (const p of run) {
    if (p.audience !== "unspecified" || !p.entries.length) continue;
    p.audience = other;
    p.audienceFrom = "siblings";
    for (const e of p.entries) e.audience = other;
  }
}

/** True for a FAQ heading with nothing of its own, whose questions sit in the FAQs under it. */
function isEmptyParent(part: FaqPart, next: Part | undefined): boolean {
  return !part.entries.length && !part.blocks.some((b) => b.text.trim() && b.kind !== "html" && b.kind !== "break") && next?.kind === "faq";
}

/** Reads who each FAQ is for, splitting FAQs whose groups say so, and drops empty parents of split FAQs. */
export function resolveFaqAudiences(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    if (part.kind !== "faq") {
      out.push(part);
      continue;
    }
    for (const piece of splitByGroupHeadings(part)) out.push(...splitByIds(piece));
  }
  const kept = out.filter((p, i) => p.kind !== "faq" || !isEmptyParent(p, out[i + 1]));
  let run: FaqPart[] = [];
  for (const p of [...kept, null]) {
    if (p && p.kind === "faq") {
      run.push(p);
      continue;
    }
    if (run.length > 1) inferFromSiblings(run);
    run = [];
  }
  return kept;
}
