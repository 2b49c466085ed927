import type { Diagnostic } from "vscode-languageserver";
import type { Critic, Critique } from "../core";
import { findingToDiagnostic } from "./diagnostics";
import { hasByteOrderMark, PositionMapper } from "./positions";
import type { RuleDocs } from "./rule-docs";

/** What the server keeps about one checked version of a document. */
export interface CheckedText {
  critique: Critique;
  mapper: PositionMapper;
  /** One per finding, in the same order. */
  findingDiagnostics: Diagnostic[];
}

/**
 * The work a change costs the server: the critic's check (which reparses only
 * the chunks that changed since the critic's last check) and the findings as
 * LSP diagnostics. The benchmark times exactly this function.
 */
export function checkText(critic: Critic, text: string, docs: RuleDocs, uri: string): CheckedText {
  const critique = critic.check(text);
  const mapper = new PositionMapper(critique.document.lineStarts, hasByteOrderMark(text));
  const findingDiagnostics = critique.findings.map((f) => findingToDiagnostic(f, mapper, docs, uri));
  return { critique, mapper, findingDiagnostics };
}
