import { defineRule } from "../../engine/types";
import type { Sentence } from "../../model/types";

const ANSWER_PLACEHOLDERS = /^(?:TBD|TODO|TBC|TK)\b/i;
const CAPITAL_SLOT = /\[[A-Z][A-Z0-9 ,/'’&._-]{1,40}\](?!\()/g;

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
    const { analysis } = ctx;
    const answers = new Set(analysis.faqEntries.flatMap((e) => e.answer));
    const seen = new Set<string>();
    const report = (sentence: Sentence, start: number, end: number) => {
      const block = analysis.blockOf(sentence);
      const key = `${sentence.span.start.offset}:${start}`;
      // Code spans hold syntax ("<name>", "[scope]"), not unfinished prose.
      if (seen.has(key) || analysis.isInCode(block, sentence.start + start, sentence.start + end)) return;
      seen.add(key);
      ctx.report({ message: `Template text left in: "${sentence.text.slice(start, end)}".`, at: analysis.within(sentence, start, end) });
    };
    for (const { sentence, match } of analysis.matches("placeholders")) {
      const block = analysis.blockOf(sentence);
      // "TBD" as a whole FAQ answer is an evasive answer; the hard-questions rules own it.
      if (answers.has(block) && ANSWER_PLACEHOLDERS.test(match.text)) continue;
      report(sentence, match.start, match.end);
    }
    // "[NAME, TITLE]", "[CEO NAME]": a bracketed slot in capitals. Case matters here, so it can't live in a lexicon.
    for (const block of analysis.proseBlocks) {
      if (!block.text.includes("[")) continue;
      for (const sentence of block.sentences) {
        CAPITAL_SLOT.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = CAPITAL_SLOT.exec(sentence.text))) report(sentence, m.index, m.index + m[0].length);
      }
    }
  },
});
