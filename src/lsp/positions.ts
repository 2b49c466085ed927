import type { Position, Range } from "vscode-languageserver";
import { pointAt, type Finding } from "../core";

/**
 * Converts between core positions and LSP positions. Both count UTF-16 code
 * units, so the server only announces the "utf-16" position encoding; core is
 * 1-based and LSP 0-based. Core drops a leading byte-order mark before it
 * counts, while an editor that keeps the mark in the text counts it as the
 * first character of line 0, so line 0 shifts by one in that case.
 */
export class PositionMapper {
  private readonly bomShift: number;

  constructor(
    private readonly lineStarts: readonly number[],
    hasByteOrderMark: boolean,
  ) {
    this.bomShift = hasByteOrderMark ? 1 : 0;
  }

  /** A 1-based core line and column as an LSP position. */
  position(line: number, column: number): Position {
    return { line: line - 1, character: column - 1 + (line === 1 ? this.bomShift : 0) };
  }

  /** A 0-based offset into the text core read as an LSP position. */
  positionAt(offset: number): Position {
    const point = pointAt(this.lineStarts as number[], offset);
    return this.position(point.line, point.column);
  }

  rangeOf(finding: Finding): Range {
    return { start: this.position(finding.line, finding.column), end: this.position(finding.endLine, finding.endColumn) };
  }

  /** An LSP position as an offset into the text core read, clamped to its line. */
  offsetAt(position: Position): number {
    const line = Math.min(Math.max(position.line, 0), this.lineStarts.length - 1);
    const start = this.lineStarts[line];
    const character = position.character - (line === 0 ? this.bomShift : 0);
    return start + Math.max(character, 0);
  }
}

export function hasByteOrderMark(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

export function rangesTouch(a: Range, b: Range): boolean {
  return !(isBefore(a.end, b.start) || isBefore(b.end, a.start));
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
