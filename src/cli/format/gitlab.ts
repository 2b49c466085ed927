import { createHash } from "node:crypto";
import type { FileReport, Finding, Severity } from "../../core";

/** One issue of a GitLab Code Quality report (the Code Climate format GitLab reads). */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical";
  categories: string[];
  location: { path: string; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

// The same mapping other linters' GitLab formatters use: an error blocks, a warning is a reviewer's objection.
const SEVERITY: Record<Severity, CodeQualityIssue["severity"]> = { error: "major", warning: "minor", info: "info" };

/**
 * GitLab compares a merge request's report with its target branch's by
 * fingerprint, so the fingerprint leaves out the line: a finding that moves
 * down when text is added above it is the same finding, not a new one.
 */
function fingerprint(path: string, ruleId: string, message: string, occurrence: number): string {
  return createHash("sha256").update(`${path}\0${ruleId}\0${message}\0${occurrence}`).digest("hex").slice(0, 32);
}

/** Code Quality has no field for a second place, so the description names it. */
function seeAlso(finding: Finding): string {
  return (finding.related ?? []).map((place) => ` See line ${place.line}: ${place.message}`).join("");
}

/** A GitLab Code Quality report: `artifacts: reports: codequality:` shows it on the merge request. */
export function formatGitlab(files: FileReport[]): string {
  const issues: CodeQualityIssue[] = [];
  for (const file of files) {
    if (file.error) {
      issues.push({
        description: `prfaq could not read this file: ${file.error}`,
        check_name: "prfaq/unreadable",
        fingerprint: fingerprint(file.path, "unreadable", file.error, 0),
        severity: "critical",
        categories: ["Bug Risk"],
        location: { path: file.path, positions: { begin: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
      });
      continue;
    }
    const seen = new Map<string, number>();
    for (const finding of file.findings) {
      const key = `${finding.ruleId}\0${finding.message}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      issues.push({
        description: `${finding.message} ${finding.question}${seeAlso(finding)} (${finding.category}/${finding.ruleId})`,
        check_name: `prfaq/${finding.ruleId}`,
        fingerprint: fingerprint(file.path, finding.ruleId, finding.message, occurrence),
        severity: SEVERITY[finding.severity],
        categories: [finding.category === "style" ? "Style" : "Clarity"],
        location: {
          path: file.path,
          positions: { begin: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + "\n";
}
