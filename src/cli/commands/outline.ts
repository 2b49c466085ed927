import { outlineOf, parseDocument, type OutlineEntry } from "../../core";
import { displayPath, expandPaths } from "../io/expand-paths";
import { readDocument, readStdin } from "../io/read-document";

export async function runOutline(inputs: string[], format: "stylish" | "json"): Promise<string> {
  const paths = await expandPaths(inputs.length ? inputs : ["-"]);
  const results: { path: string; outline: OutlineEntry[]; productName: string | null }[] = [];
  for (const path of paths) {
    const text = path === "-" ? await readStdin() : await readDocument(path);
    const doc = parseDocument(text);
    results.push({ path: displayPath(path), outline: outlineOf(doc), productName: doc.productName });
  }
  if (format === "json") return JSON.stringify({ files: results }, null, 2) + "\n";
  const out: string[] = [];
  for (const r of results) {
    out.push(r.path + (r.productName ? `  (product: ${r.productName})` : ""));
    for (const e of r.outline) {
      out.push(`  ${`${e.startLine}-${e.endLine}`.padStart(9)}  ${e.label}`);
      for (const child of e.children ?? []) out.push(`  ${`${child.startLine}-${child.endLine}`.padStart(9)}      ${child.label}`);
    }
    if (!r.outline.length) out.push("  (nothing recognised: the document is empty)");
    out.push("");
  }
  return out.join("\n");
}
