import type { Analysis } from "./analysis";
import type { Block, Sentence } from "../model/types";

/** "We stop if…", "we will kill the project unless…": a kill criterion written in passing. */
export const KILL_SENTENCE =
  /\b(?:we(?:'ll| will| would| should)?|the team (?:will|would)|(?:the )?(?:project|pilot|product|service|app|tool|feature|rollout) (?:will|would|is) (?:be )?)\s*(?:stop|stops|stopped|kill|kills|killed|shut (?:it |this |\w+ )?down|sunset|cancel|cancels|cancelled|canceled|abandon|abandons|pull the plug|wind (?:it |this )?down|end (?:the|this) (?:pilot|project|trial)|walk away|discontinue|discontinued|roll (?:it |this )?back|pause|halt)\b.{0,160}\b(?:if|unless|when|should)\b/i;

/** "If fewer than three in ten sign up, we revisit the wedge": a measured condition first, then the stop. */
const KILL_CONDITION_FIRST =
  /\bif\b.{0,120}\b(?:fewer|less|more|below|above|under|over|exceeds?|drops?|falls?|miss(?:es)?|than)\b.{0,120}[,;]["'”’)]?\s*(?:then\s+)?(?:we|the team)(?:'ll| will| would| should)?\s+(?:stop|kill|shut|abandon|pivot|revisit|rethink|cancel|walk away|sunset|pause|halt|fold|wind)\b/i;

/** "One violation turns the tool off", "any one of these pauses the rollout": a trigger with its consequence. */
const KILL_TRIGGER =
  /\b(?:one|any|a single|any one of these)\s+(?:\w+\s+)?(?:violations?|occurrences?|failures?|breach(?:es)?|incidents?|misses|of these)\b.{0,60}\b(?:turns? (?:\w+ ){0,2}off|pauses?|halts?|stops?|kills?|shuts? (?:\w+ ){0,2}down|triggers? (?:a |an )?(?:[\w-]+ )?(?:rollback|shutdown|stop|pause|kill))\b/i;

/**
 * An internal question about when the team would stop: "What kills this
 * project?", "When do we shut it down?". A customer stopping ("if we stop
 * using it") and a process being killed ("kill agents") are not.
 */
const KILL_QUESTION =
  /\b(?:kill(?:s|ed|ing)?\b(?!\s+(?:agents?|process(?:es)?|switch(?:es)?|the (?:agent|process|session|job|task)s?|sessions?|jobs?|tasks?|threads?|commands?|signals?)\b)|stop (?:criteria|conditions?|rules?|signals?)|exit criteria|no-go|pull the plug|walk away|shut (?:it |this |the \w+ )?down|abandon|give up on (?:it|this|the)|cancel (?:it|this|the (?:project|pilot))|(?:would|should|do|will) we stop\b(?! using))/i;

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
  // The internal side's question: a customer asking what happens if they stop is not a kill criterion.
  for (const entry of analysis.businessEntries) {
    if (KILL_QUESTION.test(entry.questionText) && entry.answerText.trim()) blocks.push(...entry.answer);
  }
  const inSection = new Set(blocks);
  for (const block of analysis.proseBlocks) {
    if (inSection.has(block)) continue;
    for (const sentence of block.sentences) if (KILL_SENTENCE.test(sentence.text) || KILL_CONDITION_FIRST.test(sentence.text) || KILL_TRIGGER.test(sentence.text)) inline.push(sentence);
  }
  return { blocks, inline };
}
