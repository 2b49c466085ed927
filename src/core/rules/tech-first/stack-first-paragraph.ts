import { defineRule } from "../../engine/types";
import type { Block, Part } from "../../model/types";

interface StackParagraph {
  block: Block;
  part: Part | undefined;
  listed: string;
  density: number;
}

/** Below these, a paragraph that names its technology is still about the customer. */
const MIN_TERMS = 3;
const MIN_DENSITY = 0.07;
/** "you", "your", "yours": the paragraph speaks to the customer. */
const SECOND_PERSON = /\byou(?:rs?)?\b/gi;

/**
 * The technology the headline names is the product's field, not its stack: a scanner for MCP servers or a
 * migration tool to Aurora has to name them to say what it does for the customer. "MCP server" is in the field
 * of a headline that names MCP.
 */
function inProductField(term: string, headlineTerms: ReadonlySet<string>): boolean {
  const lower = term.toLowerCase();
  for (const named of headlineTerms) if (lower === named || lower.startsWith(`${named} `)) return true;
  return false;
}

export default defineRule({
  meta: {
    id: "stack-first-paragraph",
    category: "tech-first",
    severity: "warning",
    description: "A summary, problem or solution paragraph is about our stack (APIs, ledgers, models) rather than the customer.",
    question: "What does the customer see, do or stop doing because of this? Could the paragraph say it without the technology's names?",
    rationale:
      "The press release is written for the customer, who doesn't care whether it runs on Kafka or a blockchain. A paragraph " +
      "full of architecture means the team is describing what it wants to build, not what the customer gets; the " +
      "technology belongs in the internal FAQ or the design.",
    examples: {
      flagged: ["GrainChain deploys Hyperledger Fabric nodes in every elevator and uses IoT sensors and NFTs to represent grain lots."],
      passes: ["When a load is graded at the elevator, the farmer gets the grade and the price by text before the truck leaves."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const headlineTerms = new Set(analysis.matches("tech-terms", analysis.blocksOf("headline")).map((t) => t.match.text.toLowerCase()));
    const found: StackParagraph[] = [];
    // A paragraph can be both the summary and the solution stated inside it: judge it once.
    for (const block of new Set(analysis.blocksOf("summary", "problem", "solution"))) {
      if (block.kind !== "paragraph" && block.kind !== "table-row") continue;
      const words = analysis.wordCount(block.text);
      if (words < 12) continue;
      const terms = analysis.matches("tech-terms", [block]).filter((t) => !inProductField(t.match.text, headlineTerms));
      const distinct = new Set(terms.map((t) => t.match.text.toLowerCase()));
      if (distinct.size < MIN_TERMS || terms.length / words < MIN_DENSITY) continue;
      // Technology told as what the reader keeps or pays ("your existing subscription", "your own data source") is a promise to them.
      if ((block.text.match(SECOND_PERSON) ?? []).length >= 2) continue;
      // Opening and closing on the reader with the stack in between tells the technology as the means: the
      // paragraph is framed by what the customer gets, whatever language it is in.
      const { sentences } = block;
      const framed = sentences.length >= 3 && !terms.some((t) => t.sentence === sentences[0] || t.sentence === sentences[sentences.length - 1]);
      if (framed) continue;
      const listed = [...distinct].slice(0, 4).join(", ");
      found.push({ block, part: analysis.partOf(block), listed, density: terms.length / words });
    }
    // The point is made once per part, where the stack is densest; other stack-heavy paragraphs or table rows of the
    // same part repeat it, and are marked as advice so an editor still sees them.
    const strongest = new Map<Part | undefined, StackParagraph>();
    for (const f of found) if ((strongest.get(f.part)?.density ?? -1) < f.density) strongest.set(f.part, f);
    for (const f of found) {
      ctx.report({
        message: `This paragraph is about our technology (${f.listed}), not about what the customer gets.`,
        at: { block: f.block },
        ...(strongest.get(f.part) === f ? {} : { severity: "info" as const }),
      });
    }
  },
});
