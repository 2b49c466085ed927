import { hasBareNumber } from "../../analysis/measures";
import type { SentenceMatch } from "../../analysis/analysis";
import { defineRule } from "../../engine/types";
import type { Block, Sentence } from "../../model/types";

export default defineRule({
  meta: {
    id: "unquantified-problem",
    category: "problem",
    severity: "warning",
    description: "The problem is stated without numbers about the customer: how often, how long, how much, what share.",
    question: "How often does this happen to the customer, how long does it take, and what does it cost them?",
    rationale:
      "\"Advisors spend 40% of their time retrieving client information\" can be checked and improved on; \"advisors are " +
      "frustrated\" can't. The number must measure the customer's friction: revenue or market size says how much we want " +
      "the problem to exist, not how much it hurts.",
    examples: {
      flagged: ["Sales teams everywhere are frustrated with their CRM. It's clunky and slow.", "The CRM market is worth $80 billion."],
      passes: ["He paid $9,400 a month in rent for four months before opening; owners called the permit center 6,800 times."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const problems = analysis.parts("problem").filter((p) => p.blocks.some((b) => b.text.trim()));
    let blocks: Block[];
    let where: string;
    if (problems.length) {
      blocks = problems.flatMap((p) => p.blocks);
      where = "The problem";
    } else {
      // No problem paragraph of its own: the press release's prose stands in for it.
      blocks = analysis.pressReleaseBlocks.filter((b) => b.kind !== "heading" && b.text.trim());
      where = "The press release";
      if (!blocks.length) return;
    }
    const companySentences = new Set<Sentence>(analysis.matches("company-figures", blocks).map((m: SentenceMatch) => m.sentence));
    const measured = analysis.measuresIn(blocks);
    const customerFigures = measured.filter((m) => !companySentences.has(m.sentence));
    if (customerFigures.length) return;
    const content = blocks.find((b) => !b.labelOnly && b.kind !== "heading" && b.text.trim()) ?? blocks[0];
    const at = { block: content };
    if (measured.length) {
      ctx.report({
        message: `${where}'s numbers measure the company or the market, not the customer's friction.`,
        at: { sentence: measured[0].sentence },
        question: "What does the problem cost the customer: how often, how long, how much, for what share of them?",
      });
      return;
    }
    const bare = problems.length > 0 && blocks.some((b) => hasBareNumber(b.text));
    ctx.report({
      message: bare
        ? `${where} has numbers with nothing after them: nothing says how often, how long or how much.`
        : `${where} has no numbers: nothing says how often, how long or how much.`,
      at,
    });
  },
});
