import type { Part, PrfaqDocument } from "./model/types";

export interface OutlineEntry {
  kind: Part["kind"];
  /** A short human label: "Internal FAQ (7 questions)", "Quote — Ada Greene (spokesperson)". */
  label: string;
  startLine: number;
  endLine: number;
  children?: OutlineEntry[];
}

function describe(part: Part): string {
  const clip = (t: string) => (t.length > 70 ? `${t.slice(0, 67)}…` : t);
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
      return part.embedded ? "Getting started (inside another paragraph)" : "Getting started";
    case "faq": {
      const name = part.audience === "customer" ? "Customer FAQ" : part.audience === "internal" ? "Internal FAQ" : "FAQ";
      return `${name} (${part.entries.length} question${part.entries.length === 1 ? "" : "s"})`;
    }
    case "success-metrics":
      return "Success metrics";
    case "kill-criteria":
      return "Kill criteria";
    case "decision":
      return "Decision";
    case "appendix":
      return "Appendix";
    case "other":
      return `Other: ${clip(part.title || "(untitled)")}`;
  }
}

/** How the tool read the document: its parts in order, with line ranges. */
export function outlineOf(doc: PrfaqDocument): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  if (doc.frontMatter) {
    entries.push({ kind: "other", label: "Front matter", startLine: doc.frontMatter.span.start.line, endLine: doc.frontMatter.span.end.line });
  }
  for (const part of doc.parts) {
    const entry: OutlineEntry = { kind: part.kind, label: describe(part), startLine: part.span.start.line, endLine: part.span.end.line };
    if (part.kind === "faq" && part.entries.length) {
      entry.children = part.entries.map((e) => ({
        kind: "faq",
        label: `Q: ${e.questionText.length > 80 ? `${e.questionText.slice(0, 77)}…` : e.questionText}${e.answerText ? "" : " (no answer)"}`,
        startLine: e.span.start.line,
        endLine: e.span.end.line,
      }));
    }
    entries.push(entry);
  }
  return entries;
}
