import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

export default defineRule({
  meta: {
    id: "persona-customer",
    category: "customer",
    severity: "warning",
    description: "A persona or demographic bucket (\"millennials\", \"aged 30-45\", \"tech-savvy\") stands where a representative customer should be.",
    question: "Who is one real person in this bucket, what is their job or situation, and what happens to them today?",
    rationale:
      "A demographic bucket describes a market, not a customer. Two people of the same age and income can have completely " +
      "different problems; Working Backwards needs one person in a situation, so the team can check whether the problem is real.",
    examples: {
      flagged: ["Built for busy professionals aged 25-40 with a household income over $80,000.", "Millennials hate phone calls."],
      passes: ["Aino Virtanen, a delivery driver in Tampere, leaves home at 6:40 and her son waits for the 7:15 bus."],
    },
  },
  check(ctx) {
    const where = new Set<Block>(ctx.analysis.blocksOf("headline", "subheading", "summary", "problem", "solution", "quote", "getting-started"));
    for (const entry of ctx.analysis.faqEntries) {
      if (/\bwho\b|\btarget\b|\baudience\b|\bfor whom\b|\bpersona|\bwhich (?:customers|users)\b|\bideal customer\b/i.test(entry.questionText)) entry.answer.forEach((b) => where.add(b));
    }
    const named = ctx.analysis.representativeCustomers.length > 0;
    const seen = new Set<string>();
    for (const { sentence, match } of ctx.analysis.matches("persona-buckets", [...where])) {
      const key = match.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({
        message: named
          ? `"${match.text}" describes a bucket; the press release is stronger when it stays with the named customer.`
          : `"${match.text}" is a persona or demographic bucket, not a customer.`,
        at: ctx.analysis.within(sentence, match.start, match.end),
        severity: named ? "info" : "warning",
      });
    }
  },
});
