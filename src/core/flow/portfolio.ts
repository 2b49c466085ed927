/**
 * Every PR/FAQ in a folder at a glance: its stage, the decision taken, how
 * ready each part of the discipline is, which hard questions are still open,
 * and how often the team kills ideas.
 */
import { Analysis } from "../analysis/analysis";
import type { Critique } from "../engine/critic";
import { CATEGORIES, type Category, type Finding } from "../engine/types";
import type { Lexicons } from "../lexicons";

export interface PortfolioInput {
  path: string;
  critique: Critique;
}

export interface PortfolioRow {
  path: string;
  title: string;
  /** From the front matter (`stage:` or `status:`), else "decided" or "draft". */
  stage: string;
  decision: "proceed" | "revise" | "kill" | null;
  decisionDate: string | null;
  readiness: string;
  /** "solid" when a category has no errors or warnings. */
  categories: Record<Category, "solid" | "open" | "unchecked">;
  /** Internal-FAQ questions that are unanswered or dodged, and hard questions not asked at all. */
  openHardQuestions: string[];
  errors: number;
  warnings: number;
}

export interface Portfolio {
  rows: PortfolioRow[];
  documents: number;
  decided: number;
  proceeded: number;
  revised: number;
  killed: number;
  /** Killed ideas as a share of decided ones; null before any decision. */
  killRate: number | null;
}

function stringField(data: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

function within(f: Finding, start: number, end: number): boolean {
  return f.offset >= start && f.endOffset <= end;
}

function openHardQuestions(critique: Critique, lexicons: Lexicons): string[] {
  const analysis = new Analysis(critique.document, lexicons);
  const hard = critique.findings.filter((f) => f.category === "hard-questions" && f.severity !== "info");
  const out: string[] = [];
  const claimed = new Set<Finding>();
  for (const entry of analysis.internalEntries) {
    const mine = hard.filter((f) => within(f, entry.span.start.offset, entry.span.end.offset));
    mine.forEach((f) => claimed.add(f));
    if (!entry.answerText.trim() || mine.length) out.push(entry.questionText.trim());
  }
  // A hard question nobody asked is reported outside any entry; its question says which.
  for (const f of hard) if (!claimed.has(f)) out.push(f.question);
  return [...new Set(out)];
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function portfolioRow(input: PortfolioInput, lexicons: Lexicons): PortfolioRow {
  const { document: doc, verdict } = input.critique;
  const fm = doc.frontMatter?.data ?? {};
  const headline = doc.parts.find((p) => p.kind === "headline");
  const title = stringField(fm, "title", "name") ?? doc.productName ?? (headline && "text" in headline ? headline.text.trim() : null) ?? fileName(input.path);
  const decision = doc.decision?.outcome ?? null;
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, verdict.categories.find((v) => v.category === c)?.status ?? "solid"])) as Record<Category, "solid" | "open" | "unchecked">;
  return {
    path: input.path,
    title,
    stage: stringField(fm, "stage", "status") ?? (decision ? "decided" : "draft"),
    decision,
    decisionDate: doc.decision?.date ?? null,
    readiness: verdict.label,
    categories,
    openHardQuestions: openHardQuestions(input.critique, lexicons),
    errors: verdict.errors,
    warnings: verdict.warnings,
  };
}

export function buildPortfolio(inputs: readonly PortfolioInput[], lexicons: Lexicons): Portfolio {
  const rows = inputs.map((i) => portfolioRow(i, lexicons)).sort((a, b) => a.path.localeCompare(b.path));
  const count = (outcome: string) => rows.filter((r) => r.decision === outcome).length;
  const decided = rows.filter((r) => r.decision).length;
  const killed = count("kill");
  return {
    rows,
    documents: rows.length,
    decided,
    proceeded: count("proceed"),
    revised: count("revise"),
    killed,
    killRate: decided ? killed / decided : null,
  };
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

/** Short column names for the categories, for narrow tables. */
export const CATEGORY_ABBREVIATIONS: Record<Category, string> = {
  structure: "Str",
  customer: "Cus",
  problem: "Prb",
  differentiation: "Dif",
  "tech-first": "Tec",
  "hard-questions": "HQ",
  evidence: "Evi",
  success: "Suc",
  decision: "Dec",
  style: "Sty",
  applicability: "App",
};

export function portfolioToMarkdown(portfolio: Portfolio): string {
  const head = ["Document", "Stage", "Decision", "Readiness", ...CATEGORIES.map((c) => CATEGORY_ABBREVIATIONS[c]), "Open hard questions"];
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const r of portfolio.rows) {
    const cells = [
      `${cell(r.title)} (\`${cell(r.path)}\`)`,
      cell(r.stage),
      r.decision ? `${r.decision}${r.decisionDate ? ` (${r.decisionDate})` : ""}` : "—",
      cell(r.readiness),
      ...CATEGORIES.map((c) => (r.categories[c] === "solid" ? "✓" : r.categories[c] === "unchecked" ? "?" : "✗")),
      r.openHardQuestions.length ? cell(r.openHardQuestions.join("; ")) : "none",
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const rate = portfolio.killRate === null ? "no decisions yet" : `${Math.round(portfolio.killRate * 100)}% (${portfolio.killed} of ${portfolio.decided} decided)`;
  lines.push(
    "",
    `${portfolio.documents} ${portfolio.documents === 1 ? "document" : "documents"}; ${portfolio.decided} decided: ${portfolio.proceeded} proceed, ${portfolio.revised} revise, ${portfolio.killed} kill. Kill rate: ${rate}.`,
    "",
    `Columns: ${CATEGORIES.map((c) => `${CATEGORY_ABBREVIATIONS[c]} = ${c}`).join(", ")}. ✓ solid, ✗ open.`,
  );
  return `# Portfolio\n\n${lines.join("\n")}\n`;
}
