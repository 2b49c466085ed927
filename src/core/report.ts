import type { Finding } from "./engine/types";
import type { Verdict } from "./verdict";

/** One file's entry in `prfaq check --format json`: the public contract in PRODUCT.md. */
export interface FileReport {
  path: string;
  findings: Finding[];
  verdict: Verdict;
  /** Set when the file could not be read or parsed at all. */
  error?: string;
}

export interface JsonReport {
  files: FileReport[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export function buildJsonReport(files: FileReport[]): JsonReport {
  const all = files.flatMap((f) => f.findings);
  return {
    files: files.map((f) => ({
      path: f.path,
      findings: f.findings.map((x) => ({
        ruleId: x.ruleId,
        category: x.category,
        severity: x.severity,
        line: x.line,
        column: x.column,
        endLine: x.endLine,
        endColumn: x.endColumn,
        message: x.message,
        question: x.question,
        offset: x.offset,
        endOffset: x.endOffset,
        ...(x.suggestion ? { suggestion: x.suggestion } : {}),
        ...(x.rank !== undefined ? { rank: x.rank } : {}),
        ...(x.count !== undefined ? { count: x.count } : {}),
        ...(x.related?.length ? { related: x.related } : {}),
      })),
      verdict: f.verdict,
      ...(f.error ? { error: f.error } : {}),
    })),
    summary: {
      files: files.length,
      errors: all.filter((f) => f.severity === "error").length,
      warnings: all.filter((f) => f.severity === "warning").length,
      infos: all.filter((f) => f.severity === "info").length,
    },
  };
}
