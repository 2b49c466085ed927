import { hasQuantity } from "../../analysis/quantities";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "unquantified-problem",
    category: "problem",
    severity: "warning",
    description: "The problem is stated without numbers: how often, how long, how much, what share.",
    question: "How often does this happen to the customer, how long does it take, and what does it cost them?",
    rationale:
      "\"Advisors spend 40% of their time retrieving client information\" can be checked and improved on; \"advisors are " +
      "frustrated\" can't. Without a number, nobody can tell whether the problem is worth solving or whether the product solved it.",
    examples: {
      flagged: ["Sales teams everywhere are frustrated with their CRM. It's clunky and slow."],
      passes: ["He paid $9,400 a month in rent for four months before opening; owners called the permit center 6,800 times."],
    },
  },
  check(ctx) {
    const problems = ctx.analysis.parts("problem").filter((p) => p.blocks.length);
    if (problems.length) {
      const text = problems.map((p) => ctx.analysis.textOf(p)).join("\n");
      if (!hasQuantity(text)) {
        ctx.report({ message: "The problem has no numbers: nothing says how often, how long or how much.", at: { span: problems[0].span } });
      }
      return;
    }
    const pr = ctx.analysis.pressReleaseBlocks.filter((b) => b.kind !== "heading");
    if (pr.length && !hasQuantity(ctx.analysis.pressReleaseText)) {
      ctx.report({ message: "The press release never puts a number on the customer's problem.", at: { block: pr[0] } });
    }
  },
});
