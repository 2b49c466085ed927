import type { Analysis } from "./analysis";
import type { Block, Sentence } from "../model/types";

/** "We stop if…", "we will kill the project unless…": a kill criterion written in passing. */
export const KILL_SENTENCE =
  /\b(?:we(?:'ll| will| would| should)?|the team (?:will|would)|(?:the )?(?:project|pilot|product|service|app) (?:will|would|is) (?:be )?)\s*(?:stop|stopped|kill|killed|shut (?:it |this |\w+ )?down|sunset|cancel|cancelled|abandon|pull the plug|wind (?:it |this )?down|end (?:the|this) (?:pilot|project|trial)|walk away|discontinue|discontinued)\b.{0,160}\b(?:if|unless|when|should)\b/i;

const KILL_QUESTION = /\b(?:kill|stop|shut (?:it )?down|abandon|walk away|give up|exit criteria|no-go|pull the plug|cancel)\b/i;

export interface KillCriteria {
  /** Blocks that state kill criteria, wherever they are. */
  blocks: Block[];
  /** Sentences outside a kill-criteria section that state one. */
  inline: Sentence[];
}

/** Where the document states its kill criteria: a section, an FAQ answer, or a sentence in passing. */
export function killCriteriaOf(analysis: Analysis): KillCriteria {
  const blocks = analysis.blocksOf("kill-criteria").filter((b) => b.text.trim() && !b.labelOnly);
  const inline: Sentence[] = [];
  for (const entry of analysis.faqEntries) {
    if (KILL_QUESTION.test(entry.questionText) && entry.answerText.trim()) blocks.push(...entry.answer);
  }
  const inSection = new Set(blocks);
  for (const block of analysis.proseBlocks) {
    if (inSection.has(block)) continue;
    for (const sentence of block.sentences) if (KILL_SENTENCE.test(sentence.text)) inline.push(sentence);
  }
  return { blocks, inline };
}
