import { joinSpans } from "../model/positions";
import type { Block, FaqAudience, FaqEntry } from "../model/types";
import { hasAnswerPrefix, hasEntryId, hasQuestionPrefix, stripAnswerPrefix, stripQuestionPrefix } from "./labels";
import { countWords } from "./text";

/** Ends in "?", perhaps followed by a short tag: "Why SQLite? (LOCKED v0.6)", "How will we know? (success metrics)". */
const endsQuestion = (text: string) => /\?\s*["”*_)]*\s*(?:[([][^()[\]?]{1,40}[)\]]\s*["”*_]*\s*)?$/.test(text.trim());

/**
 * Tells which blocks of an FAQ are questions. People write them as headings,
 * bold paragraphs, "Q:" lines, numbered items or bullets. When most headings
 * (or most list items) at one level end in "?", that level is the question
 * level, and its few headings without "?" are questions too.
 */
function questionBlocks(blocks: Block[], label: Block | null): Set<Block> {
  const questions = new Set<Block>();
  const headingDepths = new Map<number, { total: number; questions: number }>();
  const itemDepths = new Map<number, { total: number; questions: number }>();
  for (const b of blocks) {
    if (b.kind === "heading" && (!label || label.kind !== "heading" || b.depth > label.depth)) {
      const stat = headingDepths.get(b.depth) ?? { total: 0, questions: 0 };
      stat.total++;
      if (endsQuestion(b.text) || hasQuestionPrefix(b.text)) stat.questions++;
      headingDepths.set(b.depth, stat);
    }
    if (b.kind === "paragraph" && b.listItemStart) {
      const stat = itemDepths.get(b.listDepth) ?? { total: 0, questions: 0 };
      stat.total++;
      if (endsQuestion(b.text) || hasQuestionPrefix(b.text)) stat.questions++;
      itemDepths.set(b.listDepth, stat);
    }
  }
  const questionHeadingDepth = [...headingDepths].find(([, s]) => s.questions >= 2 && s.questions / s.total >= 0.5)?.[0];
  const questionItemDepth = [...itemDepths].find(([, s]) => s.questions >= 2 && s.questions / s.total >= 0.5)?.[0];
  const hasNestedAnswers = (i: number) => {
    const b = blocks[i];
    const next = blocks[i + 1];
    return !!next && next.listDepth > b.listDepth;
  };
  blocks.forEach((b, i) => {
    const text = b.text.trim();
    if (!text) return;
    if (b.kind === "heading") {
      if (label && label.kind === "heading" && b.depth <= label.depth) return;
      if (endsQuestion(text) || hasQuestionPrefix(text) || b.depth === questionHeadingDepth) questions.add(b);
      return;
    }
    if (b.kind !== "paragraph") return;
    if (hasAnswerPrefix(text)) return;
    if (hasQuestionPrefix(text)) {
      questions.add(b);
      return;
    }
    if (b.leadEmphasis && b.emphasised && (endsQuestion(b.leadEmphasis) || hasEntryId(b.leadEmphasis))) {
      questions.add(b);
      return;
    }
    if (b.leadEmphasis && endsQuestion(b.leadEmphasis) && b.leadEmphasis.length >= text.length - 2) {
      questions.add(b);
      return;
    }
    if (b.listItemStart && (b.listDepth === questionItemDepth || (endsQuestion(text) && hasNestedAnswers(i)))) {
      questions.add(b);
      return;
    }
    if (endsQuestion(text) && countWords(text) <= 40 && b.sentences.length <= 2) {
      const next = blocks[i + 1];
      if (!next || !endsQuestion(next.text) || hasAnswerPrefix(next.text)) questions.add(b);
    }
  });
  return questions;
}

export function parseFaq(blocks: Block[], audience: FaqAudience, label: Block | null): FaqEntry[] {
  const questions = questionBlocks(blocks, label);
  const entries: FaqEntry[] = [];
  let topic: string | null = null;
  let current: FaqEntry | null = null;
  const finish = () => {
    if (!current) return;
    current.answerText = current.answer
      .filter((b) => b.kind !== "html")
      .map((b, i) => (i === 0 ? stripAnswerPrefix(b.text) : b.text))
      .join("\n")
      .trim();
    const last = current.answer[current.answer.length - 1] ?? current.question;
    current.span = joinSpans(current.question.span, last.span);
    entries.push(current);
    current = null;
  };
  for (const b of blocks) {
    if (questions.has(b)) {
      finish();
      current = {
        question: b,
        questionText: stripQuestionPrefix(b.leadEmphasis && !b.emphasised && b.leadEmphasis.length >= b.text.trim().length - 2 ? b.leadEmphasis : b.text),
        answer: [],
        answerText: "",
        audience,
        topic,
        span: b.span,
      };
      continue;
    }
    if (b.kind === "heading" && (!current || b.depth <= current.question.depth || current.question.kind !== "heading")) {
      finish();
      topic = b.text.trim();
      continue;
    }
    if (current && b.kind !== "break") current.answer.push(b);
  }
  finish();
  return entries;
}
