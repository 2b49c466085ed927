import type { PhraseLexicon } from "./types";

export const superlatives: PhraseLexicon = {
  name: "superlatives",
  description: "Adjectives and superlatives standing where data should be.",
  entries: [
    "revolutionary", "revolutionize", "revolutionise", "revolutionizes", "revolutionises", "world-class", "world class", "best-in-class", "best in class",
    "seamless", "seamlessly", "cutting-edge", "cutting edge", "re:(?<!\\bthe )\\bstate[- ]of[- ]the[- ]art\\b", "game-changing",
    "game changer", "game-changer", "groundbreaking", "ground-breaking", "industry-leading", "market-leading",
    "next-generation", "next generation", "unparalleled", "unprecedented", "unrivalled", "unrivaled", "incredible",
    "incredibly", "amazing", "awesome", "stunning", "beautifully", "blazingly", "blazing fast", "lightning-fast",
    "lightning fast", "magical", "ultimate", "the most powerful", "most comprehensive",
    "most advanced", "the first-ever", "best-of-breed", "robust", "powerful", "innovative", "disruptive", "delightful",
    "intuitive", "effortless", "effortlessly", "perfect", "perfectly", "unmatched", "unbeatable", "superior",
    "exceptional", "extraordinary", "remarkable", "breakthrough", "reinventing",
    "reinvent", "transformative", "supercharge", "turbocharge",
  ],
};
