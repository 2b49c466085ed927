/**
 * HTML for silent reading: the press release alone on page 1, the FAQs
 * after it, source line numbers in the margin so reviewers can point at
 * "line 14", print CSS, and nothing fetched from anywhere.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { Root as MdastRoot } from "mdast";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import type { ExportSource } from "./source";

const NUMBERED = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "tr", "blockquote"]);

/** Marks each block with the source line it starts on; sanitising keeps `data-line` and nothing else new. */
function numberLines() {
  return (tree: HastRoot) => {
    const visit = (node: HastRoot | ElementContent) => {
      if (node.type === "element" && NUMBERED.has(node.tagName) && node.position) {
        node.properties = { ...node.properties, dataLine: node.position.start.line };
      }
      if ("children" in node) for (const child of node.children) visit(child as ElementContent);
    };
    visit(tree);
  };
}

/** Images from elsewhere would be fetched when the page opens; their alt text stays instead. */
function dropRemoteImages() {
  return (tree: HastRoot) => {
    const visit = (parent: HastRoot | Element) => {
      parent.children = parent.children.map((child) => {
        if (child.type !== "element") return child;
        if (child.tagName === "img" && !String(child.properties?.src ?? "").startsWith("data:")) {
          const alt = String(child.properties?.alt ?? "image");
          return { type: "text", value: `[${alt}]` };
        }
        visit(child);
        return child;
      }) as typeof parent.children;
    };
    visit(tree);
  };
}

const schema = {
  ...defaultSchema,
  attributes: { ...defaultSchema.attributes, "*": [...(defaultSchema.attributes?.["*"] ?? []), "dataLine"] },
  clobberPrefix: "",
};

function splitPages(tree: HastRoot, faqStart: number | null): { first: RootContent[]; rest: RootContent[] } {
  if (faqStart === null) return { first: tree.children, rest: [] };
  const first: RootContent[] = [];
  const rest: RootContent[] = [];
  for (const node of tree.children) {
    const at = "position" in node && node.position ? node.position.start.offset ?? 0 : null;
    if (at !== null && at >= faqStart) rest.push(node);
    else if (rest.length && at === null) rest.push(node);
    else first.push(node);
  }
  return { first, rest };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const STYLE = `
:root { color-scheme: light; }
body { font: 11.5pt/1.55 Georgia, "Times New Roman", serif; color: #111; margin: 0; background: #f4f4f2; }
.page { background: #fff; max-width: 44rem; margin: 1.5rem auto; padding: 2.5rem 3rem 2.5rem 4.5rem; box-shadow: 0 1px 3px rgba(0,0,0,.15); }
.meta { font: 9pt/1.4 system-ui, sans-serif; color: #555; margin: 0 0 1.5rem; padding-bottom: .5rem; border-bottom: 1px solid #ddd; }
.meta span + span::before { content: " · "; }
.label { font: 8pt system-ui, sans-serif; text-transform: uppercase; letter-spacing: .08em; color: #777; margin: 0 0 1rem; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 .6rem; }
h2 { font-size: 1.2em; margin: 1.4rem 0 .5rem; }
h3, h4, h5, h6 { font-size: 1.05em; margin: 1.2rem 0 .4rem; }
p, li { margin: 0 0 .7rem; }
[data-line] { position: relative; }
[data-line]::before { content: attr(data-line); position: absolute; left: -3.6rem; width: 2.6rem; text-align: right; font: 8pt/2 ui-monospace, monospace; color: #999; }
li[data-line]::before { left: -6.1rem; }
blockquote { margin: 0 0 .7rem; padding-left: 1rem; border-left: 3px solid #ccc; color: #333; }
pre { background: #f6f6f6; padding: .6rem; overflow-x: auto; font-size: .9em; }
table { border-collapse: collapse; margin: 0 0 .8rem; }
td, th { border: 1px solid #ccc; padding: .25rem .5rem; vertical-align: top; }
tr[data-line]::before { left: -3.6rem; }
@page { size: A4; margin: 18mm 16mm 18mm 10mm; }
@media print {
  body { background: #fff; }
  /* Chromium drops whatever falls in the @page margin, so the line numbers' gutter must sit inside the printable area. */
  .page { box-shadow: none; margin: 0; padding: 0 0 0 4.2rem; max-width: none; }
  .page + .page { break-before: page; }
  h1, h2, h3 { break-after: avoid; }
  p, li, tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

export function exportHtml(source: ExportSource, options: { exportedOn: string }): string {
  const processor = unified().use(remarkRehype).use(numberLines).use(rehypeSanitize, schema).use(dropRemoteImages);
  const hast = processor.runSync(source.tree as MdastRoot) as HastRoot;
  const { first, rest } = splitPages(hast, source.faqStart);
  const render = (children: RootContent[]) => unified().use(rehypeStringify).stringify({ type: "root", children } as HastRoot);
  const meta = [...source.meta.map((m) => `<span>${escapeHtml(m.label)}: ${escapeHtml(m.value)}</span>`), `<span>exported ${escapeHtml(options.exportedOn)}</span>`].join("");
  const pages = [`<section class="page press-release" aria-label="Press release"><p class="meta">${meta}</p><p class="label">Press release</p>\n${render(first)}\n</section>`];
  if (rest.length) pages.push(`<section class="page faq" aria-label="Frequently asked questions"><p class="label">FAQ and appendices</p>\n${render(rest)}\n</section>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="prfaq">
<title>${escapeHtml(source.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${pages.join("\n")}
</body>
</html>
`;
}
