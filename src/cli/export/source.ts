import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseDocument, type PrfaqDocument } from "../../core";

/** A document ready to export: its Markdown tree, its PR/FAQ model, and where the press release ends. */
export interface ExportSource {
  text: string;
  tree: Root;
  doc: PrfaqDocument;
  title: string;
  /** Offset at which the FAQs (everything after the press release) start; null when there is no press release. */
  faqStart: number | null;
  meta: { label: string; value: string }[];
}

function stringValue(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  return null;
}

export function readExportSource(input: string, fallbackTitle: string): ExportSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const doc = parseDocument(text);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]).parse(text) as Root;
  const fm = doc.frontMatter?.data ?? {};
  const headline = doc.parts.find((p) => p.kind === "headline");
  const title = stringValue(fm.title) ?? doc.productName ?? (headline && "text" in headline ? headline.text : null) ?? fallbackTitle;
  const meta: ExportSource["meta"] = [];
  for (const key of ["owner", "status", "stage", "format"]) {
    const value = stringValue(fm[key]);
    if (value) meta.push({ label: key, value });
  }
  if (doc.decision?.outcome) meta.push({ label: "decision", value: `${doc.decision.outcome}${doc.decision.date ? ` (${doc.decision.date})` : ""}` });
  // Whatever follows the press release (FAQs, metrics, kill criteria) starts on a new page.
  const prEnd = doc.pressRelease?.end.offset ?? null;
  const rest = prEnd === null ? false : tree.children.some((n) => (n.position?.start.offset ?? -1) >= prEnd);
  return { text, tree, doc, title, faqStart: rest ? prEnd : null, meta };
}
