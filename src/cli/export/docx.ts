/**
 * A Word document with real heading styles (Heading 1 to 6, Title, Quote,
 * list numbering), so it reads as a native document in Word and Google Docs
 * and its navigation pane shows the PR/FAQ's outline. The FAQs start on a
 * new page after the press release.
 */
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { BlockContent, DefinitionContent, List, PhrasingContent, RootContent, TableRow as MdTableRow } from "mdast";
import type { ExportSource } from "./source";

type Block = Paragraph | Table;

interface Inline {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function run(text: string, style: Inline): TextRun {
  const options: IRunOptions = { text, bold: style.bold, italics: style.italics, strike: style.strike, font: style.code ? "Consolas" : undefined };
  return new TextRun(options);
}

function inlines(nodes: readonly PhrasingContent[], style: Inline = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        out.push(run(node.value.replace(/\s*\n\s*/g, " "), style));
        break;
      case "strong":
        out.push(...inlines(node.children, { ...style, bold: true }));
        break;
      case "emphasis":
        out.push(...inlines(node.children, { ...style, italics: true }));
        break;
      case "delete":
        out.push(...inlines(node.children, { ...style, strike: true }));
        break;
      case "inlineCode":
        out.push(run(node.value, { ...style, code: true }));
        break;
      case "break":
        out.push(new TextRun({ text: "", break: 1 }));
        break;
      case "link":
        if (/^(https?:|mailto:)/i.test(node.url)) out.push(new ExternalHyperlink({ link: node.url, children: inlines(node.children, style).filter((c): c is TextRun => c instanceof TextRun) }));
        else out.push(...inlines(node.children, style));
        break;
      case "image":
        out.push(run(`[${node.alt ?? "image"}]`, { ...style, italics: true }));
        break;
      case "footnoteReference":
        out.push(run(`[${node.label ?? node.identifier}]`, style));
        break;
      case "html":
        break;
      default:
        if ("children" in node) out.push(...inlines(node.children as PhrasingContent[], style));
        else if ("value" in node) out.push(run(String(node.value), style));
    }
  }
  return out;
}

interface Context {
  faqStart: number | null;
  pageBroken: boolean;
  ordered: number;
}

/** The first block at or after the FAQs' start begins a new page. */
function breakBefore(ctx: Context, offset: number | undefined): boolean {
  if (ctx.pageBroken || ctx.faqStart === null || offset === undefined || offset < ctx.faqStart) return false;
  ctx.pageBroken = true;
  return true;
}

function listBlocks(list: List, ctx: Context, level: number): Block[] {
  const out: Block[] = [];
  const instance = ctx.ordered++;
  for (const item of list.children) {
    item.children.forEach((child, i) => {
      if (child.type === "list") {
        out.push(...listBlocks(child, ctx, Math.min(level + 1, 8)));
        return;
      }
      const children = child.type === "paragraph" ? inlines(child.children) : inlines([{ type: "text", value: "" }]);
      const check = item.checked === true ? "☑ " : item.checked === false ? "☐ " : "";
      if (check && i === 0) children.unshift(run(check, {}));
      const pageBreakBefore = breakBefore(ctx, child.position?.start.offset);
      if (i > 0) out.push(new Paragraph({ children, indent: { left: 720 * (level + 1) }, pageBreakBefore }));
      else if (list.ordered) out.push(new Paragraph({ children, numbering: { reference: "ordered", level, instance }, pageBreakBefore }));
      else out.push(new Paragraph({ children, bullet: { level }, pageBreakBefore }));
    });
  }
  return out;
}

function tableBlock(rows: MdTableRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: row.children.map((c) => new TableCell({ children: [new Paragraph({ children: inlines(c.children, r === 0 ? { bold: true } : {}) })] })),
        }),
    ),
  });
}

function blocks(nodes: readonly (RootContent | BlockContent | DefinitionContent)[], ctx: Context, quoted = false): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    const pageBreakBefore = breakBefore(ctx, node.position?.start.offset);
    switch (node.type) {
      case "heading":
        out.push(new Paragraph({ heading: HEADINGS[node.depth - 1], children: inlines(node.children), pageBreakBefore }));
        break;
      case "paragraph":
        out.push(new Paragraph({ children: inlines(node.children), style: quoted ? "Quote" : undefined, pageBreakBefore }));
        break;
      case "blockquote":
        out.push(...blocks(node.children, ctx, true));
        break;
      case "list":
        out.push(...listBlocks(node, ctx, 0));
        break;
      case "code":
        out.push(new Paragraph({ pageBreakBefore, children: node.value.split("\n").flatMap((line, i) => [...(i ? [new TextRun({ text: "", break: 1 })] : []), run(line, { code: true })]) }));
        break;
      case "table":
        out.push(tableBlock(node.children));
        break;
      case "thematicBreak":
        out.push(new Paragraph({ children: [], border: { bottom: { style: "single", size: 6, color: "999999", space: 1 } } }));
        break;
      default:
        break;
    }
  }
  return out;
}

export async function exportDocx(source: ExportSource): Promise<Uint8Array> {
  const ctx: Context = { faqStart: source.faqStart, pageBroken: false, ordered: 0 };
  const body = blocks(source.tree.children, ctx);
  const meta = source.meta.map((m) => `${m.label}: ${m.value}`).join(" · ");
  const document = new Document({
    title: source.title,
    creator: "prfaq",
    description: "PR/FAQ exported by prfaq",
    styles: {
      default: { document: { run: { font: "Calibri", size: 22 } } },
      paragraphStyles: [
        { id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", quickFormat: true, run: { italics: true, color: "404040" }, paragraph: { indent: { left: 720 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: "ordered",
          levels: Array.from({ length: 9 }, (_, level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
        },
      ],
    },
    sections: [{ children: [...(meta ? [new Paragraph({ children: [new TextRun({ text: meta, color: "666666", size: 18 })] })] : []), ...body] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
