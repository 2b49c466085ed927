import type { Analysis } from "./analysis";
import type { Block, Sentence } from "../model/types";
import { KILL_QUESTION, statesKillCriterion } from "../lexicons/kill-statements";

export { KILL_SENTENCE } from "../lexicons/kill-statements";

export interface KillCriteria {
  /** Blocks that state kill criteria, wherever they are. */
  blocks: Block[];
  /** Sentences outside a kill-criteria section that state one. */
  inline: Sentence[];
}

/** Where the document states its kill criteria: a section, an FAQ answer, or a sentence in passing. */
export function killCriteriaOf(analysis: Analysis): KillCriteria {
  // Criteria read in passing are sentences inside other paragraphs: those sentences count, not the rest of the paragraph.
  const sections = analysis.parts("kill-criteria").filter((p) => !p.inPassing);
  const blocks = sections.flatMap((p) => p.blocks).filter((b) => b.text.trim() && !b.labelOnly);
  const inline: Sentence[] = [];
  // The internal side's question: a customer asking what happens if they stop is not a kill criterion.
  for (const entry of analysis.businessEntries) {
    if (KILL_QUESTION.test(entry.questionText) && entry.answerText.trim()) blocks.push(...entry.answer);
  }
  const inSection = new Set(blocks);
  for (const block of analysis.proseBlocks) {
    if (inSection.has(block)) continue;
    for (const sentence of block.sentences) if (statesKillCriterion(sentence.text)) inline.push(sentence);
  }
  return { blocks, inline };
}
