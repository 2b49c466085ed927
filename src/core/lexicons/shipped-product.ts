import type { PhraseLexicon } from "./types";

/**
 * A document that describes a product already in users' hands: a status line
 * that says it is live, a note that the document records the code as it is,
 * a release that follows an earlier version. Any one of these is enough.
 */
export const shippedProduct: PhraseLexicon = {
  name: "shipped-product",
  description: "Sure signs that the product already exists and is used: a live status line, a document kept as the record of shipped code, a release after an earlier version.",
  entries: [
    "re:\\bstatus\\s*:\\s*(?:live|launched|shipped|released|in production|production|current|generally available|deployed|in use)\\b",
    "re:\\bsource of truth for (?:what|how)\\b",
    "re:\\b(?:has|have) never seen the code\\b",
    "re:\\bdescribes? (?:the|this) (?:product|app|tool|system|service|platform) as it (?:is|exists|stands|works) (?:today|now)\\b",
    "re:\\bin v\\d+(?:\\.\\d+)? (?:we|it|the (?:app|tool|product)) (?:showed|shipped|launched|released|added|built|gave|let)\\b",
    "re:\\b(?:since|after) (?:v|version )\\d+(?:\\.\\d+)? (?:shipped|launched|was released)\\b",
  ],
};

/**
 * Weaker signs of the same: each can be launch-day wording, so the critic
 * waits for two different ones.
 */
export const shippedProductHints: PhraseLexicon = {
  name: "shipped-product-hints",
  description: "Signs that the product may already exist (\"is currently in beta\", \"core functionality works\", \"users have already\"); two different ones are needed.",
  entries: [
    "re:\\b(?:is|are) currently (?:in (?:beta|alpha|production|use|preview|early access)|live|deployed|used by|available)\\b",
    "re:\\bcore (?:functionality|features?) (?:works|work|is working|are working)\\b",
    "re:\\b(?:is|are) already (?:live|in production|in use|used by|shipped|deployed|released|running in)\\b",
    "re:\\balready (?:has|have) (?:\\d[\\d,]*|thousands of|hundreds of|dozens of) (?:users|customers|installs|downloads|members)\\b",
    "re:\\b(?:early|existing|current|our) users have already\\b",
    "re:\\bsince (?:launch|launching|we launched|release|the launch|going live)\\b",
    "re:\\bpost-launch (?:data|metrics|usage|numbers)\\b",
  ],
};
