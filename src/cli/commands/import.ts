/**
 * `prfaq import doc.docx`: a Word or Google Docs PR/FAQ as Markdown, read
 * into the same model as every other document.
 */
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { UserError } from "../errors";
import { docxToMarkdown, looksLikeDocx } from "../io/docx";

export interface ImportOptions {
  /** Output path; null or "-" for standard output. */
  output: string | null;
  force: boolean;
}

export async function runImport(input: string, options: ImportOptions): Promise<{ stdout: string; notes: string[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === "ENOENT" ? `${input}: no such file or directory` : code === "EISDIR" ? `${input}: is a directory` : `${input}: cannot be read (${code})`);
  }
  if (!looksLikeDocx(input, bytes)) {
    throw new UserError(`${input}: not a Word document (.docx); prfaq imports .docx files (Google Docs: File › Download › Microsoft Word)`);
  }
  const { markdown, warnings } = await docxToMarkdown(bytes, input);
  const notes = warnings.map((w) => `${input}: ${w}`);
  if (!options.output || options.output === "-") return { stdout: markdown, notes };
  if (!options.force && existsSync(options.output)) throw new UserError(`${options.output} already exists; choose another name, or pass --force to replace it`);
  try {
    await writeFile(options.output, markdown);
  } catch (err) {
    throw new UserError(`${options.output}: cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  notes.push(`${input} → ${options.output}`);
  return { stdout: "", notes };
}
