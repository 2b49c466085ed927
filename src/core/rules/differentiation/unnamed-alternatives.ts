import { defineRule, type RuleContext } from "../../engine/types";
import type { Block, FaqEntry } from "../../model/types";

/** A comparison only makes a point when it says what it compares with. */
const CONTRAST =
  /\b(?:unlike|than|different(?:ly)?|differs?|differentiat\w*|compared?|comparison|vs\.?|versus|instead of|rather than|beats?|better|worse|why not|falls? short|fails?|can['’]?t|cannot|don['’]t|doesn['’]t|do not|does not|lacks?|miss(?:es)?|never|none of)\b/i;
/**
 * Where a document names rivals: a comparison ("unlike X", "rather than Y", "competitors such as Z"). Examples alone
 * ("providers like DigitalOcean", "apps like WhatsApp") are as often suppliers or things the product works with.
 */
const NAMING_CONTEXT =
  /\b(?:unlike|compared (?:to|with)|vs\.?|versus|instead of|rather than|(?:better|worse|faster|slower|cheaper|easier|simpler|safer|smarter|quicker) than|alternatives?|competitors?|competes?|competing|rivals?|incumbents?)\b/i;
/** An FAQ question that asks about rivals. */
const RIVAL_QUESTION = /\b(?:unlike|different|differs?|differentiat\w*|compare[ds]?|comparison|vs\.?|versus|instead of|rather than|why not|alternatives?|competitors?|competition|better than)\b/i;
/** Words capitalised for reasons other than being a name. */
const NOT_A_NAME = new Set([
  "I", "I'm", "I've", "I'd", "Q", "A", "FAQ", "AI", "API", "APIs", "SaaS", "MVP", "PR", "Today", "Yes", "No", "Unlike", "Instead", "Existing",
  "Other", "Traditional", "Most", "Many", "Our", "We", "The", "This", "That", "These", "Those", "It", "Its", "They", "You", "Your",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
  "June", "July", "August", "September", "October", "November", "December", "English", "Internet", "Web",
  // Platforms a product runs on, not products it competes with.
  "Android", "iOS", "Mac", "macOS", "Windows", "Linux", "iPhone", "iPad", "Unix",
]);

/** True when a sentence names a product or company: a capitalised name mid-sentence ("Anki", "LangSmith", "iMessage"). */
function namesIn(sentenceText: string, own: Set<string>): boolean {
  // The product, its maker and its parts are named all through the document; a rival is named once or twice.
  const text = sentenceText.replace(/^\s*(?:Q|A|Q\d+|\d+)[:.)]\s*/, "");
  for (const word of text.matchAll(/[\p{L}][\p{L}\p{N}'’.&-]*[\p{L}\p{N}]/gu)) {
    if (word.index === 0) continue;
    const name = word[0].replace(/['’]s$/, "");
    const capitalised = /^\p{Lu}[\p{L}\p{N}]*\p{Ll}/u.test(name) || /^\p{Ll}+\p{Lu}/u.test(name);
    if (!capitalised || NOT_A_NAME.has(name) || own.has(name.toLowerCase())) continue;
    // After a full stop, a colon, a bullet or an opening quote a capital starts a sentence or a label, not a name.
    if (/[.!?:"“(*•\-–—]\s*$/.test(text.slice(0, word.index))) continue;
    return true;
  }
  return false;
}

/** Capitalised words the document uses four times or more, and the headline's: its own product, company and features. */
function ownNames(text: string, product: Set<string>): Set<string> {
  const counts = new Map<string, number>();
  for (const [word] of text.matchAll(/\b\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*\b/gu)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return new Set([...product, ...[...counts].filter(([, n]) => n >= 4).map(([w]) => w.toLowerCase())]);
}

/** The product's own name and the headline's capitalised words. */
function productNames(productName: string | null, headline: string): Set<string> {
  const names = new Set<string>();
  for (const word of (productName ?? "").toLowerCase().split(/\s+/)) if (word) names.add(word);
  for (const word of headline.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []) names.add(word.toLowerCase());
  return names;
}

/**
 * True when the document names a rival anywhere it compares: a capitalised
 * name in a sentence that compares, or in an FAQ entry whose question does.
 */
function namesARival(ctx: RuleContext, own: Set<string>, product: Set<string>): boolean {
  const { analysis } = ctx;
  const rivalQuestions = analysis.faqEntries.filter((e) => RIVAL_QUESTION.test(e.questionText));
  // "How is JobForge different from LinkedIn or Indeed?": a rival the document mentions often is still a rival when the question names it.
  if (rivalQuestions.some((e) => namesIn(e.questionText, product))) return true;
  const comparingEntries = new Set(rivalQuestions.flatMap((e) => [e.question, ...e.answer]));
  return analysis.proseBlocks.some((block) =>
    block.sentences.some((sentence) => (comparingEntries.has(block) || NAMING_CONTEXT.test(sentence.text)) && namesIn(sentence.text, own)),
  );
}

export default defineRule({
  meta: {
    id: "unnamed-alternatives",
    category: "differentiation",
    severity: "warning",
    description:
      "The product is set against an unnamed group (\"other study apps\", \"traditional VPN services\", \"existing tools\") and no product in it is named, so the comparison can't be checked.",
    question: "Which products do customers use today, by name, and why does this beat each of them?",
    rationale:
      "\"Unlike other apps\" is a comparison with nothing in particular. A reviewer's first question is which apps, and the " +
      "answer often decides the review: the product customers actually use may already do the thing claimed. Naming the " +
      "closest two or three alternatives, and what each lacks for this customer, turns the claim into an argument.",
    examples: {
      flagged: ["Q: Why is Paly different from other study apps? A: Paly texts you, so studying happens in the moments you already have."],
      passes: ["Q: Why not use Anki or Quizlet? A: Both wait for the student to open them; Paly texts the question to them."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const groups = analysis.matches("unnamed-alternatives", analysis.proseBlocks);
    if (!groups.length) return;
    const product = productNames(ctx.doc.productName, analysis.blocksOf("headline").map((b) => b.text).join(" "));
    const own = ownNames(ctx.doc.text, product);
    if (namesARival(ctx, own, product)) return;
    const entryOf = new Map<Block, FaqEntry>();
    for (const entry of analysis.faqEntries) for (const block of [entry.question, ...entry.answer]) entryOf.set(block, entry);
    for (const found of groups) {
      const block = analysis.blockOf(found.sentence);
      const entry = entryOf.get(block);
      const comparing = CONTRAST.test(found.sentence.text) || (entry !== undefined && CONTRAST.test(entry.questionText));
      // "Other registries, such as npmjs.com, Maven Central or PyPI": named where the group is.
      if (!comparing || namesIn(found.sentence.text, own)) continue;
      ctx.report({
        message: `"${found.match.text}" are never named, so the comparison can't be checked: name the products customers use today and say why this beats each.`,
        at: analysis.within(found.sentence, found.match.start, found.match.end),
      });
      return;
    }
  },
});
