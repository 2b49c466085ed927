import { defineRule } from "../../engine/types";

/** The borrowed company's name as written: a capital somewhere, so "the notion of" or "the windows of" stay prose. */
const NAMED = /\b(?=[a-z]*[A-Z])[A-Za-z.]+(?=(?:-|\s+)(?:of|for|meets)\b)/;

/**
 * The same move with a company the analogies lexicon does not know: a framing that makes the product the company
 * ("think of it as", "it's", "PawCall is the"), then a proper name, then "of" or "for" and a lowercase field
 * ("Deliveroo for emergency vet advice"). The lowercase field is what makes it a comparison ("the Bank of England" names
 * an institution), and the framing keeps tools in a list ("tools like Jira for tracking") out. Case matters here.
 */
const FRAMED_NAME =
  /\b(?:[Tt]hink of (?:it|us|this|them|\p{Lu}[\p{L}\d]*) as (?:the |an? )?|(?:[Ii]t's|[Ii]t is|[Ww]e're|[Ww]e are|[Tt]his is|[Ii]t becomes|(?:call|calls|called) it|\p{Lu}[\p{L}\d]* (?:is|becomes|wants to be|aims to be)) (?:(?:basically|essentially|simply|just|kind of|sort of|like) )*(?:the |an? )?|\b(?:is|be|becomes?|becoming) the )(\p{Lu}[\p{L}\d.]*[\p{L}\d])\s+(?:of|for)\s+(?!(?:the|a|an|its|this|that|these|those|their|our|his|her|my|your|them|us|you|example|instance|now|free|years?|months?|weeks?|days?|more|all|everyone|anyone|each|every|up|over|use|sale|one|two|three|some|many|most)\b)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}/u;

/** Titles, offices and institutions that take "of" or "for" before a lowercase field: "Head of engineering", "Minister for health". */
const TITLE_OR_OFFICE =
  /^(?:head|director|vp|svp|evp|chief|president|vice|manager|lead|leader|dean|professor|doctor|dr|master|minister|secretary|chair|chairman|chairwoman|member|owner|founder|partner|editor|officer|commissioner|governor|mayor|king|queen|prince|princess|lord|lady|duke|saint|st|university|college|school|institute|department|ministry|office|bank|board|council|centre|center|museum|society|association|league|union|federation|friends|house|city|county|state|republic|kingdom|day|week|year|month|team|group|squad|unit|hall|fellow|advocate|champion|ambassador|coordinator|specialist|engineer|designer|analyst|consultant|counsel|attorney)$/i;

export default defineRule({
  meta: {
    id: "analogy-as-evidence",
    category: "evidence",
    severity: "warning",
    description: "The product is explained as another company's success applied elsewhere (\"the Uber of dog walking\", \"Stripe for payroll\").",
    question: "Without the analogy: what does the customer get, and what shows they want it?",
    rationale:
      "An analogy borrows a famous company's success without its evidence: that Uber worked says nothing about whether dog " +
      "owners will book walkers by phone. It also hides what the product does, since every reader fills in a different part " +
      "of the comparison. Say what the customer does and gets, and show why they want it.",
    examples: {
      flagged: ["PawRoute is the Uber of dog walking.", "Think of Ledgerline as Stripe for church donations."],
      passes: ["We use Stripe for payments and pay walkers every Friday.", "Owners book a vetted walker for the same afternoon from their phone."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const seen = new Set<number>();
    // The document's own product is no borrowed success: it is named in the headline, or again and again.
    const headline = analysis.proseBlocks.find((b) => b.kind === "heading")?.text ?? "";
    const ownName = (name: string) =>
      (analysis.doc.productName ?? "").split(/\s+/).includes(name) || headline.split(/[^\p{L}\d.]+/u).includes(name) || analysis.doc.text.split(name).length - 1 >= 3;
    const report = (sentenceStart: number, text: string, at: ReturnType<typeof analysis.within>) => {
      seen.add(sentenceStart);
      ctx.report({ message: `"${text.trim()}" is an analogy, not evidence: it borrows another company's success.`, at });
    };
    for (const { sentence, match } of analysis.matches("analogies")) {
      // "Isn't this just Uber for dog walking?" is the reviewer's question, asked in the FAQ: it is not a claim.
      if (/\?\s*$/.test(sentence.text) || seen.has(sentence.span.start.offset)) continue;
      if (!NAMED.test(match.text)) continue;
      report(sentence.span.start.offset, match.text, analysis.within(sentence, match.start, match.end));
    }
    for (const block of analysis.proseBlocks) {
      if (block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        if (/\?\s*$/.test(sentence.text) || seen.has(sentence.span.start.offset)) continue;
        const framed = FRAMED_NAME.exec(sentence.text);
        if (!framed || TITLE_OR_OFFICE.test(framed[1]) || ownName(framed[1])) continue;
        const start = framed.index + framed[0].indexOf(framed[1]);
        report(sentence.span.start.offset, sentence.text.slice(start, framed.index + framed[0].length), analysis.within(sentence, start, framed.index + framed[0].length));
      }
    }
  },
});
