import type { PhraseLexicon } from "./types";

/** Questions that invite applause instead of scrutiny. */
export const softballQuestions: PhraseLexicon = {
  name: "softball-questions",
  description: "FAQ questions that can only be answered with praise (\"Will customers love it?\", \"Isn't this a great idea?\").",
  entries: [
    "re:\\b(?:will|won't|wouldn't|would|do|don't|does|doesn't) (?:customers|users|people|everyone|they|buyers|clients|our customers|parents|teams) (?:just |really |absolutely |simply )?(?:love|adore|enjoy|like|want|need) (?:it|this|the product|using it|our product)\\b",
    "re:\\b(?:isn't|is not|wasn't|aren't) (?:this|it|that) (?:a |an )?(?:(?:really|truly|very|so|just) )?(?:great|good|brilliant|amazing|awesome|fantastic|exciting|smart|wonderful|excellent|cool|obvious|no-brainer)\\b",
    "re:\\b(?:isn't|is not|aren't) (?:this|it) (?:exactly )?what (?:customers|users|everyone|people) (?:want|need)\\b",
    "re:\\bwhy (?:is|are) (?:this|it|we|the product|our product) (?:so )?(?:great|amazing|awesome|exciting|brilliant|the best|better than everyone)\\b",
    "re:\\bhow (?:great|amazing|awesome|exciting|much better) (?:is|will) (?:this|it)\\b",
    "re:\\bhow much will (?:customers|users|people) love\\b",
    "re:\\bwhat (?:do|will) (?:customers|users|people) love (?:most )?about\\b",
    "re:\\b(?:aren't|are) (?:we|you) excited\\b",
    "re:\\bwon't (?:this|it) be (?:a )?(?:huge |big |massive )?(?:success|hit|winner)\\b",
    "re:\\bwhy will (?:this|it) (?:succeed|be a success|win)\\b",
    "re:\\bwho wouldn't want\\b",
  ],
};
