/**
 * Clipboard HTML from Google Docs, Word or a web page, as Markdown: headings,
 * bold and italic, lists, links and tables survive; everything that could
 * run or fetch (scripts, event handlers, javascript: links, remote images)
 * does not. Loaded on the first paste, so the editor's first load doesn't
 * carry an HTML parser.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

interface Parent<T> {
  children: T[];
}

/**
 * Calls `replace` on every node under `parent`, depth first; what it returns
 * takes the node's place (its children are then visited in turn), and
 * `undefined` keeps the node and goes into it.
 */
function rewrite<T extends { type: string }>(parent: Parent<T>, replace: (node: T) => T[] | undefined): void {
  const out: T[] = [];
  for (const node of parent.children) {
    const replaced = replace(node);
    for (const kept of replaced ?? [node]) {
      if ("children" in kept && Array.isArray(kept.children)) rewrite(kept as unknown as Parent<T>, replace);
      out.push(kept);
    }
  }
  parent.children = out;
}

function styleOf(node: Element): string {
  const style = node.properties?.style;
  return typeof style === "string" ? style.toLowerCase().replace(/\s+/g, "") : "";
}

function classesOf(node: Element): string[] {
  const value = node.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function element(tagName: string, children: ElementContent[], properties: Element["properties"] = {}): Element {
  return { type: "element", tagName, properties, children };
}

const BOLD_STYLE = /font-weight:(?:bold|[6-9]00)/;
const NORMAL_WEIGHT = /font-weight:(?:normal|[1-4]00)/;
const ITALIC_STYLE = /font-style:italic/;

/**
 * Google Docs marks bold and italic with inline styles on spans, and wraps
 * the whole clipboard in a `<b style="font-weight:normal">` that is not bold
 * at all. Styles are gone after sanitising, so they become tags first.
 */
function styledInline(node: Element): ElementContent[] | null {
  const style = styleOf(node);
  if (node.tagName === "b" && NORMAL_WEIGHT.test(style)) return node.children;
  if (node.tagName !== "span" || !style) return null;
  let children: ElementContent[] = node.children;
  if (ITALIC_STYLE.test(style)) children = [element("em", children)];
  if (BOLD_STYLE.test(style)) children = [element("strong", children)];
  return children === node.children ? null : children;
}

interface WordListPlace {
  /** Word's list id ("l0"): a new id is a new list, even right after another one. */
  list: string;
  level: number;
}

/** Word's list paragraph: `<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1">`. */
function wordListPlace(node: Element): WordListPlace | null {
  if (node.tagName !== "p") return null;
  const style = styleOf(node);
  const listed = /mso-list:/.test(style) || classesOf(node).some((c) => /^MsoListParagraph/i.test(c));
  if (!listed) return null;
  const level = /level(\d+)/.exec(style);
  return { list: /mso-list:(l\d+)/.exec(style)?.[1] ?? "", level: level ? Number(level[1]) : 1 };
}

/** The bullet or number Word writes as text, in a span styled `mso-list:Ignore`; numbers make an ordered list. */
function takeWordMarker(node: Element): string {
  let marker = "";
  rewrite<ElementContent>(node, (child) => {
    if (child.type !== "element" || !/mso-list:ignore/.test(styleOf(child))) return undefined;
    marker += textOf(child);
    return [];
  });
  return marker.trim();
}

function textOf(node: Element | ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element") return "";
  return node.children.map(textOf).join("");
}

/** Consecutive Word list paragraphs, gathered into nested `<ul>`/`<ol>` lists as HTML writes them. */
function gatherWordLists(parent: HastRoot | Element): void {
  const out: RootContent[] = [];
  let stack: { level: number; list: Element }[] = [];
  let currentList = "";
  for (const child of parent.children) {
    const place = child.type === "element" ? wordListPlace(child) : null;
    if (place && place.list !== currentList) stack = [];
    currentList = place?.list ?? "";
    const level = place?.level ?? null;
    if (level === null || child.type !== "element") {
      // Whitespace between list paragraphs doesn't end the list.
      if (child.type === "text" && !child.value.trim() && stack.length) continue;
      stack = [];
      out.push(child);
      continue;
    }
    const marker = takeWordMarker(child);
    const item = element("li", child.children);
    while (stack.length && stack[stack.length - 1].level > level) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.level === level) {
      top.list.children.push(item);
      continue;
    }
    const list = element(/^\(?\w{1,3}[.)]$/.test(marker) ? "ol" : "ul", [item]);
    if (top) {
      const last = top.list.children[top.list.children.length - 1];
      if (last?.type === "element") last.children.push(list);
      else top.list.children.push(element("li", [list]));
    } else out.push(list);
    stack.push({ level, list });
  }
  parent.children = out as typeof parent.children;
  for (const child of parent.children) if (child.type === "element") gatherWordLists(child);
}

/** Docs and Word write a table's first row as ordinary cells; Markdown's table needs it as the header. */
function headerRow(table: Element): void {
  const rows: Element[] = [];
  rewrite<ElementContent>(table, (node) => {
    if (node.type === "element" && node.tagName === "tr") rows.push(node);
    return undefined;
  });
  const first = rows[0];
  if (!first || rows.some((row) => row.children.some((cell) => cell.type === "element" && cell.tagName === "th"))) return;
  for (const cell of first.children) if (cell.type === "element" && cell.tagName === "td") cell.tagName = "th";
}

/** Office and Docs markup, turned into the plain HTML elements the Markdown conversion knows. */
function officeToHtml() {
  const simplify = (node: RootContent): RootContent[] | undefined => {
    // Word's conditional comments, <style>, and <o:p>-style elements: nothing a reader sees but their text.
    if (node.type === "comment" || (node.type === "element" && node.tagName === "style")) return [];
    if (node.type !== "element") return undefined;
    if (node.tagName.includes(":")) return node.children.flatMap((child) => simplify(child) ?? [child]);
    if (node.tagName === "table") headerRow(node);
    const classes = classesOf(node);
    if (classes.includes("MsoTitle")) node.tagName = "h1";
    else if (classes.includes("MsoSubtitle")) node.tagName = "h2";
    const inline = styledInline(node);
    return inline ? inline.flatMap((child) => simplify(child) ?? [child]) : undefined;
  };
  return (tree: HastRoot) => {
    rewrite<RootContent>(tree, simplify);
    gatherWordLists(tree);
  };
}

/**
 * Nothing in a pasted document may fetch or run anything: images keep only
 * their description, and a link whose address the sanitiser removed
 * (javascript:, data:) keeps only its text.
 */
function inertMarkdown() {
  return (tree: MdastRoot) =>
    rewrite<MdastContent>(tree as Parent<MdastContent>, (node) => {
      if (node.type === "image" || node.type === "imageReference") return node.alt ? [{ type: "text", value: node.alt }] : [];
      if (node.type === "link" && !/^(?:https?:|mailto:|#)/i.test(node.url)) return node.children;
      if (node.type === "html") return [];
      // Docs puts each list item in its own paragraph; one paragraph per item is a tight list, as people type it.
      if (node.type === "list" && node.children.every((item) => item.children.length <= 1)) {
        node.spread = false;
        for (const item of node.children) item.spread = false;
      }
      return undefined;
    });
}

const schema = {
  ...defaultSchema,
  // The default schema prefixes ids and keeps images; a pasted document needs neither.
  clobberPrefix: "",
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "img" && tag !== "picture" && tag !== "source"),
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(officeToHtml)
  .use(rehypeSanitize, schema)
  .use(rehypeRemark)
  .use(inertMarkdown)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", emphasis: "_", strong: "*", fences: true, rule: "-", listItemIndent: "one" });

export function htmlToMarkdown(html: string): string {
  const markdown = String(processor.processSync(html));
  // Word and Docs end every paste with a paragraph break; the cursor should stay at the end of the text.
  return markdown.replace(/\n+$/, "").replace(/\n{3,}/g, "\n\n");
}
