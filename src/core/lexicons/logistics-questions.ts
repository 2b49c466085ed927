import type { PhraseLexicon } from "./types";

/**
 * Questions about where to find or how to reach something: the docs, the
 * download, the sign-up, a contact. Their answer is a fact to fill in, not a
 * judgement the team could be avoiding, so a placeholder there is unfinished
 * work rather than a dodge.
 */
export const logisticsQuestions: PhraseLexicon = {
  name: "logistics-questions",
  description: "FAQ questions about where to find or how to reach something (docs, download, sign-up, contact).",
  entries: [
    "re:\\bwhere (?:can|do|should|will|could) (?:i|we|you|users|customers|people|developers|teams|members|readers) (?:\\S+ ){0,2}?(?:find|get|read|see|download|access|learn|look|go|sign up|register|report|send|ask|contact)\\b",
    "re:\\bwhere (?:is|are) (?:the )?(?:docs|documentation|guides?|tutorials?|examples?|samples?|source(?: code)?|code|repo(?:sitory)?|downloads?|installers?|release notes|changelog|api reference|manuals?|links?|sign-?up (?:page|form))\\b",
    "re:\\bhow (?:do|can|should) (?:i|we|you|users|customers|people|developers|teams|members) (?:\\S+ ){0,2}?(?:install|set (?:it |this )?up|get started|sign up|register|enrol|enroll|download|get access|request access|contact|reach|report (?:a |an )?(?:bug|issue|problem)|give feedback|send feedback|contribute|subscribe|unsubscribe|join)\\b",
    "re:\\bwho (?:do|can|should) (?:i|we|you) (?:contact|ask|call|email|write to|talk to|reach out to)\\b",
    "re:\\bwhat(?:'s| is) the (?:url|link|web address|email address|phone number|support address)\\b",
  ],
};
