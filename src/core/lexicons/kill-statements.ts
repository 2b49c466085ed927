/**
 * How kill criteria are written when they have no section of their own: in
 * passing ("we stop if…"), condition first ("if fewer than three in ten sign
 * up, we revisit the wedge"), as a trigger ("one violation turns the tool
 * off"), or as the question an internal FAQ asks ("What kills this project?").
 * The reader uses them to find kill criteria inside answers and sections, the
 * analysis to find them anywhere.
 */

/** "We stop if…", "we will kill the project unless…": a kill criterion written in passing. */
export const KILL_SENTENCE =
  /\b(?:we(?:'ll| will| would| should)?|the team (?:will|would)|(?:the )?(?:project|pilot|product|service|app|tool|feature|rollout) (?:will|would|is) (?:be )?)\s*(?:stop|stops|stopped|kill|kills|killed|shut (?:it |this |\w+ )?down|sunset|cancel|cancels|cancelled|canceled|abandon|abandons|pull the plug|wind (?:it |this )?down|end (?:the|this) (?:pilot|project|trial)|walk away|discontinue|discontinued|roll (?:it |this )?back|pause|halt|shelve)\b.{0,160}\b(?:if|unless|when|should)\b/i;

/** "If fewer than three in ten sign up, we revisit the wedge": a measured condition first, then the stop. */
export const KILL_CONDITION_FIRST =
  /\bif\b.{0,120}\b(?:fewer|less|more|below|above|under|over|exceeds?|drops?|falls?|miss(?:es)?|than)\b.{0,120}[,;]["'”’)]?\s*(?:then\s+)?(?:we|the team)(?:'ll| will| would| should)?\s+(?:stop|kill|shut|shelve|abandon|pivot|revisit|rethink|cancel|walk away|sunset|pause|halt|fold|wind)\b/i;

/** "One violation turns the tool off", "any one of these pauses the rollout": a trigger with its consequence. */
export const KILL_TRIGGER =
  /\b(?:one|any|a single|any one of these)\s+(?:\w+\s+)?(?:violations?|occurrences?|failures?|breach(?:es)?|incidents?|misses|of these)\b.{0,60}\b(?:turns? (?:\w+ ){0,2}off|pauses?|halts?|stops?|kills?|shuts? (?:\w+ ){0,2}down|triggers? (?:a |an )?(?:[\w-]+ )?(?:rollback|shutdown|stop|pause|kill))\b/i;

/**
 * An internal question about when the team would stop: "What kills this
 * project?", "When do we shut it down?". A customer stopping ("if we stop
 * using it") and a process being killed ("kill agents") are not.
 */
export const KILL_QUESTION =
  /\b(?:kill(?:s|ed|ing)?\b(?!\s+(?:agents?|process(?:es)?|switch(?:es)?|the (?:agent|process|session|job|task)s?|sessions?|jobs?|tasks?|threads?|commands?|signals?)\b)|stop (?:criteria|conditions?|rules?|signals?)|exit criteria|no-go|pull the plug|walk away|shut (?:it |this |the \w+ )?down|abandon|give up on (?:it|this|the)|cancel (?:it|this|the (?:project|pilot))|(?:would|should|do|will) we stop\b(?! using))/i;

/** True when a sentence states a condition under which the team would stop, pivot or roll back. */
export function statesKillCriterion(sentence: string): boolean {
  return KILL_SENTENCE.test(sentence) || KILL_CONDITION_FIRST.test(sentence) || KILL_TRIGGER.test(sentence);
}
