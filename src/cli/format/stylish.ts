import pc from "picocolors";
import type { FileReport, Finding, Severity } from "../../core";
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
 * Groups findings by file, prints the critic's question under each, and ends
 * each file with the readiness verdict.
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
    const width = Math.max(0, ...file.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of file.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
      out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(width))}  ${severityLabel(f.severity, c)}  ${f.message}  ${c.dim(`${f.category}/${f.ruleId}`)}`);
      out.push(`  ${" ".repeat(width)}  ${" ".repeat(7)}  ${c.cyan("?")} ${f.question}`);
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

function formatVerdict(file: FileReport, c: Colors): string {
  const v = file.verdict;
  const tone = v.readiness === "ready" ? c.green : v.readiness === "decided" ? c.cyan : c.red;
  const open = v.categories.filter((x) => x.status === "open").map((x) => x.category);
  const solid = v.categories.filter((x) => x.status === "solid").map((x) => x.category);
  const lines = [`  ${c.bold("Verdict:")} ${tone(v.label)}`];
  if (open.length) lines.push(`    ${c.dim("open:")}  ${open.join(", ")}`);
  if (solid.length) lines.push(`    ${c.dim("solid:")} ${solid.join(", ")}`);
  return lines.join("\n");
}

export function onlyErrors(files: FileReport[]): FileReport[] {
  return files.map((f) => ({ ...f, findings: f.findings.filter((x: Finding) => x.severity === "error") }));
}
