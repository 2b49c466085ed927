import { MarkupKind, type Hover } from "vscode-languageserver";
import { findRule, type Finding, type RuleMeta } from "../core";
import type { PositionMapper } from "./positions";
import type { RuleDocs } from "./rule-docs";

/** Findings whose text contains the offset; the end counts, so empty ranges can be hovered too. */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings.filter((f) => f.offset <= offset && offset <= f.endOffset);
}

/**
 * The hover repeats what the critic asks and explains why a reviewer cares,
 * which a one-line diagnostic has no room for.
 */
export function hoverFor(
  findings: readonly Finding[],
  mapper: PositionMapper,
  docs: RuleDocs,
  markdown: boolean,
  metaOf: (ruleId: string) => RuleMeta | undefined = (id) => findRule(id)?.meta,
): Hover | null {
  if (!findings.length) return null;
  const sections = findings.map((f) => (markdown ? describeMarkdown(f, docs, metaOf(f.ruleId)) : describePlain(f, metaOf(f.ruleId))));
  const first = findings[0];
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: sections.join(markdown ? "\n\n---\n\n" : "\n\n") },
    range: mapper.rangeOf(first),
  };
}

function describeMarkdown(finding: Finding, docs: RuleDocs, meta: RuleMeta | undefined): string {
  const lines = [`**${escapeMarkdown(finding.question)}**`, "", escapeMarkdown(finding.message)];
  if (meta) lines.push("", `*Why it matters:* ${escapeMarkdown(meta.rationale)}`);
  for (const place of finding.related ?? []) lines.push("", `*See line ${place.line}:* ${escapeMarkdown(place.message)}`);
  if (finding.suggestion) lines.push("", `*Suggestion:* ${escapeMarkdown(finding.suggestion.title)}`);
  const href = docs.uriFor(finding.ruleId);
  const id = `\`${finding.ruleId}\` · ${finding.category} · ${finding.severity}`;
  lines.push("", href ? `prfaq ${id} · [rules reference](${href})` : `prfaq ${id}`);
  return lines.join("\n");
}

function describePlain(finding: Finding, meta: RuleMeta | undefined): string {
  const lines = [finding.question, finding.message];
  if (meta) lines.push(`Why it matters: ${meta.rationale}`);
  for (const place of finding.related ?? []) lines.push(`See line ${place.line}: ${place.message}`);
  if (finding.suggestion) lines.push(`Suggestion: ${finding.suggestion.title}`);
  lines.push(`prfaq ${finding.ruleId} (${finding.category}, ${finding.severity})`);
  return lines.join("\n");
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}
