import { readFile, stat } from "node:fs/promises";
import { UserError } from "../errors";

/** Larger files are refused: no PR/FAQ is this long, and the critique would take minutes. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

function describeErrno(err: NodeJS.ErrnoException, path: string): string {
  switch (err.code) {
    case "ENOENT":
      return `${path}: no such file or directory`;
    case "EACCES":
    case "EPERM":
      return `${path}: permission denied (check the file's permissions)`;
    case "EISDIR":
      return `${path}: is a directory`;
    case "EMFILE":
      return `${path}: too many open files; try fewer paths at once`;
    default:
      return `${path}: cannot be read (${err.code ?? err.message})`;
  }
}

/**
 * Decodes a document as UTF-8 text. Binary files and other encodings are
 * refused with a message that says what the file appears to be.
 */
export function decodeDocument(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const which = bytes[0] === 0xff ? "UTF-16 little-endian" : "UTF-16 big-endian";
    throw new UserError(`${path}: the file is ${which} text; save it as UTF-8 and try again`);
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new UserError(`${path}: this is a ZIP archive (a .docx, .xlsx or .zip), not a Markdown or text document`);
  }
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    throw new UserError(`${path}: this is a PDF, not a Markdown or text document; export it as text or Markdown first`);
  }
  const head = bytes.subarray(0, 8192);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (zeros > 0) {
    // Every other byte zero is UTF-16 without a byte-order mark.
    const evenZeros = head.filter((b, i) => i % 2 === 0 && b === 0).length;
    const oddZeros = head.filter((b, i) => i % 2 === 1 && b === 0).length;
    if (oddZeros > head.length / 4 && evenZeros === 0) throw new UserError(`${path}: the file looks like UTF-16 little-endian text; save it as UTF-8 and try again`);
    if (evenZeros > head.length / 4 && oddZeros === 0) throw new UserError(`${path}: the file looks like UTF-16 big-endian text; save it as UTF-8 and try again`);
    throw new UserError(`${path}: this is a binary file, not a Markdown or text document`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let offset = 0;
    for (let i = 0; i < bytes.length; i++) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + 4));
      } catch {
        if (bytes[i] >= 0x80) {
          offset = i;
          break;
        }
      }
    }
    const line = bytes.subarray(0, offset).filter((b) => b === 10).length + 1;
    throw new UserError(`${path}: the file is not valid UTF-8 (it looks like Windows-1252 or Latin-1; first bad byte on line ${line}); save it as UTF-8 and try again`);
  }
}

export async function readDocument(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new UserError(`${path}: is a directory`);
    size = info.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(describeErrno(err as NodeJS.ErrnoException, path));
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new UserError(`${path}: the file is ${(size / 1024 / 1024).toFixed(0)} MB; prfaq reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new UserError(describeErrno(err as NodeJS.ErrnoException, path));
  }
  if (/\.(docx|docm|dotx)$/i.test(path) && bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // Word documents are read into Markdown; the reader (and mammoth) load only when one is met.
    const { docxToMarkdown } = await import("./docx");
    return (await docxToMarkdown(bytes, path)).markdown;
  }
  return decodeDocument(bytes, path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buf.length;
    if (total > MAX_DOCUMENT_BYTES) throw new UserError(`<stdin>: input is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
    chunks.push(buf);
  }
  return decodeDocument(Buffer.concat(chunks), "<stdin>");
}
