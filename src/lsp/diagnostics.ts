import { pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Diagnostic } from "vscode-languageserver";
import type { Finding, Severity } from "../core";
import type { PositionMapper } from "./positions";
import type { RuleDocs } from "./rule-docs";
import type { ConfigLookup } from "./workspace-config";

export const DIAGNOSTIC_SOURCE = "prfaq";
/** The code of the one diagnostic that reports a broken `.prfaq.yml`. */
export const CONFIG_PROBLEM_CODE = "config";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/**
 * `uri` is the document's own: a finding's related places (the FAQ answer that
 * contradicts a claim, the other value of a quantity) are in the same file,
 * and LSP needs a full location for each.
 */
export function findingToDiagnostic(finding: Finding, mapper: PositionMapper, docs: RuleDocs, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: mapper.rangeOf(finding),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: `${finding.message}\n${finding.question}`,
  };
  const href = docs.uriFor(finding.ruleId);
  if (href) diagnostic.codeDescription = { href };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((place) => ({
      location: { uri, range: { start: mapper.position(place.line, place.column), end: mapper.position(place.endLine, place.endColumn) } },
      message: place.message,
    }));
  }
  return diagnostic;
}

/**
 * A broken `.prfaq.yml` must not silence the critic, nor go unnoticed: the
 * document is checked with the default rules and carries one error on its
 * first line that says what to fix, pointing at the line of the file.
 */
export function configProblemDiagnostic(lookup: ConfigLookup, firstLineLength: number): Diagnostic | null {
  if (!lookup.problem || !lookup.path) return null;
  const { line: problemLine, message } = lookup.problem;
  const where = problemLine && !/\bline \d/.test(message) ? `${lookup.path}, line ${problemLine}` : lookup.path;
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLineLength } },
    severity: DiagnosticSeverity.Error,
    code: CONFIG_PROBLEM_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `${where}: ${message}. prfaq is checking this document with its default rules until the file is fixed.`,
  };
  const line = Math.max((problemLine ?? 1) - 1, 0);
  diagnostic.relatedInformation = [
    {
      location: { uri: pathToFileURL(lookup.path).href, range: { start: { line, character: 0 }, end: { line, character: 0 } } },
      message: "the problem is here",
    },
  ];
  return diagnostic;
}
