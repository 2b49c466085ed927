import type { PhraseLexicon } from "./types";

/**
 * Answers that deny the question's premise: "There are none", "No risk", "No competitors". Said alone, they wave the
 * question away; followed by the reason ("There are none. We collect nothing from our users."), they answer it,
 * rightly or wrongly, and a reviewer argues with the reason instead of calling it a dodge.
 */
const denials = [
  "not a concern", "not an issue", "no risk", "minimal risk", "low risk",
  "re:\\bno (?:major|real|significant|big|serious|material) risks?\\b",
  "there are no risks", "no competitors", "there are no competitors", "we have no competitors",
  "no competition", "there is no competition", "nobody else does this", "there are none", "none that we know of",
  "it won't happen", "that won't happen", "not going to happen", "unlikely to happen", "we don't expect any",
];

export const denialAnswers: PhraseLexicon = {
  name: "denial-answers",
  description: "Evasive answers that deny the question's premise; followed by a reason, they are answers.",
  entries: denials,
};

export const evasiveAnswers: PhraseLexicon = {
  name: "evasive-answers",
  description: "Answers that dodge the question. They count as unanswered.",
  entries: [
    "re:^\\s*(?:tbd|tbc|n/?a|todo|tk|\\?+|-+|none|nothing|no|yes|unknown|not sure|not applicable|to be determined|to be decided|to be confirmed|coming soon)\\s*[.!]?\\s*$",
    "not sure", "we're not sure", "we are not sure", "unsure", "don't know yet", "do not know yet", "no idea",
    "we'll figure it out", "we will figure it out", "we'll figure that out", "figure it out later", "we'll see",
    "we will see", "we'll deal with that when it happens", "we will deal with that when it happens",
    "deal with it when it happens", "deal with that later", "cross that bridge", "when we get there",
    "we haven't looked into it", "we have not looked into it", "haven't thought about", "have not thought about",
    "to be determined", "to be decided", "to be defined", "will be defined later", "will be determined later",
    "out of scope for now", "to be confirmed",
    "re:\\b(?:will be|is|are) (?:confirmed|covered|addressed) in the business case\\b",
    ...denials,
    // A deferral anywhere in a short answer: "Pricing is TBD.", "We'll decide that later."
    "re:\\b(?:tbd|tbc|tba)\\b",
    "re:\\b(?:we(?:'ll| will| can)|to be|will be|can be) (?:address|decid|determin|defin|figur|work|look|revisit|tackl|handl|sort|refin|finaliz|finalis|discuss|explor|evaluat)\\w*(?: (?:out|at|into|on|this|that|it|these|them|the details)){0,2} (?:later|post-launch|after (?:the )?launch|in (?:a )?(?:later|future|subsequent|next) (?:phase|version|release|iteration|sprint)|down the road|in v2|as we go|along the way|in the pilot|during the pilot)\\b",
    // "We'll sort out the running budget once the pilot has been going a while": the answer waits for the pilot.
    "re:\\bwe(?:'ll| will) (?:sort|work|figure|decide|settle|agree|finali[sz]e|think about|look at|deal with|come back to|get to)\\w*(?: out)?(?: [\\w'’-]+){0,8} (?:once|after|when) (?:the |a |our )?(?:pilot|trial|beta|launch)\\b",
    "re:\\b(?:the pilot|a pilot|beta|launch) will (?:tell us|show us|answer (?:this|that))\\s*[.!]?\\s*$",
  ],
};
