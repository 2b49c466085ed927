/**
 * `prfaq portfolio DIR`: every PR/FAQ under a folder, with its stage,
 * decision, readiness per category and open hard questions, and the kill rate.
 */
import { stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import pc from "picocolors";
import { glob } from "tinyglobby";
import { buildPortfolio, CATEGORIES, CATEGORY_ABBREVIATIONS, createCritic, portfolioToMarkdown, rules, type Critic, type PortfolioInput, type PrfaqConfig } from "../../core";
import { UserError } from "../errors";
import { ConfigResolver } from "../io/config";
import { readDocument } from "../io/read-document";
import { plural } from "../format/plural";

export type PortfolioFormat = "stylish" | "json" | "markdown";

export interface PortfolioOptions {
  format: PortfolioFormat;
  color: boolean;
  config: string | null;
}

const PATTERNS = ["**/*.md", "**/*.markdown", "**/*.docx"];
const IGNORE = ["**/node_modules/**", "**/.git/**", "**/dist/**", "**/README.md", "**/CHANGELOG.md", "**/LICENSE.md", "**/CONTRIBUTING.md", "**/CODE_OF_CONDUCT.md"];

const ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function pad(text: string, width: number): string {
  const visible = text.replace(ESCAPES, "");
  return visible.length >= width ? text : text + " ".repeat(width - visible.length);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export async function runPortfolio(dir: string, options: PortfolioOptions): Promise<{ output: string; problems: string[] }> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new UserError(`${dir}: not a folder; portfolio reads every PR/FAQ under a folder`);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${dir}: no such folder`);
  }
  const files = (await glob(PATTERNS, { cwd: dir, ignore: IGNORE, absolute: true, dot: false })).sort();
  const resolver = new ConfigResolver(options.config ? resolve(options.config) : null);
  const critics = new Map<PrfaqConfig, Critic>();
  const inputs: PortfolioInput[] = [];
  const problems: string[] = [];
  let lexicons = createCritic({ rules }).lexicons;
  for (const file of files) {
    const shown = relative(process.cwd(), file) || file;
    let text: string;
    try {
      text = await readDocument(file);
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push(err.message.replace(file, shown));
      continue;
    }
    const { config } = resolver.forDocument(file);
    let critic = critics.get(config);
    if (!critic) critics.set(config, (critic = createCritic({ rules, config })));
    lexicons = critic.lexicons;
    inputs.push({ path: shown, critique: critic.check(text) });
  }
  const portfolio = buildPortfolio(inputs, lexicons);
  if (options.format === "json") return { output: `${JSON.stringify(portfolio, null, 2)}\n`, problems };
  if (options.format === "markdown") return { output: portfolioToMarkdown(portfolio), problems };
  if (!portfolio.rows.length) return { output: `No PR/FAQs found under ${dir}.\n`, problems };

  const paint = (f: (s: string) => string, s: string) => (options.color ? f(s) : s);
  const titleWidth = Math.min(36, Math.max(8, ...portfolio.rows.map((r) => r.title.length)));
  const stageWidth = Math.max(5, ...portfolio.rows.map((r) => r.stage.length));
  const lines: string[] = [];
  const header = [pad("Document", titleWidth), pad("Stage", stageWidth), pad("Decision", 8), pad("Readiness", 20), CATEGORIES.map((c) => pad(CATEGORY_ABBREVIATIONS[c], 3)).join(" "), "Open HQ"].join("  ");
  lines.push(paint(pc.bold, header));
  for (const r of portfolio.rows) {
    const decision = r.decision ? paint(r.decision === "kill" ? pc.red : r.decision === "proceed" ? pc.green : pc.yellow, r.decision) : paint(pc.dim, "—");
    const readiness = paint(r.readiness.startsWith("not") ? pc.red : pc.green, clip(r.readiness, 20));
    const cats = CATEGORIES.map((c) => pad(r.categories[c] === "solid" ? paint(pc.green, "✓") : r.categories[c] === "unchecked" ? "?" : paint(pc.red, "✗"), 3)).join(" ");
    lines.push([pad(clip(r.title, titleWidth), titleWidth), pad(r.stage, stageWidth), pad(decision, 8), pad(readiness, 20), cats, String(r.openHardQuestions.length)].join("  "));
    lines.push(paint(pc.dim, `  ${r.path}`));
    for (const q of r.openHardQuestions.slice(0, 3)) lines.push(paint(pc.dim, `    open: ${clip(q, 100)}`));
    if (r.openHardQuestions.length > 3) lines.push(paint(pc.dim, `    … and ${r.openHardQuestions.length - 3} more open hard questions`));
  }
  const rate = portfolio.killRate === null ? "no decisions yet" : `${Math.round(portfolio.killRate * 100)}% (${portfolio.killed} of ${portfolio.decided} decided)`;
  lines.push("", `${plural(portfolio.documents, "document")}; ${portfolio.decided} decided (${portfolio.proceeded} proceed, ${portfolio.revised} revise, ${portfolio.killed} kill). Kill rate: ${rate}.`);
  lines.push(paint(pc.dim, CATEGORIES.map((c) => `${CATEGORY_ABBREVIATIONS[c]} ${c}`).join(" · ")));
  return { output: `${lines.join("\n")}\n`, problems };
}
