import pc from "picocolors";
import { leadOf, type FileReport, type Finding, type Severity } from "../../core";
import { plural } from "./plural";

type Colors = Pick<typeof pc, "red" | "yellow" | "blue" | "dim" | "bold" | "underline" | "green" | "cyan">;

const plain: Colors = {
  red: String,
  yellow: String,
  blue: String,
  dim: String,
  bold: String,
  underline: String,
  green: String,
  cyan: String,
} as unknown as Colors;

function severityLabel(severity: Severity, c: Colors): string {
  if (severity === "error") return c.red("error  ");
  if (severity === "warning") return c.yellow("warning");
  return c.blue("info   ");
}

export interface StylishOptions {
  color: boolean;
  /** Show the verdict per file. */
  verdict?: boolean;
}

/**
 * Opens each file with what a reviewer would raise first (the five
 * top-ranked errors and warnings) and what the document does well, then
 * lists every finding in reading order with the critic's question under it,
 * and ends with the readiness verdict.
 */
export function formatStylish(files: FileReport[], options: StylishOptions): string {
  const c = options.color ? pc : plain;
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  const unreadable = files.filter((f) => f.error).length;
  for (const file of files) {
    // Files that could not be read are reported on standard error, one line each.
    if (file.error) continue;
    out.push(c.underline(file.path));
    out.push(...formatLead(file, c));
    const width = Math.max(0, ...file.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of file.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
      out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(width))}  ${severityLabel(f.severity, c)}  ${f.message}  ${c.dim(`${f.category}/${f.ruleId}`)}`);
      out.push(`  ${" ".repeat(width)}  ${" ".repeat(7)}  ${c.cyan("?")} ${f.question}`);
      for (const place of f.related ?? []) out.push(`  ${" ".repeat(width)}  ${" ".repeat(7)}  ${c.dim(`see line ${place.line}:`)} ${place.message}`);
    }
    if (!file.findings.length) out.push(`  ${c.green("no findings")}`);
    if (options.verdict !== false) out.push(formatVerdict(file, c));
    out.push("");
  }
  const total = errors + warnings + infos;
  const checked = files.length - unreadable;
  const skipped = unreadable ? c.red(`; ${plural(unreadable, "file")} could not be read`) : "";
  if (checked === 0) out.push(c.red(`✖ no file could be read`));
  else if (total === 0) out.push(c.green(`✔ ${plural(checked, "file")} checked, no findings`) + skipped);
  else {
    const mark = errors ? c.red("✖") : warnings ? c.yellow("⚠") : c.blue("ℹ");
    out.push(`${mark} ${plural(total, "finding")} in ${plural(checked, "file")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info)${skipped}`);
  }
  return out.join("\n") + "\n";
}

function formatLead(file: FileReport, c: Colors): string[] {
  const lead = leadOf(file.findings);
  const strengths = file.verdict.strengths ?? [];
  if (!lead.length && !strengths.length) return [];
  const lines: string[] = [];
  if (lead.length) {
    lines.push(`  ${c.bold("First, a reviewer would raise:")}`);
    lead.forEach((f, i) => lines.push(`    ${i + 1}. ${c.dim(`line ${f.line}`)}  ${f.message}  ${c.dim(f.category)}`));
  }
  if (strengths.length) {
    lines.push(`  ${c.bold("Keep:")}`);
    for (const s of strengths) lines.push(`    ${c.green("+")} ${c.dim(`line ${s.line}`)}  ${s.message}  ${c.dim(s.category)}`);
  }
  if (file.findings.length) lines.push(`  ${c.bold("All findings, in reading order:")}`);
  return lines;
}

function formatVerdict(file: FileReport, c: Colors): string {
  const v = file.verdict;
  const tone = v.readiness === "ready" ? c.green : v.readiness === "decided" ? c.cyan : c.red;
  const open = v.categories.filter((x) => x.status === "open").map((x) => x.category);
  const solid = v.categories.filter((x) => x.status === "solid").map((x) => x.category);
  const lines = [`  ${c.bold("Verdict:")} ${tone(v.label)}`];
  if (open.length) lines.push(`    ${c.dim("open:")}  ${open.join(", ")}`);
  if (solid.length) lines.push(`    ${c.dim("solid:")} ${solid.join(", ")}`);
  const unchecked = v.categories.filter((x) => x.status === "unchecked").map((x) => x.category);
  if (unchecked.length) lines.push(`    ${c.dim("unchecked (not English):")} ${unchecked.join(", ")}`);
  return lines.join("\n");
}

export function onlyErrors(files: FileReport[]): FileReport[] {
  return files.map((f) => ({ ...f, findings: f.findings.filter((x: Finding) => x.severity === "error") }));
}
