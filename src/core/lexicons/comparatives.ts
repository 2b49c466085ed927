import type { PhraseLexicon } from "./types";

/** Comparatives that need a baseline: faster than what, by how much? */
export const comparatives: PhraseLexicon = {
  name: "comparatives",
  description: "Comparatives (\"faster\", \"easier\", \"more powerful\") that mean nothing without a baseline.",
  entries: [
    "faster", "quicker", "easier", "simpler", "smarter", "cheaper", "better", "more powerful", "more efficient",
    "more accurate", "more reliable", "more secure", "more intuitive", "more productive", "more affordable",
    "more effective", "more convenient", "more flexible", "more scalable", "more robust", "more engaging",
    "more personalised", "more personalized", "more seamless", "more streamlined", "less expensive",
    "less time-consuming", "less painful", "less hassle", "less friction", "more user-friendly", "friendlier",
    "cleaner", "sleeker", "richer", "stronger", "more modern", "lower cost", "lower costs", "higher quality",
    "superior",
  ],
};
