import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver";
import { describePart, type Part, type PrfaqDocument, type Span } from "../core";
import type { PositionMapper } from "./positions";

const KIND: Record<Part["kind"], SymbolKind> = {
  headline: SymbolKind.String,
  subheading: SymbolKind.String,
  summary: SymbolKind.Module,
  problem: SymbolKind.Module,
  solution: SymbolKind.Module,
  quote: SymbolKind.Event,
  "getting-started": SymbolKind.Module,
  faq: SymbolKind.Namespace,
  "success-metrics": SymbolKind.Module,
  "kill-criteria": SymbolKind.Module,
  decision: SymbolKind.Module,
  appendix: SymbolKind.Module,
  other: SymbolKind.Module,
};

/**
 * The outline shows the PR/FAQ's parts as the critic reads them, with the
 * same labels as `prfaq outline`, so an author sees at a glance when the
 * tool took their "Problem" for something else. FAQ questions are children.
 */
export function documentSymbols(doc: PrfaqDocument, mapper: PositionMapper): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  if (doc.frontMatter) {
    symbols.push(symbol("Front matter", SymbolKind.Object, doc.frontMatter.span, doc.frontMatter.span, mapper));
  }
  doc.parts.forEach((part) => {
    const name = describePart(part);
    const selection = part.label?.span ?? part.blocks[0]?.span ?? part.span;
    const sym = symbol(name, KIND[part.kind], part.span, selection, mapper);
    if (part.kind === "faq" && part.entries.length) {
      sym.children = part.entries.map((e) => {
        const question = e.questionText.length > 80 ? `${e.questionText.slice(0, 79)}…` : e.questionText;
        const child = symbol(question || "(empty question)", SymbolKind.Key, e.span, e.question.span, mapper);
        if (!e.answerText) child.detail = "no answer";
        return child;
      });
    }
    symbols.push(sym);
  });
  return symbols;
}

/** The same outline, flattened for clients without hierarchical symbol support. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string, container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) },
    ...flatSymbols(s.children ?? [], uri, s.name),
  ]);
}

function symbol(name: string, kind: SymbolKind, span: Span, selection: Span, mapper: PositionMapper): DocumentSymbol {
  const range = { start: mapper.positionAt(span.start.offset), end: mapper.positionAt(span.end.offset) };
  let selectionRange = { start: mapper.positionAt(selection.start.offset), end: mapper.positionAt(selection.end.offset) };
  // LSP requires the selection to lie inside the range.
  if (selection.start.offset < span.start.offset || selection.end.offset > span.end.offset) selectionRange = range;
  return { name: name.trim() || "(untitled)", kind, range, selectionRange };
}
