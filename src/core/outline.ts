import type { FaqPart, Part, PrfaqDocument, QuotePart } from "./model/types";

/** Who a FAQ is for, as the outline reports it: "undivided" when the FAQ is not split by audience. */
export type OutlineAudience = "customer" | "internal" | "undivided";

export interface OutlineFaqGroup {
  /** The group's title as written ("For fans"), or null for questions under the FAQ's own heading. */
  title: string | null;
  audience: OutlineAudience;
  questions: number;
  startLine: number;
  endLine: number;
}

/**
 * One part of the document as prfaq read it. This is a contract (`prfaq
 * outline --format json`, docs/outline.md): fields are added, never renamed.
 */
export interface OutlineEntry {
  kind: Part["kind"];
  /** A short human label: "Internal FAQ (7 questions)", "Customer quote: Ada Greene". */
  label: string;
  startLine: number;
  endLine: number;
  /**
   * True when no heading or label named the part and prfaq placed it by its content and position
   * (a problem paragraph under no heading, a getting-started line inside the summary).
   */
  inferred?: boolean;
  /** True when the part is stated inside a paragraph that belongs to another part. */
  embedded?: boolean;
  /** FAQs: who the questions are for. */
  audience?: OutlineAudience;
  /** FAQs: what the audience was read from (see docs/outline.md); null when nothing says. */
  audienceFrom?: FaqPart["audienceFrom"];
  /** FAQs: how many questions. */
  questions?: number;
  /** FAQs split into groups under one audience ("Product", "Technical", "Process"). */
  groups?: OutlineFaqGroup[];
  /** Quotes: whose voice, the company's or a customer's. */
  voice?: QuotePart["voice"];
  /** Quotes: who is speaking, when the attribution names them. */
  speaker?: { name: string | null; description: string | null; attribution: string } | null;
  children?: OutlineEntry[];
}

const clip = (t: string, n = 70) => (t.length > n ? `${t.slice(0, n - 3)}…` : t);
const plural = (n: number) => `${n} question${n === 1 ? "" : "s"}`;
const faqName = (audience: FaqPart["audience"]) => (audience === "customer" ? "Customer FAQ" : audience === "internal" ? "Internal FAQ" : "FAQ");

/** The label the outline and the editors' symbol lists give a part. */
export function describePart(part: Part): string {
  switch (part.kind) {
    case "headline":
      return `Headline: ${clip(part.text)}`;
    case "subheading":
      return `Subheading: ${clip(part.text)}`;
    case "summary":
      return part.dateline ? `Summary (dateline "${clip(part.dateline)}")` : "Summary";
    case "problem":
      return part.embedded ? "Problem (stated inside another paragraph)" : part.label ? "Problem" : "Problem (inferred)";
    case "solution":
      return part.embedded ? "Solution (stated inside another paragraph)" : part.label ? "Solution" : "Solution (inferred)";
    case "quote": {
      const who = part.speaker?.name ?? part.speaker?.attribution ?? "unattributed";
      return `${part.voice === "customer" ? "Customer quote" : "Spokesperson quote"}: ${clip(who)}`;
    }
    case "getting-started":
      return part.embedded ? "Getting started (inside another paragraph)" : part.label ? "Getting started" : "Getting started (inferred)";
    case "faq":
      return `${faqName(part.audience)}${part.group ? ` — ${clip(part.group, 40)}` : ""} (${plural(part.entries.length)})`;
    case "success-metrics":
      return part.inPassing ? "Success metrics (stated in passing)" : part.embedded ? "Success metrics (answered in the FAQ)" : "Success metrics";
    case "kill-criteria":
      return part.inPassing ? "Kill criteria (stated in passing)" : part.embedded ? "Kill criteria (answered in the FAQ)" : "Kill criteria";
    case "decision":
      return "Decision";
    case "appendix":
      return "Appendix";
    case "other":
      return `Other: ${clip(part.title || "(untitled)")}`;
  }
}

const outlineAudience = (audience: FaqPart["audience"]): OutlineAudience => (audience === "unspecified" ? "undivided" : audience);

function questionEntries(part: FaqPart): OutlineEntry[] {
  return part.entries.map((e) => ({
    kind: "faq",
    label: `Q: ${clip(e.questionText, 80)}${e.answerText ? "" : " (no answer)"}`,
    startLine: e.span.start.line,
    endLine: e.span.end.line,
  }));
}

function entryOf(part: Part): OutlineEntry {
  const entry: OutlineEntry = { kind: part.kind, label: describePart(part), startLine: part.span.start.line, endLine: part.span.end.line };
  const embedded = "embedded" in part && part.embedded === true;
  if (part.kind !== "other") entry.inferred = !part.label || embedded;
  if (embedded) entry.embedded = true;
  if (part.kind === "quote") {
    entry.voice = part.voice;
    entry.speaker = part.speaker ? { name: part.speaker.name, description: part.speaker.description, attribution: part.speaker.attribution } : null;
  }
  if (part.kind === "faq") {
    entry.audience = outlineAudience(part.audience);
    entry.audienceFrom = part.audienceFrom;
    entry.questions = part.entries.length;
    if (part.entries.length) entry.children = questionEntries(part);
  }
  return entry;
}

/**
 * FAQs that follow one another for the same audience are one FAQ to a
 * reader ("Product", "Technical" and "Process" questions for the team): the
 * outline shows them as one entry, with the groups listed.
 */
function mergeFaqRun(run: FaqPart[]): OutlineEntry {
  if (run.length === 1) return entryOf(run[0]);
  const questions = run.reduce((n, p) => n + p.entries.length, 0);
  const first = run[0];
  const last = run[run.length - 1];
  const groupTitles = run.map((p) => p.group ?? p.label?.text.trim() ?? null);
  return {
    kind: "faq",
    label: `${faqName(first.audience)} (${plural(questions)}, in ${run.length} groups)`,
    startLine: first.span.start.line,
    endLine: last.span.end.line,
    inferred: run.every((p) => !p.label),
    audience: outlineAudience(first.audience),
    audienceFrom: run.find((p) => p.audienceFrom)?.audienceFrom ?? null,
    questions,
    groups: run.map((p, i) => ({
      title: groupTitles[i],
      audience: outlineAudience(p.audience),
      questions: p.entries.length,
      startLine: p.span.start.line,
      endLine: p.span.end.line,
    })),
    children: run.flatMap(questionEntries),
  };
}

/** How the tool read the document: its parts in order, with line ranges. */
export function outlineOf(doc: PrfaqDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  if (doc.frontMatter) {
    entries.push({ kind: "other", label: "Front matter", startLine: doc.frontMatter.span.start.line, endLine: doc.frontMatter.span.end.line });
  }
  let run: FaqPart[] = [];
  // Parts read from a FAQ answer ("What does success look like?") follow the FAQ they sit in, without splitting it.
  let inside: Part[] = [];
  const flush = () => {
    if (run.length) entries.push(mergeFaqRun(run));
    for (const part of inside) entries.push(entryOf(part));
    run = [];
    inside = [];
  };
  for (const part of doc.parts) {
    if (part.kind === "faq") {
      if (run.length && run[run.length - 1].audience !== part.audience) flush();
      run.push(part);
      continue;
    }
    if (run.length && "embedded" in part && part.embedded && run.some((f) => f.span.start.offset <= part.span.start.offset && part.span.end.offset <= f.span.end.offset)) {
      inside.push(part);
      continue;
    }
    flush();
    entries.push(entryOf(part));
  }
  flush();
  return entries;
}
