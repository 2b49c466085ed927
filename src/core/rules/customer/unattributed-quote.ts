import { describedRole, findPeople } from "../../analysis/people";
import { defineRule } from "../../engine/types";

export default defineRule({
  meta: {
    id: "unattributed-quote",
    category: "customer",
    severity: "warning",
    description: "A quote is attributed to nobody in particular (\"said a customer\", \"said the founder\").",
    question: "Who exactly says this: their name, their role, and where they work or live?",
    rationale:
      "A customer quote stands for a real person's experience; \"said a happy customer\" could be anyone, or no one. Naming " +
      "the customer forces the team to picture someone who would actually say it.",
    examples: {
      flagged: ['"SalesSphere is amazing," said a happy customer.', '"We are reinventing the CRM," said the founder.'],
      passes: ['"I would have saved a month," said Luis Cárdenas, who owns two taquerias in Austin.'],
    },
  },
  check(ctx) {
    const anonymous = ctx.lexicons.matcher("anonymous-speakers");
    const placeholders = ctx.lexicons.matcher("placeholders");
    const people = { firstNames: ctx.lexicons.matcher("first-names"), famous: ctx.lexicons.matcher("famous-people") };
    for (const quote of ctx.analysis.parts("quote")) {
      const speaker = quote.speaker;
      // Template placeholders ("[NAME, TITLE]") are the structure rules' to report.
      if (speaker && placeholders.test(speaker.attribution)) continue;
      const nameless = !speaker || !speaker.name || anonymous.test(speaker.name);
      if (!nameless) continue;
      // The parser may not have split the name out of a long attribution; a person named in it still counts.
      if (speaker && (findPeople(speaker.attribution, "", people).length || people.famous.test(speaker.attribution))) continue;
      const raw = speaker?.description ?? speaker?.attribution ?? null;
      // An attribution that reads like a sentence is the parser's guess, not something to quote back.
      // "[Lead Database Engineer, mid-size SaaS]" is a role in brackets: it too names nobody, and saying so is more exact than "no attribution".
      const who = raw && ctx.analysis.wordCount(raw) <= 8 && /^[\p{L}"“[]/u.test(raw.trim()) ? raw : null;
      const last = quote.blocks[quote.blocks.length - 1];
      const at = last ? { block: last } : { span: quote.span };
      if (quote.voice === "customer") {
        // A role in a setting ("a charge nurse on a surgical ward") describes a findable customer; a name would only make it checkable.
        const described = !!speaker && describedRole(speaker.attribution);
        ctx.report({
          message: who ? `This customer quote is attributed to "${who}", which names nobody.` : "This customer quote has no attribution.",
          at,
          ...(described ? { severity: "info" as const } : {}),
        });
      } else {
        ctx.report({
          message: who ? `The company quote is attributed to "${who}" without a name.` : "The company quote has no attribution.",
          at,
          severity: "info",
          question: "Who in the company stands behind this, by name?",
        });
      }
    }
  },
});
