import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "front-matter",
    category: "structure",
    severity: "warning",
    description: "The YAML front matter (title, owner, status, stage, decision) can be read.",
    question: "Can the front matter be fixed so the tool can read the title, owner and decision?",
    rationale:
      "prfaq reads the owner, stage and recorded decision from the front matter. When it can't be parsed, the portfolio " +
      "and the decision record silently lose them.",
    examples: { flagged: ["---\ntitle: [unclosed\nowner: Priya\n---"], passes: ["---\ntitle: ShiftSwap\nowner: Priya Raman\nstage: draft\n---"] },
  },
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (fm?.error) ctx.report({ message: `The front matter is not valid YAML: ${fm.error.message}.`, at: { span: fm.error.span } });
  },
});
