/**
 * `prfaq export FILE --to html|docx|pdf`: the document as reviewers read it
 * in the meeting. Markdown and Word documents are both accepted.
 */
import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { UserError } from "../errors";
import { readExportSource } from "../export/source";
import { readDocument } from "../io/read-document";

export type ExportFormat = "html" | "docx" | "pdf";
export const EXPORT_FORMATS: ExportFormat[] = ["html", "docx", "pdf"];

export interface ExportOptions {
  to: ExportFormat;
  /** Output path; "-" for standard output; null for FILE with the new extension. */
  output: string | null;
  today: string;
}

export interface ExportRun {
  /** Bytes for standard output, when the output is "-". */
  stdout: Uint8Array | null;
  message: string;
}

function defaultOutput(input: string, to: ExportFormat): string {
  const ext = extname(input);
  const stem = ext ? input.slice(0, -ext.length) : input;
  const candidate = `${stem}.${to}`;
  // Exporting idea.docx to DOCX must not overwrite the original.
  return candidate === input ? `${stem}.export.${to}` : candidate;
}

export async function runExport(input: string, options: ExportOptions): Promise<ExportRun> {
  if (input === "-") throw new UserError("export reads a file; give its path (standard input is not supported here)");
  const text = await readDocument(input);
  const source = readExportSource(text, basename(input, extname(input)));
  let bytes: Uint8Array;
  if (options.to === "docx") {
    const { exportDocx } = await import("../export/docx");
    bytes = await exportDocx(source);
  } else {
    const { exportHtml } = await import("../export/html");
    const html = exportHtml(source, { exportedOn: options.today });
    if (options.to === "pdf") {
      const { exportPdf } = await import("../export/pdf");
      bytes = await exportPdf(html);
    } else bytes = new TextEncoder().encode(html);
  }
  if (options.output === "-") return { stdout: bytes, message: "" };
  const target = options.output ?? defaultOutput(input, options.to);
  try {
    await writeFile(target, bytes);
  } catch (err) {
    throw new UserError(`${target}: cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return { stdout: null, message: `${input} → ${target} (${options.to.toUpperCase()}, ${bytes.length} bytes)\n` };
}
