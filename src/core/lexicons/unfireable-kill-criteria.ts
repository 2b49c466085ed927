import type { PhraseLexicon } from "./types";

/**
 * Kill criteria that say they cannot fire: the money is committed, the
 * decision is made, the team goes ahead whatever the results.
 */
export const unfireableKillCriteria: PhraseLexicon = {
  name: "unfireable-kill-criteria",
  description: "Statements in the kill criteria that no result could trigger: \"the budget is committed\", \"we will proceed regardless\".",
  entries: [
    "re:\\b(?:budget|funding|money|investment|headcount|spend) (?:is|was|are|were|has been|have been) (?:already |fully )?(?:committed|approved|allocated|secured|locked(?: in)?|ring-?fenced)\\b",
    "re:\\b(?:has|have|had) (?:already )?(?:committed|allocated|approved|ring-?fenced|secured) (?:[\\w'’-]+ ){0,4}(?:budget|funding|money|spend)\\b",
    "re:\\b(?:has|have|had|is|are|was|were) (?:already )?(?:been )?budgeted\\b",
    // The section says there are none: "Not applicable: …", "There are no kill criteria: …".
    "re:^\\s*(?:none|n/?a|not applicable|nothing)\\s*[:;,—–-]",
    "re:\\bthere (?:are|is) no (?:kill|stop|exit) criteri(?:a|on)\\b",
    "re:\\bthe decision (?:has been|was|is) (?:already )?(?:made|taken|final)\\b",
    "re:\\b(?:we|(?:the )?(?:[\\w-]+ )?(?:team|company|business|program(?:me)?|project|ministry|department|council|board)) (?:will|shall|must|are going to|is going to) (?:still )?(?:proceed|continue|ship|launch|go ahead|roll (?:it |this )?out|keep (?:it |this |[\\w-]+ )?(?:running|going|open|live))\\b[^.;]{0,60}\\bregardless\\b",
    "re:\\bregardless of (?:the |any |early |pilot |beta )?(?:results?|outcomes?|metrics|data|numbers|adoption|feedback|findings|what (?:\\w+ )?(?:users|customers|the (?:pilot|beta|data|results?)) (?:show|say|report|find|tell)s?)\\b",
    "re:\\b(?:there (?:is|are) )?no (?:scenario|circumstances?|result|outcome) (?:in which|under which|where|that would make) (?:we|the team) (?:would |will )?(?:stop|kill|cancel|abandon)\\b",
    "re:\\b(?:will|would|can) not be (?:killed|cancelled|canceled|stopped|reversed)\\b",
    "re:\\b(?:stopping|killing|cancell?ing) (?:it |this |the project )?is not (?:an option|on the table|possible)\\b",
  ],
};
