import type { PhraseLexicon } from "./types";

/** Confidence in place of an answer: "Definitely!", "They will, once they see it." */
export const dismissiveAnswers: PhraseLexicon = {
  name: "dismissive-answers",
  description: "Answers that wave a hard question away with confidence instead of evidence.",
  entries: [
    "re:^\\s*(?:definitely|absolutely|of course|obviously|certainly|totally|no doubt|without a doubt|trust us|not at all)\\b",
    "re:^\\s*(?:they|customers|users|people|everyone) (?:will|would)(?:,| once| when| as soon as| after)",
    "re:\\bonce they (?:see|try|use) (?:it|how)\\b",
    "re:\\b(?:everyone|every \\w+ we (?:spoke|talked) to|all our friends|our team) (?:loves?|loved|likes?|liked) it\\b",
    "re:\\bthat(?:'s| is) not (?:a )?(?:real |serious )?(?:concern|issue|problem|risk)\\b",
    "re:\\bwe(?:'re| are) not worried\\b",
    "re:\\b(?:it|this) (?:will|can) never happen\\b",
    "re:\\bno one (?:can|could) (?:copy|compete with|catch) us\\b",
    "re:\\bwe(?:'re| are| will be) (?:too )?(?:far )?ahead\\b",
  ],
};
