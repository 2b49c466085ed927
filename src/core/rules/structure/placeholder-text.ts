import { defineRule } from "../../engine/types";
import type { Sentence } from "../../model/types";
import { isDateLine } from "../../parse/dateline";

const ANSWER_PLACEHOLDERS = /^\[?(?:[^\]\n]{0,30}\s)?(?:TBD|TODO|TBC|TK)\b/i;
const CAPITAL_SLOT = /\[[A-Z][A-Z0-9 ,/'’&._-]{1,40}\](?!\()/g;
/** "Product Name" as a slot is written in title case; "works as a product name" is a sentence about names. */
const TITLE_CASE_SLOT = /(?<![\p{L}\p{N}])(?:Product|Company|Customer) Name(?![\p{L}\p{N}])/gu;
/** "e.g. Acme Corp", "such as John Doe": a stock name given as an example, on purpose. */
const EXAMPLE_BEFORE = /(?:\be\.g\.|\bfor (?:example|instance)|\bsuch as|\blike|\bsay)\s*,?\s*["“']?$/i;
/** A quoted span: a sample message the product writes or the reader sends. */
const QUOTED = /["“]([^"”\n]{1,400})["”]/g;
/** Honesty tags mark a known gap on purpose ("[NEEDS EVIDENCE]", "[ASSUMED]"); a reviewer reads them as flags, not template text. */
/** The opening "CITY, Date —" or "[PLACE] — [DATE] —" of a release: one or two short segments, each closed by a spaced dash. */
const DATELINE_HEAD = /^(?:[^!?\n—–]{1,60}?\s[—–-]{1,2}\s){1,2}/;
/** Contact lines of a release: who the press calls, at what number or address. */
const CONTACT_BOILERPLATE = /\b(?:media|press|investor|public) (?:contact|relations|inquiries|enquiries)\b|^\s*(?:contact|phone|tel|telephone|email|e-mail)\b\s*:|\+?\d[\d ()-]{3,}X{3,}|\bX{3,}[\d ()-]{0,}\d{2,}/im;
/**
 * "## WHO? Announces the Search Evaluation Framework", "Today, WHO?, announced…": a question word in capitals
 * left where a name belongs, with the sentence going on after it. A question the release asks ends on its "?".
 */
const QUESTION_SLOT = /(?<![\p{L}\p{N}])(?:WHO|WHAT|WHEN|WHERE|WHICH|HOW MUCH|HOW MANY)\?(?=[ \t]*[,;:)—–-]|[ \t]+\S)/gu;
/**
 * A slot that stands for who says it, where it lives or when: a name, a title,
 * a link, a licence. The case is written around it, so it is a detail to
 * finish, not a decision left open; reviewers judged such slots noise as
 * blocking errors ("[Co-creator Name]", "[repository URL]"). A customer's
 * name is different: a testimonial from a slot is evidence from nobody, and
 * so is a slot for the words themselves ("[Placeholder: Founder quote]").
 */
const DETAIL_SLOT =
  /^\[(?![^\]]*\b(?:quotes?|quotation|statement|insert|describe|write|add)\b)[^\]]*\b(?:names?|title|leader|ceo|cto|cfo|coo|vp|founder|co-?founder|creator|co-?creator|spokes(?:person|man|woman)|executive|director|head of \w+|url|link|repo(?:sitory)?|website|licen[cs]e|email|e-mail|phone|handle|logo|location|city|date)\b[^\]]*\]$|^(?:Product|Company|Customer) Name$/i;
const HONESTY_TAG = /^\[(?:NEEDS? (?:EVIDENCE|DATA|SOURCE|CITATION)|ASSUMED|ASSUMPTION|UNKNOWN|OBSERVED|REPORTED|HYPOTHESIS|HYPOTHETICAL|ILLUSTRATIVE|ESTIMATE|UNVERIFIED|VERIFY|OPEN)\b/;

/**
 * Slots inside a quoted sample text with words of its own ("Hi [Name], I saw
 * the opening at [Company]…") are the product's template, shown on purpose.
 */
function inSampleText(text: string, start: number): boolean {
  QUOTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTED.exec(text))) {
    if (m.index > start) return false;
    if (start < m.index + m[0].length) {
      const words = m[1].replace(/\[[^\]]*\]|<[^>]*>|\{\{[^}]*\}\}/g, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
      return words.length >= 4;
    }
  }
  return false;
}

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
    const datelinesReported = new Set<unknown>();
    const releaseBlocks = new Set(analysis.pressReleaseBlocks);
    const quoteBlocks = new Set(analysis.parts("quote").flatMap((q) => q.blocks));
    const customerQuoteBlocks = new Set(analysis.parts("quote").filter((q) => q.voice === "customer").flatMap((q) => q.blocks));
    let blocked = false;
    const report = (sentence: Sentence, start: number, end: number) => {
      const block = analysis.blockOf(sentence);
      const key = `${sentence.span.start.offset}:${start}`;
      // Code spans hold syntax ("<name>", "[scope]"), not unfinished prose.
      if (seen.has(key) || analysis.isInCode(block, sentence.start + start, sentence.start + end)) return;
      // A quoted sample can run over several sentences, so the whole paragraph is where its quotation marks are.
      // A quote in the release is someone's words, not a sample the product writes: a slot there is unfilled.
      if (EXAMPLE_BEFORE.test(sentence.text.slice(Math.max(0, start - 20), start)) || (!quoteBlocks.has(block) && inSampleText(block.text, sentence.start + start))) return;
      seen.add(key);
      const head = releaseBlocks.has(block) ? DATELINE_HEAD.exec(block.text) : null;
      if ((head && sentence.start + end <= head[0].length) || (releaseBlocks.has(block) && isDateLine(block.text))) {
        // An unfilled city or date is a detail to finish, not a decision left open: a reviewer would not stop the review for it.
        if (datelinesReported.has(block)) return;
        datelinesReported.add(block);
        ctx.report({
          message: `The dateline still has template text: "${sentence.text.slice(start, end)}".`,
          at: analysis.within(sentence, start, end),
          severity: "warning",
        });
        return;
      }
      // A media or investor contact, a phone number or an email is the wire service's boilerplate, not the product's case.
      if (CONTACT_BOILERPLATE.test(block.text)) {
        ctx.report({ message: `Template text left in the contact details: "${sentence.text.slice(start, end)}".`, at: analysis.within(sentence, start, end), severity: "info" });
        return;
      }
      const slot = sentence.text.slice(start, end);
      // A customer quote signed by a slot is a quote from nobody: that is the case itself, not a detail.
      if (DETAIL_SLOT.test(slot) && !customerQuoteBlocks.has(block)) {
        ctx.report({ message: `Template text left in: "${slot}"; fill in the name or detail before the review.`, at: analysis.within(sentence, start, end), severity: "warning" });
        return;
      }
      // The first unfilled slot blocks the review; the rest show how much is left, without blocking it again.
      ctx.report({ message: `Template text left in: "${slot}".`, at: analysis.within(sentence, start, end), severity: blocked ? "warning" : undefined });
      blocked = true;
    };
    for (const { sentence, match } of analysis.matches("placeholders")) {
      const block = analysis.blockOf(sentence);
      // "TBD" as a whole FAQ answer is an evasive answer; the hard-questions rules own it.
      if (answers.has(block) && ANSWER_PLACEHOLDERS.test(match.text)) continue;
      report(sentence, match.start, match.end);
    }
    for (const block of analysis.proseBlocks) {
      if (!block.text.includes(" Name")) continue;
      for (const sentence of block.sentences) {
        for (const m of sentence.text.matchAll(TITLE_CASE_SLOT)) report(sentence, m.index, m.index + m[0].length);
      }
    }
    for (const block of new Set([...analysis.parts("headline").flatMap((p) => p.blocks), ...analysis.pressReleaseBlocks])) {
      if (!block.text.includes("?")) continue;
      for (const m of block.text.matchAll(QUESTION_SLOT)) {
        const sentence = block.sentences.find((x) => x.start <= m.index && m.index < x.end);
        if (sentence) report(sentence, m.index - sentence.start, m.index - sentence.start + m[0].length);
      }
    }
    // "[NAME, TITLE]", "[CEO NAME]": a bracketed slot in capitals. Case matters here, so it can't live in a lexicon.
    for (const block of analysis.proseBlocks) {
      if (!block.text.includes("[")) continue;
      for (const sentence of block.sentences) {
        CAPITAL_SLOT.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = CAPITAL_SLOT.exec(sentence.text))) if (!HONESTY_TAG.test(m[0])) report(sentence, m.index, m.index + m[0].length);
      }
    }
  },
});
