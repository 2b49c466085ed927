import { defineRule, numberOption } from "../../engine/types";

const DEFAULT_MAX = 550;
const WARNING_FACTOR = 1.3;

export default defineRule({
  meta: {
    id: "press-release-length",
    category: "style",
    severity: "warning",
    description: "The press release fits on about one page (about 500 words).",
    question: "Which paragraph could go to the FAQ, so the press release says only what a customer needs?",
    rationale:
      "A press release longer than a page is explaining instead of announcing. Reviewers read it first and silently; " +
      "the detail belongs in the FAQ, where it answers a question someone asked. Option: `max` words (default 550); " +
      "past a third more than that the finding is a warning.",
    examples: { flagged: ["A press release of 650 words with a feature list and two pages of background."], passes: ["Headline to call to action in about 400 words."] },
  },
  check(ctx) {
    const max = numberOption(ctx, "max", DEFAULT_MAX);
    const words = ctx.analysis.pressReleaseWords;
    if (words <= max) return;
    const blocks = ctx.analysis.pressReleaseBlocks;
    const at = blocks.length ? { span: { start: blocks[0].span.start, end: blocks[0].span.end } } : ctx.analysis.topTarget;
    // A page is not exact: a little over it is advice; well over it (a third more) is worth a warning.
    ctx.report({ message: `The press release runs to ${words} words; one page is about 500.`, at, severity: words > max * WARNING_FACTOR ? "warning" : "info" });
  },
});
