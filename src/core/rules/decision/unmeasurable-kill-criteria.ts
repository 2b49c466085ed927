import { hasBareNumber } from "../../analysis/measures";
import { killCriteriaOf } from "../../analysis/kill-criteria";
import { unfireableKillCriteria } from "../../analysis/unfireable-kill-criteria";
import { defineRule } from "../../engine/types";

const COUNT = "(?:\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|a hundred|hundred|half|a third|a quarter)";
/** "Fewer than three of ten", "one in five", "zero": a proportion in words is a threshold too. */
const PROPORTION = new RegExp(`\\b${COUNT}\\s+(?:of|in|out of)\\s+(?:every\\s+)?${COUNT}\\b|\\b(?:fewer|less|more)\\s+than\\s+${COUNT}\\b|\\b(?:zero|no more than one|a single)\\s+\\w+`, "i");

export default defineRule({
  meta: {
    id: "unmeasurable-kill-criteria",
    category: "decision",
    severity: "warning",
    description: "The kill criteria cannot be measured: no threshold with a unit (\"if customers don't like it\").",
    question: "What number, measured how and by when, would trigger the stop?",
    rationale:
      "\"We stop if it doesn't work out\" will never be met, because nobody can show that it was. A kill criterion needs a " +
      "threshold someone can check (\"fewer than 40% of applicants sign in by June\").",
    examples: {
      flagged: ["## Kill criteria\nWe stop if customers don't like it.", "## Kill criteria\nWe stop if adoption is below 20."],
      passes: ["## Kill criteria\nWe stop if fewer than 40% of applicants sign in within six months."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const found = killCriteriaOf(analysis);
    const statements = found.blocks.length ? found.blocks.flatMap((b) => b.sentences) : found.inline;
    // Criteria that say they cannot fire are reported as no criteria at all; a threshold would not help them.
    if (!statements.length || unfireableKillCriteria(analysis).length) return;
    if (statements.some((s) => analysis.measures(s).length || PROPORTION.test(s.text))) return;
    const bare = statements.some((s) => hasBareNumber(s.text));
    ctx.report({
      message: bare ? "The kill criteria have numbers with nothing after them: below 20 of what?" : "The kill criteria have no threshold anyone could measure.",
      at: { sentence: statements[0] },
    });
  },
});
