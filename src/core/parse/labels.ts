import { sectionLabels, type SectionKind } from "../lexicons/sections";
import { audienceOfTitle } from "./faq-audience";

const exactLabels = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(sectionLabels) as [SectionKind, string[]][]) {
  for (const name of names) exactLabels.set(name, kind);
}

/**
 * Reduces a heading or label to the words that name it: no Markdown marks,
 * numbering ("1.", "Part 3 —", "IV."), trailing colon, closing hashes or
 * parenthetical asides.
 */
export function normalizeLabel(raw: string): string {
  return raw
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ")
    .replace(/[*_`#]+/g, " ")
    .replace(/\\(?=[^\w\s])/g, "")
    .replace(/[’‘]/g, "'")
    .replace(/\s*[(（][^)）]*[)）]\s*/g, " ")
    .replace(/\s*\[[^\]]*\]\s*/g, " ")
    .replace(/^\s*(part|section|teil|step)\s+(\d+|[ivx]+)\s*[—–:.\-)]*\s*/i, "")
    .replace(/^\s*(\d+(\.\d+)*|[ivx]+|[a-z])[.)]\s+/i, "")
    .replace(/^\s*\d+\s+/, "")
    .replace(/[\s:.;,!—–\-：。]+$/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/** "PR/FAQ: Ailly", "PRFAQ // Build AI That Matters": the title of the whole document. */
export function isDocumentTitle(raw: string): boolean {
  return /\bpr\s*[/&|-]?\s*faqs?\b|\bprfaqs?\b|\bpress release (and|&|\/|\+) (faqs?|frequently asked questions)\b/i.test(raw);
}

// A hyphen makes "questions" part of another noun: a "popular-questions deck" is not a FAQ.
const FAQ_WORDS = /(?<![\w-])(faqs?|frequently asked questions|q ?& ?a|questions|fragen|perguntas|preguntas|вопросы)(?![\w-])|질문|質問|问题|問題/;

/**
 * The part of a PR/FAQ a label names, or null when it names none. `namesOnly`
 * keeps to the names of the parts themselves and leaves out the words that
 * only suggest one ("Adjacent product opportunity", "Driver summary").
 */
export function classifyLabel(raw: string, namesOnly = false): SectionKind | null {
  // Labels are short; long text is never one (and is not worth normalising).
  if (raw.length > 160) return null;
  const label = normalizeLabel(raw);
  if (!label || isDocumentTitle(raw)) return null;
  const exact = exactLabels.get(label);
  if (exact) return exact;
  const words = label.split(" ").length;
  if (words > 8) return null;
  // "Part 3 — FAQ: the hard ones" or "FAQ - Internal": try each side of a dash or colon.
  for (const piece of label.split(/\s+[—–-]\s+|:\s+|\s*\/\s*/)) {
    const hit = exactLabels.get(piece.trim());
    if (hit && (hit !== "other-known" || piece.trim() === label)) {
      const audience = hit === "faq" || hit === "customer-faq" ? audienceOfTitle(label) : null;
      if (audience === "internal") return "internal-faq";
      if (hit === "faq" && audience === "customer") return "customer-faq";
      return hit;
    }
  }
  if (/^open questions\b/.test(label)) return "other-known";
  if (FAQ_WORDS.test(label) && words <= 6 && !/\bopen questions\b/.test(label)) {
    const audience = audienceOfTitle(label);
    return audience === "internal" ? "internal-faq" : audience === "customer" ? "customer-faq" : "faq";
  }
  if (/\b(kill|stop|stopping|exit|abort)\b.*\b(criteria|criterion|conditions|signals)\b/.test(label)) return "kill-criteria";
  if (/\bwhat would (make us|cause us to) (stop|kill|abandon)/.test(label)) return "kill-criteria";
  if (/\b(measures? of success|success (metrics?|measures?|criteria)|how we('ll| will) (measure|know))\b/.test(label)) return "success-metrics";
  // "Proposed evaluation measures", "Pilot metrics", "North-star metric": a kind of metric named as the section.
  if (/^(?:(?:the|our|proposed|primary|pilot|launch|key|target|evaluation|outcome|north[- ]star)\s+){1,3}(?:metrics?|measures|kpis?)$/.test(label)) return "success-metrics";
  if (/^(the )?press release\b/.test(label) && words <= 5) return "press-release";
  if (/^(customer|leader'?s?|executive|spokesperson|company|internal) quotes?$/.test(label)) {
    return /customer/.test(label) ? "customer-quote" : "spokesperson-quote";
  }
  // Template prompts used as headings: "Describe the opportunity or problem: The setup".
  if (words <= 12 && !/\?\s*$/.test(raw) && !namesOnly) {
    if (/\btestimonials?\b|\bcustomer'?s? quotes?\b|\bquotes? from (?:a |the )?customers?\b/.test(label)) return "customer-quote";
    if (/\bquotes?\b/.test(label) && /\b(leader|executive|spokes\w*|company|ceo|founder|amazon|you|internal|leadership)\b/.test(label)) return "spokesperson-quote";
    if (/\bcall to action\b|\bget(?:ting)? started\b|\b(?:how|ways?|where) to (?:buy|start|begin|get it|sign up)\b/.test(label)) return "getting-started";
    if (/\bsummar(?:y|ize|ise)\b/.test(label) && words <= 10) return "summary";
    if (/\b(?:problems?|pain points?|challenges?|opportunity)\b/.test(label) && words <= 8) return "problem";
    if (/\b(?:solution|approach)\b/.test(label) && words <= 8) return "solution";
    if (/^(?:the )?headline\b/.test(label)) return "headline";
    if (/^(?:the )?(?:sub-?head(?:ing|line)?|subtitle)\b/.test(label)) return "subheading";
  }
  return null;
}

// "Q9b." and "14c." number a question added after 9 or 14.
const QUESTION_PREFIX = /^\s*(?:\*\*)?(?:q|question|frage)\s*(?:\d+[a-z]?)?\s*[:.)–—-]\s*/i;
const ANSWER_PREFIX = /^\s*(?:\*\*)?(?:a|answer|antwort)\s*\d*\s*[:.)–—-]\s*/i;
// "C1.", "12)", "EFAQ-01 ·", "IFAQ-03 —": a question's number or id.
const ENTRY_ID = /^\s*(?:[A-Z]{1,4}-?\d{1,3}[a-z]?|\d{1,3}[a-z]?)\s*(?:[.):]|\s[·—–]|·)\s+/;

export function hasQuestionPrefix(text: string): boolean {
  return QUESTION_PREFIX.test(text);
}

export function hasAnswerPrefix(text: string): boolean {
  return ANSWER_PREFIX.test(text);
}

/** Removes "Q:", "Question 3:", "C1." or "1." from the start of a question. */
export function stripQuestionPrefix(text: string): string {
  return text.replace(QUESTION_PREFIX, "").replace(ENTRY_ID, "").trim();
}

export function stripAnswerPrefix(text: string): string {
  return text.replace(ANSWER_PREFIX, "").trim();
}

export function hasEntryId(text: string): boolean {
  return ENTRY_ID.test(text);
}
