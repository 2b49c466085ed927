import type { Critic, PrfaqDocument } from "../../core";
import { renderMarkdown } from "./render";

/** Everything derived from a revision's text, computed once when it is saved (revisions never change). */
export interface RevisionContent {
  text: string;
  title: string;
  findings: string;
  verdict: string;
  readiness: string;
  errors: number;
  warnings: number;
  infos: number;
  killCriteria: string;
  html: string;
}

const MAX_TITLE = 200;

export function titleOf(doc: PrfaqDocument): string {
  const fromFrontMatter = doc.frontMatter?.data.title;
  if (typeof fromFrontMatter === "string" && fromFrontMatter.trim()) return fromFrontMatter.trim().slice(0, MAX_TITLE);
  const headline = doc.parts.find((p) => p.kind === "headline");
  if (headline && headline.kind === "headline" && headline.text.trim()) return headline.text.trim().slice(0, MAX_TITLE);
  const heading = doc.blocks.find((b) => b.kind === "heading" && b.text.trim());
  if (heading) return heading.text.trim().slice(0, MAX_TITLE);
  const first = doc.blocks.find((b) => b.text.trim());
  return first ? first.text.trim().slice(0, 80) : "Untitled";
}

/**
 * The kill criteria a decision can cite: the list items of the kill-criteria
 * part, or its sentences when it is written as prose.
 */
export function killCriteriaOf(doc: PrfaqDocument): string[] {
  const parts = doc.parts.filter((p) => p.kind === "kill-criteria");
  const blocks = parts.flatMap((p) => p.blocks).filter((b) => b.kind !== "heading" && !b.labelOnly && b.text.trim());
  const items = blocks.filter((b) => b.listItemStart);
  if (items.length) return items.map((b) => b.text.trim());
  return blocks.flatMap((b) => (b.sentences.length ? b.sentences.map((s) => s.text.trim()) : [b.text.trim()])).filter(Boolean);
}

export function revisionContentOf(critic: Critic, text: string): RevisionContent {
  const { document, findings, verdict } = critic.check(text);
  return {
    text,
    title: titleOf(document),
    findings: JSON.stringify(findings),
    verdict: JSON.stringify(verdict),
    readiness: verdict.readiness,
    errors: verdict.errors,
    warnings: verdict.warnings,
    infos: verdict.infos,
    killCriteria: JSON.stringify(killCriteriaOf(document)),
    html: renderMarkdown(text),
  };
}
