import type { Analysis, SentenceMatch } from "./analysis";
import { KILL_SENTENCE, killCriteriaOf } from "./kill-criteria";

/** A condition a result could meet: "if", "unless", "below", "fewer than". */
const CONDITION = /\b(?:if|unless|when|should|below|under|above|over|fewer|less than|more than|at least|falls?|drops?|miss(?:es)?)\b/i;

/**
 * The statements that make the kill criteria unable to fire ("the budget is
 * committed", "we will proceed regardless"), when nothing else in them is a
 * condition some result could meet. Empty when the criteria can fire, or
 * when there are none.
 */
export function unfireableKillCriteria(analysis: Analysis): SentenceMatch[] {
  const found = killCriteriaOf(analysis);
  const blocks = found.blocks.length ? found.blocks : [...new Set(found.inline.map((s) => analysis.blockOf(s)))];
  if (!blocks.length) return [];
  const statements = found.blocks.length ? blocks.flatMap((b) => b.sentences) : found.inline;
  const blockers = analysis.matches("unfireable-kill-criteria", blocks);
  if (!blockers.length) return [];
  const blocked = new Set(blockers.map((m) => m.sentence));
  // "We stop if fewer than 20% use it, though the budget is committed" still names a stop.
  const fireable = statements.some((s) => KILL_SENTENCE.test(s.text) || (!blocked.has(s) && (CONDITION.test(s.text) || analysis.measures(s).length > 0)));
  return fireable ? [] : blockers;
}
