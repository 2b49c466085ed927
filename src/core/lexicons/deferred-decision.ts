import type { PhraseLexicon } from "./types";

/** Kill criteria put off until the results are in, when they can be bent to fit them. */
export const deferredDecision: PhraseLexicon = {
  name: "deferred-decision",
  description: "Kill criteria postponed (\"we will decide after launch\", \"criteria to be defined\").",
  entries: [
    "re:\\bwe(?:'ll| will| would| can| shall) (?:decide|evaluate|assess|see|judge|figure (?:it |that )?out|look at (?:it|the data)|revisit (?:it|this)) (?:whether to (?:continue|stop|proceed|keep going) )?(?:after|once|when) (?:the )?(?:launch|it (?:ships|launches|is live)|we (?:launch|ship|see)|the results|results come in|the data comes in|go-live|ga|release)\\b",
    "re:\\b(?:kill|stop|exit|success|failure) criteria (?:will|are to|to) (?:be )?(?:defined|decided|determined|agreed|set|written|added) (?:later|after|once|when|in the future|down the line)\\b",
    "re:\\b(?:kill|stop|exit) criteria (?:are |is )?(?:tbd|to be (?:determined|defined|decided|confirmed))\\b",
    "re:\\bwe(?:'ll| will) know (?:it )?when we see it\\b",
    "re:\\bit(?:'s| is) too early to (?:say|define|set|decide) (?:when|what|whether|how) (?:we|to) (?:would |will )?(?:stop|kill)\\b",
    "re:\\b(?:we will|we'll) decide after (?:launch|it ships|shipping)\\b",
    "re:\\bdecide (?:later|after launch|post-launch)\\b",
  ],
};
