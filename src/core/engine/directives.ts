import type { Block, InlineDirective, PrfaqDocument } from "../model/types";
import type { Finding } from "./types";

const applies = (d: InlineDirective, ruleId: string) => d.rules.length === 0 || d.rules.includes(ruleId);

/** Where a `prfaq-disable` stops when no `prfaq-enable` closes it. */
export interface ScopedDirective {
  directive: InlineDirective;
  /** The source offset at which a block-form `prfaq-disable` stops applying. */
  scopeEnd: number;
}

const isSectionHeading = (b: Block) => b.kind === "heading" && b.listDepth === 0 && b.quoteDepth === 0;

/**
 * A `prfaq-disable` covers the section it sits in and no more: from the
 * comment to the next heading of the same or a higher level than the heading
 * it belongs to (the one right below it, or else the one above it). A comment
 * by the document's title covers only the title and the lines before the
 * next heading, never the whole document.
 */
export function scopeDirectives(doc: Pick<PrfaqDocument, "directives" | "blocks" | "text">): ScopedDirective[] {
  if (!doc.directives.length) return [];
  const headings = doc.blocks.filter(isSectionHeading);
  const title = headings[0];
  return doc.directives.map((directive) => {
    if (directive.kind !== "disable") return { directive, scopeEnd: Infinity };
    const at = directive.span.end.offset;
    const below = headings.find((h) => h.span.start.offset >= at);
    const onlySpaceBetween = below && !doc.text.slice(at, below.span.start.offset).trim();
    const owner = onlySpaceBetween ? below : [...headings].reverse().find((h) => h.span.start.offset < at);
    if (!owner) return { directive, scopeEnd: below ? below.span.start.offset : Infinity };
    const isTitle = owner === title && owner.depth === 1;
    const next = headings.find((h) => h.span.start.offset > owner.span.start.offset && (isTitle || h.depth <= owner.depth));
    return { directive, scopeEnd: next ? next.span.start.offset : Infinity };
  });
}

/**
 * True when an inline comment turns the rule off where the finding starts:
 * `prfaq-disable` until a matching `prfaq-enable` or the end of its section,
 * `prfaq-disable-next-line` for the line below it, and `prfaq-disable-line`
 * for its own line.
 */
export function isSuppressed(finding: Finding, directives: InlineDirective[] | ScopedDirective[]): boolean {
  let disabled = false;
  for (const item of directives) {
    const d = "directive" in item ? item.directive : item;
    const scopeEnd = "directive" in item ? item.scopeEnd : Infinity;
    if (d.kind === "disable-next-line" && d.span.end.line + 1 === finding.line && applies(d, finding.ruleId)) return true;
    if (d.kind === "disable-line" && d.span.start.line === finding.line && applies(d, finding.ruleId)) return true;
    if (d.span.start.offset > finding.offset) continue;
    if (d.kind === "disable" && applies(d, finding.ruleId)) disabled = finding.offset < scopeEnd;
    if (d.kind === "enable" && applies(d, finding.ruleId)) disabled = false;
  }
  return disabled;
}
