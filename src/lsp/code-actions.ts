import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { Block, Finding, PrfaqDocument } from "../core";
import type { PositionMapper } from "./positions";

export const OPEN_RULES_REFERENCE_COMMAND = "prfaq.openRulesReference";

export interface ActionContext {
  uri: string;
  doc: PrfaqDocument;
  mapper: PositionMapper;
  /** Whether this installation has a reference page for the rule. */
  hasReference(ruleId: string): boolean;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Lines that belong to a list, a quote, a table or indented code: a comment line above would end them. */
const CONTAINER_LINE = /^(?: {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)| {0,3}>| {0,3}\||\t| {4})/;
const NEXT_LINE_DIRECTIVE = /^(\s*<!--\s*prfaq-disable-next-line\b[^>]*?)(\s*-->\s*)$/;

/**
 * The quick fixes for findings under the cursor: the rule's own suggestion,
 * turning the rule off for the line or for the section with an inline
 * comment, and opening the rule's page in the rules reference.
 */
export function codeActionsFor(findings: readonly { finding: Finding; diagnostic: Diagnostic }[], ctx: ActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (key: string) => !seen.has(key) && !!seen.add(key);
  for (const { finding, diagnostic } of findings) {
    const suggestion = finding.suggestion;
    if (suggestion?.replacement !== undefined && once(`fix:${finding.ruleId}:${finding.offset}:${finding.endOffset}`)) {
      actions.push({
        title: suggestion.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: true,
        edit: { changes: { [ctx.uri]: [{ range: replacedRange(ctx, suggestion) ?? diagnostic.range, newText: suggestion.replacement }] } },
      });
    }
  }
  for (const { finding, diagnostic } of findings) {
    if (insideFrontMatter(ctx.doc, finding)) continue;
    if (once(`line:${finding.ruleId}:${finding.line}`)) {
      actions.push({
        title: `Disable ${finding.ruleId} for this line`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [ctx.uri]: [disableForLine(ctx, finding)] } },
      });
    }
    const heading = sectionHeadingOf(ctx.doc, finding);
    if (heading && once(`section:${finding.ruleId}:${heading.index}`)) {
      actions.push({
        title: `Disable ${finding.ruleId} for the section "${clip(heading.text)}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [ctx.uri]: disableForSection(ctx, finding, heading) } },
      });
    }
  }
  for (const { finding, diagnostic } of findings) {
    if (ctx.hasReference(finding.ruleId) && once(`docs:${finding.ruleId}`)) {
      const title = `Open the rules reference for ${finding.ruleId}`;
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: OPEN_RULES_REFERENCE_COMMAND, arguments: [finding.ruleId] },
      });
    }
  }
  return actions;
}

function replacedRange(ctx: ActionContext, suggestion: NonNullable<Finding["suggestion"]>): Diagnostic["range"] | null {
  if (suggestion.offset === undefined || suggestion.endOffset === undefined) return null;
  return { start: ctx.mapper.positionAt(suggestion.offset), end: ctx.mapper.positionAt(suggestion.endOffset) };
}

function lineText(doc: PrfaqDocument, line: number): string {
  const start = doc.lineStarts[line - 1];
  const next = line < doc.lineStarts.length ? doc.lineStarts[line] : doc.text.length;
  return doc.text.slice(start, next).replace(/\r?\n$|\r$/, "");
}

function lineEnding(doc: PrfaqDocument): string {
  return doc.text.includes("\r\n") ? "\r\n" : "\n";
}

function insideFrontMatter(doc: PrfaqDocument, finding: Finding): boolean {
  const fm = doc.frontMatter;
  return !!fm && finding.offset >= fm.span.start.offset && finding.offset < fm.span.end.offset;
}

/**
 * `prfaq-disable-next-line` goes on its own line above, where a comment line
 * leaves the Markdown as it was: above a heading, or above a paragraph that
 * starts after a blank line. Inside a paragraph, list, quote or table a new
 * line would split it, so `prfaq-disable-line` goes at the end of the line.
 */
function disableForLine(ctx: ActionContext, finding: Finding): TextEdit {
  const { doc, mapper } = ctx;
  const line = finding.line;
  const text = lineText(doc, line);
  const above = line > 1 ? lineText(doc, line - 1) : null;
  const existing = above === null ? null : NEXT_LINE_DIRECTIVE.exec(above);
  if (existing) {
    const at = mapper.position(line - 1, existing[1].length + 1);
    return { range: { start: at, end: at }, newText: ` ${finding.ruleId}` };
  }
  if (canTakeLineAbove(text, above)) {
    const indent = /^[ ]*/.exec(text)![0];
    const at = mapper.position(line, 1);
    return { range: { start: at, end: at }, newText: `${indent}<!-- prfaq-disable-next-line ${finding.ruleId} -->${lineEnding(doc)}` };
  }
  const at = mapper.position(line, text.length + 1);
  return { range: { start: at, end: at }, newText: ` <!-- prfaq-disable-line ${finding.ruleId} -->` };
}

function canTakeLineAbove(text: string, above: string | null): boolean {
  if (ATX_HEADING.test(text)) return true;
  if (CONTAINER_LINE.test(text)) return false;
  return above === null || above.trim() === "" || ATX_HEADING.test(above) || above.trimEnd().endsWith("-->");
}

/** The nearest top-level heading at or before the finding. */
function sectionHeadingOf(doc: PrfaqDocument, finding: Finding): Block | null {
  let heading: Block | null = null;
  for (const block of doc.blocks) {
    if (block.span.start.offset > finding.offset) break;
    if (isSectionHeading(block)) heading = block;
  }
  return heading;
}

function isSectionHeading(block: Block): boolean {
  return block.kind === "heading" && block.listDepth === 0 && block.quoteDepth === 0;
}

/**
 * `prfaq-disable` right after the section's heading (or above it, when the
 * finding is on the heading itself) and `prfaq-enable` right before the next
 * heading of the same or a higher level. A section that runs to the end of
 * the document needs no `prfaq-enable`.
 */
function disableForSection(ctx: ActionContext, finding: Finding, heading: Block): TextEdit[] {
  const { doc, mapper } = ctx;
  const eol = lineEnding(doc);
  const edits: TextEdit[] = [];
  const disable = `<!-- prfaq-disable ${finding.ruleId} -->`;
  if (finding.offset < heading.span.end.offset) {
    const at = mapper.position(heading.span.start.line, 1);
    edits.push({ range: { start: at, end: at }, newText: `${disable}${eol}` });
  } else if (heading.span.end.line < doc.lineStarts.length) {
    const at = mapper.position(heading.span.end.line + 1, 1);
    edits.push({ range: { start: at, end: at }, newText: `${disable}${eol}` });
  } else {
    const at = mapper.position(heading.span.end.line, lineText(doc, heading.span.end.line).length + 1);
    edits.push({ range: { start: at, end: at }, newText: `${eol}${disable}` });
  }
  const next = doc.blocks.find((b) => b.index > heading.index && isSectionHeading(b) && b.depth <= heading.depth);
  if (next) {
    const at = mapper.position(next.span.start.line, 1);
    edits.push({ range: { start: at, end: at }, newText: `<!-- prfaq-enable ${finding.ruleId} -->${eol}` });
  }
  return edits;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
