import type { PhraseLexicon } from "./types";

/** Feelings and applause presented as success measures. */
export const vanityMetrics: PhraseLexicon = {
  name: "vanity-metrics",
  description: "Success stated as a feeling (\"customers are happy\", \"they love it\", \"great feedback\").",
  entries: [
    "re:\\b(?:customers|users|people|clients|members|parents|teams|everyone|they|owners|patients|students|players|guests|hosts|drivers|farmers|nurses|staff|employees|readers|fans|buyers|shoppers|developers) (?:are|feel|will be|will feel|become|stay) (?:\\w+ )?(?:happy|happier|delighted|satisfied|thrilled|excited|pleased|engaged|empowered|confident)\\b",
    "re:\\b(?:[\\p{L}-]+s|everyone|they|staff) (?:love|loves|will love|enjoy|will enjoy|like|will like|adore) (?:it|using it|the product|our product|the app|the experience)\\b",
    "re:\\b(?:positive|great|good|glowing|strong|enthusiastic) (?:feedback|reviews|reception|response|buzz|word of mouth|sentiment)\\b",
    "re:\\b(?:customer|user) (?:delight|happiness|love|excitement)\\b",
    "re:\\bbuzz\\b",
    "re:\\b(?:the )?(?:feedback|reviews|reception|response|sentiment) (?:is|are|was|were|will be|stays?) (?:\\w+ )?(?:great|positive|good|excellent|glowing|amazing|strong)\\b",
    "re:\\b(?:goes|go|went) viral\\b",
    "re:\\b(?:a|the) (?:huge|big|great|massive|resounding) success\\b",
    "re:\\bwow (?:our )?customers\\b",
  ],
};
