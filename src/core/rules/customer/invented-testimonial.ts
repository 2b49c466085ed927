import { defineRule } from "../../engine/types";
import type { Block } from "../../model/types";

/**
 * A quote signed after a dash: `"…" — Alex M., Software Engineer`. The
 * signature is what this rule reads; the parser's quote parts cover the
 * press release, but testimonial lists sit anywhere, and a blockquote can hold
 * a whole wall of them, one to a line.
 */
const SIGNED = /["”]\s*[*_]*\s*[—–-]{1,2}\s*[*_]*\s*([^\n]{2,120})(?:\n|$)/gu;

/** A quote attributed in prose: `"…," said Dave, site manager.` The name and what follows it, to the sentence's end. */
const SAID = /["”]\s*[*_]*\s*(?:said|says|adds|added|explains|explained|writes|wrote)\s+(\p{Lu}[^\n.!?"“”]{1,120})/gu;

/** A first name, optionally with an initial: "Sarah", "Sarah K." — nobody a reader could find. */
const FIRST_NAME_ONLY = /^(\p{Lu}[\p{Ll}'-]+)(?:\s+\p{Lu}\.)?$/u;

/** An organisation or a place after the name: "at Acme", "Acme Corp", "Leeds", "(beta)". */
const WHERE = /\b(?:at|of|from|in|with)\s+\p{Lu}|\b(?:inc|ltd|llc|gmbh|corp|co)\b\.?|,\s*\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)*,\s*\p{Lu}/u;

/** Attribution that says the quote was made up, however honestly. */
const MADE_UP = /\b(?:hypothetical|illustrative|fictional|fictitious|composite|imagined|invented|made[- ]up|sample|example|placeholder|draft)\b(?:\s+(?:quote|quotation|testimonial|customer|user|persona|construction|statement))?/i;

/**
 * A note that the document's quotes are made up as a whole ("Customer quotes are illustrative", "hypothetical
 * testimonials"): a pre-launch draft saying so honestly is not passing written quotes off as collected ones.
 */
const QUOTES_MARKED_MADE_UP =
  /\b(?:hypothetical|illustrative|fictional|fictitious|composite|imagined|invented|made[- ]up|placeholder|sample|example)\s+(?:customer\s+)?(?:quotes?|quotations?|testimonials?)\b|\b(?:quotes?|quotations|testimonials)\s+(?:below\s+|here\s+|above\s+)?(?:are|is|were)\s+(?:\w+\s+)?(?:hypothetical|illustrative|fictional|fictitious|composite|imagined|invented|made[- ]up|placeholders?)\b/i;

interface Signature {
  block: Block;
  name: string;
  rest: string;
  start: number;
}

function signaturesOf(block: Block): Signature[] {
  // Both expressions start at a closing quote mark; most blocks have none, and finding that out is cheaper than running them.
  if (!block.text.includes('"') && !block.text.includes("”")) return [];
  return [...block.text.matchAll(SIGNED), ...block.text.matchAll(SAID)].map((match) => {
    const signature = match[1].replace(/[*_`]+/g, "").trim();
    const [name, ...rest] = signature.split(/\s*,\s*/);
    return { block, name: name.trim(), rest: rest.join(", "), start: match.index + match[0].indexOf(match[1]) };
  }).sort((a, b) => a.start - b.start);
}

/** Below this many, first-name signatures may just be modesty; a whole wall of them is a pattern. */
const WALL = 3;

export default defineRule({
  meta: {
    id: "invented-testimonial",
    category: "customer",
    severity: "warning",
    description: "Testimonials that name nobody real: a run of quotes signed or attributed (\"said Dave, site manager\") with a first name (and an initial or a job title) and no organisation, or quotes marked hypothetical or illustrative.",
    question: "Which real customer said this, and could a reviewer call them?",
    rationale:
      "A wall of quotes from \"Sarah K., Privacy Advocate\" and \"James T., System Administrator\" tells a reviewer the quotes " +
      "were written, not collected. A quote openly marked illustrative is honest, but it is still not evidence that any " +
      "customer feels this way: it marks where a real quote has to go.",
    examples: {
      flagged: ['"Finally, invoices I don\'t chase." — Dana R., Designer', '"It saved my Mondays." — Hypothetical customer'],
      passes: ['"It saved my Mondays," said Dana Reyes, a freelance designer in Leeds who piloted Ledgerly in May.'],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const signatures = analysis.proseBlocks.flatMap(signaturesOf);
    for (const s of signatures) {
      const made = MADE_UP.exec(`${s.name}, ${s.rest}`);
      if (!made) continue;
      ctx.report({
        message: `This quote is signed "${`${s.name}${s.rest ? `, ${s.rest}` : ""}`.slice(0, 60)}": marked as made up, it is a placeholder, not a customer's voice.`,
        at: { block: s.block, start: s.start, end: s.block.text.length },
        severity: "info",
        question: "Which real customer will this quote come from, and when will you have it?",
      });
    }
    const bare = signatures.filter((s) => FIRST_NAME_ONLY.test(s.name) && !WHERE.test(s.rest) && !MADE_UP.test(s.rest));
    if (bare.length < WALL || QUOTES_MARKED_MADE_UP.test(analysis.doc.text)) return;
    const initials = bare.map((s) => s.name[0]);
    const alphabetical = initials.every((c, i) => i === 0 || c > initials[i - 1]);
    const names = bare.map((s) => s.name).join(", ");
    ctx.report({
      message: `${bare.length} quotes are signed with a first name and no organisation (${names})${alphabetical && bare.length >= 3 ? ", in alphabetical order" : ""}: they read as written, not collected.`,
      at: { block: bare[0].block, start: bare[0].start, end: bare[0].block.text.length },
    });
  },
});
