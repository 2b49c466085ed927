/**
 * Reads a Word document (.docx) into Markdown, so the critic reads PR/FAQs
 * written in Word or Google Docs through the same parser as Markdown ones:
 * heading styles become headings, bold runs stay bold (bold FAQ questions
 * included), lists stay lists.
 */
import { UserError } from "../errors";
import { stringify } from "yaml";

/** Word's and Google Docs' built-in styles that mammoth doesn't map by itself. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Body Text'] => p:fresh",
  "p[style-name='Table Contents'] => p:fresh",
];

/**
 * mammoth escapes every character that could ever mean something in
 * Markdown ("St\. Columba's", "shift\-trading"). Only the escapes that stop
 * a line from turning into a list, a heading or a quote are kept.
 */
export function tidyEscapes(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => {
      const lead = /^(\s*)(\\[#>+-]|\d+\\[.)])?/.exec(line)!;
      const head = lead[0];
      const rest = line.slice(head.length).replace(/\\([.\-!()#+>{}])/g, (m, ch: string, at: number, all: string) => (ch === "!" && all[at + 2] === "[" ? m : ch));
      return head + rest;
    })
    .join("\n");
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function looksLikeDocx(path: string, bytes: Uint8Array): boolean {
  return isZip(bytes) && /\.(docx|docm|dotx)$/i.test(path);
}

/** The keys `prfaq export --to docx` shows in its grey line above the title ("owner: Maya · stage: draft"). */
const EXPORTED_KEYS = new Set(["owner", "status", "stage", "format"]);
const META_PAIR = /^([a-z][a-z_-]*): (.+)$/;

/**
 * A document prfaq exported carries its front matter as one line above the
 * title. Read back, that line becomes front matter again rather than a
 * paragraph of the press release. The decision is left out: the Decision
 * section below holds it with its reason.
 */
export function restoreFrontMatter(markdown: string): string {
  const end = markdown.indexOf("\n\n");
  if (end < 0 || !/^#{1,2} \S/.test(markdown.slice(end + 2))) return markdown;
  const pairs = markdown.slice(0, end).split(" · ").map((piece) => META_PAIR.exec(piece.trim()));
  if (!pairs.every((pair) => pair && (EXPORTED_KEYS.has(pair[1]) || pair[1] === "decision"))) return markdown;
  const kept = pairs.filter((pair) => pair![1] !== "decision").map((pair) => [pair![1], pair![2]] as const);
  if (!kept.length) return markdown.slice(end + 2);
  return `---\n${stringify(Object.fromEntries(kept)).trimEnd()}\n---\n\n${markdown.slice(end + 2)}`;
}

export interface DocxText {
  markdown: string;
  /** What mammoth could not carry over (unknown styles, images), one line each. */
  warnings: string[];
}

type MarkdownConverter = (input: { buffer: Buffer }, options: { styleMap: string[] }) => Promise<{ value: string; messages: { type: string; message: string }[] }>;

export async function docxToMarkdown(bytes: Uint8Array, path: string): Promise<DocxText> {
  const { default: mammoth } = await import("mammoth");
  // convertToMarkdown is missing from mammoth's type declarations, though it ships and is maintained with the rest.
  const convert = (mammoth as unknown as { convertToMarkdown: MarkdownConverter }).convertToMarkdown;
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    result = await convert({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UserError(`${path}: cannot be read as a Word document (${why}); open it in Word or LibreOffice and save it again as .docx`);
  }
  // Word's non-breaking spaces and empty anchors add nothing to the text.
  const markdown = tidyEscapes(result.value.replace(/<a id="[^"]*"><\/a>/g, "").replace(/\u00a0/g, " "))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!markdown) throw new UserError(`${path}: the Word document has no text`);
  return { markdown: `${restoreFrontMatter(markdown)}\n`, warnings: result.messages.filter((m) => m.type !== "info").map((m) => m.message) };
}
