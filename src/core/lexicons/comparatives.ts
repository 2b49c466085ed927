import type { PhraseLexicon } from "./types";

/** Comparatives that need a baseline: faster than what, by how much? */
export const comparatives: PhraseLexicon = {
  name: "comparatives",
  description: "Comparatives (\"faster\", \"easier\", \"more powerful\") that mean nothing without a baseline.",
  entries: [
    "faster", "quicker", "easier", "simpler", "smarter", "cheaper", "more powerful",
    // "Better" before a noun ("better models") is mostly an adjective; as a predicate it is a claim.
    "re:\\b(?:is|are|was|were|works?|performs?|runs?|looks?|feels?|gets?|getting|becomes?|makes? (?:it|them|this|things|everything|\\w+'s)|making (?:it|them)) (?:much |far |a lot |even |so )?better\\b(?! than| off)", "more efficient",
    "more accurate", "more reliable", "more secure", "more intuitive", "more productive", "more affordable",
    "more effective", "more convenient", "more flexible", "more scalable", "more robust", "more engaging",
    "more personalised", "more personalized", "more seamless", "more streamlined", "less expensive",
    "less time-consuming", "less painful", "less hassle", "less friction", "more user-friendly", "friendlier",
    "sleeker", "more modern", "lower cost", "lower costs", "higher quality",
    "superior",
  ],
};
