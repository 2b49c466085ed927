import type { PhraseLexicon } from "./types";

/** "Because ours is better" and the ways people say it. */
export const betterClaims: PhraseLexicon = {
  name: "better-claims",
  description: "Claims of superiority that give no reason a customer could check.",
  entries: [
    "just a better product", "simply a better product", "a better product, period", "just better", "simply better",
    "because it is better", "because it's better", "because ours is better", "ours is better", "ours is just better",
    "it's just better", "it is just better", "it's better, period", "better in every way", "better than anything",
    "better than everything", "better than any other", "better than all the others", "better than the competition",
    "nothing else comes close", "no one else comes close", "blows away the competition", "blow away the competition",
    "re:\\bthe best(?: [\\w-]+){0,2} (?:on the market|in the world|on the planet|ever made|available|out there)\\b",
    "re:\\bbetter than [A-Z][\\w]+(?: and [A-Z][\\w]+)? because it(?:'s| is) (?:easier|simpler|better|nicer|cleaner|faster)\\b",
    "customers will choose it because", "people will choose it because", "they will switch because it is better",
  ],
};
