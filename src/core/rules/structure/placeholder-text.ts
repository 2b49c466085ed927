import { defineRule } from "../../engine/types";

const ANSWER_PLACEHOLDERS = /^(?:TBD|TODO|TBC|TK)\b/i;

export default defineRule({
  meta: {
    id: "placeholder-text",
    category: "structure",
    severity: "error",
    description: "No template text or placeholder is left in: [NAME, TITLE], TODO, XXX, John Doe.",
    question: "What is the real name, number or sentence that belongs here?",
    rationale:
      "A placeholder is a decision not yet made, presented as if it were done. A quote from [NAME, TITLE] is a quote from nobody; " +
      "a reviewer can't judge a sentence that hasn't been written.",
    examples: { flagged: ['"It changed my week," said [NAME, TITLE].', "TODO: pricing"], passes: ['"It changed my week," said Ada Greene, a dispatcher in Leeds.'] },
  },
  check(ctx) {
    const answers = new Set(ctx.analysis.faqEntries.flatMap((e) => e.answer));
    for (const { sentence, match } of ctx.analysis.matches("placeholders")) {
      const block = ctx.analysis.blockOf(sentence);
      // "TBD" as a whole FAQ answer is an evasive answer; the hard-questions rules own it.
      if (answers.has(block) && ANSWER_PLACEHOLDERS.test(match.text)) continue;
      ctx.report({
        message: `Template text left in: "${match.text}".`,
        at: ctx.analysis.within(sentence, match.start, match.end),
      });
    }
  },
});
