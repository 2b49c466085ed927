import { hasBareNumber } from "../../analysis/measures";
import type { Analysis, SentenceMatch } from "../../analysis/analysis";
import { defineRule } from "../../engine/types";
import type { Block, Sentence } from "../../model/types";

/** A quote sentence about life with the product ("Now I…", "With Tally…") says what changed, not what hurt. */
const AFTER_THE_PRODUCT = /^\W*(?:these days|today|since|with|thanks to|after|once)\b|(?<!\b(?:right|until|up to|by|from) )\bnow\b/i;
/** Words that tell the friction itself: what it took, cost or wasted before. */
const FRICTION =
  /\bbefore\b|\bused to\b|\b(?:took|takes|spent|spend|spends|spending|wasted?|wastes|wasting|lost|lose|loses|losing|waited|waiting|wait|waits|cost|costs|costing|missed|miss|misses)\b|\b(?:every|each) (?:day|week|month|morning|night|time|quarter)\b/i;
/** An FAQ question about the size or cost of the problem itself. */
const PROBLEM_QUESTION =
  /\bhow (?:big|bad|common|widespread|frequent|often|serious|painful) is (?:the|this) (?:problem|pain|need|issue)\b|\bhow (?:often|much time|long|much money|much) (?:do|does|did|is|are) (?:\S+ ){1,4}(?:today|now|currently|spend|spent|lose|lost|waste|wait)\b|\bhow many (?:\S+ ){0,3}?(?:have|face|suffer from|struggle with|run into|hit) (?:this|the|that) (?:problem|issue|pain)\b|\bhow (?:do|can) (?:we|you) know (?:\S+ ){0,3}(?:problem|pain|need)\b/i;
/** Why it was built and what problem it solves: the answer illustrates the friction, often with the author's own case. */
const ORIGIN_QUESTION = /\bwhy (?:did|do) (?:you|we|i|they) (?:build|create|make|start|write)\b|\bwhat problem (?:does|do|did|is|are)\b|\bwhy (?:was|is) (?:\S+ ){0,3}(?:built|created)\b/i;

/**
 * Where the document measures the customer's friction outside the problem paragraph: a customer quote that tells
 * what it took before ("six weeks of review covered 30 of our 1,400 topics"), or an FAQ answer to a question about
 * the problem's size. A count of a few things ("three cases") measures no friction.
 */
function problemFiguresElsewhere(analysis: Analysis): { where: string; figure: string; sized: boolean } | null {
  const company = new Set(analysis.companyQuotes);
  const product = analysis.doc.productName?.toLowerCase() ?? null;
  for (const quote of analysis.parts("quote")) {
    if (company.has(quote)) continue;
    for (const block of quote.blocks)
      for (const sentence of block.sentences) {
        if (!FRICTION.test(sentence.text) || AFTER_THE_PRODUCT.test(sentence.text) || (product && sentence.text.toLowerCase().includes(product))) continue;
        const figure = frictionFigure(analysis, block, sentence);
        if (figure) return { where: "a customer quote", figure, sized: true };
      }
  }
  // An answer about the problem's size wins over an illustration told earlier.
  let illustration: { where: string; figure: string; sized: boolean } | null = null;
  for (const entry of analysis.faqEntries) {
    const sized = PROBLEM_QUESTION.test(entry.questionText);
    if (!sized && (illustration || !ORIGIN_QUESTION.test(entry.questionText))) continue;
    for (const block of entry.answer)
      for (const sentence of block.sentences) {
        const figure = frictionFigure(analysis, block, sentence);
        if (figure && sized) return { where: "the FAQ", figure, sized };
        if (figure && !illustration) illustration = { where: "the FAQ", figure, sized };
      }
  }
  return illustration;
}

/** The first figure in the sentence that could measure friction, unless the sentence is about the company or its market. */
function frictionFigure(analysis: Analysis, block: Block, sentence: Sentence): string | null {
  if (analysis.matches("company-figures", [block]).some((m) => m.sentence === sentence)) return null;
  const measure = analysis.measures(sentence).find((m) => m.kind !== "count" || (m.value ?? 0) >= 10);
  return measure?.text ?? null;
}

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
    const elsewhere = problemFiguresElsewhere(analysis);
    if (elsewhere && !elsewhere.sized) {
      // An example in the story of why it was built shows the pain but doesn't size it; "no numbers" would be untrue.
      ctx.report({
        message: `${where} has no numbers of its own; ${elsewhere.where} illustrates it ("${elsewhere.figure}") but nothing says how often, how long or how much for customers at large.`,
        at,
      });
      return;
    }
    if (elsewhere) {
      // The friction is measured, only not where the problem is told: a reviewer would ask to move it, not to find it.
      ctx.report({
        message: `${where} has no numbers of its own, though ${elsewhere.where} measures it ("${elsewhere.figure}"): say it in the problem.`,
        at,
        severity: "info",
      });
      return;
    }
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
