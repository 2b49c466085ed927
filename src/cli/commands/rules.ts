import pc from "picocolors";
import { CATEGORIES, findRule, rules } from "../../core";
import { UserError } from "../errors";

export function listRules(format: "stylish" | "json", color: boolean): string {
  if (format === "json") return JSON.stringify({ rules: rules.map((r) => r.meta) }, null, 2) + "\n";
  const c = color ? pc : { bold: String, dim: String, cyan: String };
  const out: string[] = [];
  for (const category of CATEGORIES) {
    const mine = rules.filter((r) => r.meta.category === category);
    if (!mine.length) continue;
    out.push(c.bold(category));
    for (const r of mine) out.push(`  ${r.meta.id.padEnd(30)} ${c.dim(r.meta.severity.padEnd(8))} ${r.meta.description}`);
    out.push("");
  }
  out.push(`${rules.length} rules. \`prfaq explain <rule-id>\` shows one in full.`);
  return out.join("\n") + "\n";
}

export function explainRule(id: string, format: "stylish" | "json"): string {
  const rule = findRule(id) ?? rules.find((r) => `${r.meta.category}/${r.meta.id}` === id);
  if (!rule) {
    const near = rules.filter((r) => r.meta.id.includes(id) || id.includes(r.meta.id)).map((r) => r.meta.id);
    throw new UserError(`unknown rule "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : ""} (run \`prfaq rules\` to list them)`);
  }
  const m = rule.meta;
  if (format === "json") return JSON.stringify(m, null, 2) + "\n";
  const out = [
    `${m.id}  (${m.category}, default severity: ${m.severity})`,
    "",
    m.description,
    "",
    `Asks the author: ${m.question}`,
    "",
    `Why: ${m.rationale}`,
  ];
  if (m.examples) {
    out.push("", "Flagged:", ...m.examples.flagged.map((e) => `  ✗ ${e}`), "Passes:", ...m.examples.passes.map((e) => `  ✓ ${e}`));
  }
  out.push("", `Turn it off in .prfaq.yml (rules: { ${m.id}: off }) or for one passage with <!-- prfaq-disable ${m.id} -->.`);
  return out.join("\n") + "\n";
}
