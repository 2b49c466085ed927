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
    // Minimising without a reason: "The risk is minimal.", "It cannibalizes nothing we sell today."
    "re:\\b(?:the )?(?:risks?|impact|exposure|likelihood|chance|cost|overlap|downside) (?:is|are|seems?|will be|should be|remains?) (?:minimal|negligible|low|small|limited|manageable|insignificant|tiny)\\b",
    "re:\\b(?:cannibali[sz]es|cannibali[sz]e|affects?|threatens?|hurts?|replaces?|competes? with) (?:nothing|none|no one|nobody|little)\\b",
    "re:\\b(?:it|this) (?:will|can) never happen\\b",
    // "Nothing really, it's all upside.": a flat "nothing" that goes on without saying why.
    "re:^\\s*(?:nothing|none|no one|nobody)(?: really| at all| much| significant)?\\s*[,;:!—–-]",
    "re:\\b(?:it's|it is|this is|that's|that is) all upside\\b",
    "re:\\b(?:there(?:'s| is) )?no (?:real )?downsides?\\b",
    "re:\\bno one (?:can|could) (?:copy|compete with|catch) us\\b",
    "re:\\bwe(?:'re| are| will be) (?:too )?(?:far )?ahead\\b",
  ],
};
