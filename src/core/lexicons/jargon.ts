import type { PhraseLexicon } from "./types";

/**
 * Business jargon and buzzwords. Teams add their own in-house jargon in
 * `.prfaq.yml` (`lexicons: { jargon: [...] }`). A word that is also a
 * field's precise term ("the Rust async ecosystem") is listed only in its
 * figurative, business sense ("a thriving partner ecosystem").
 */
export const jargon: PhraseLexicon = {
  name: "jargon",
  description: "Buzzwords and company jargon that a customer would not use; extend it with your own.",
  entries: [
    "leverage", "leverages", "leveraged", "leveraging", "synergy", "synergies", "synergistic", "paradigm", "paradigm shift",
    "holistic", "best practices", "best-of-breed", "move the needle", "moves the needle", "circle back", "low-hanging fruit",
    "bandwidth", "deep dive", "actionable insights", "value-add", "value add", "value proposition", "empower", "empowers",
    "empowering",
    "re:\\b(?:partner|business|innovation|startup|digital|value|customer|trusted|thriving|vibrant|holistic)\\s+ecosystems?\\b",
    "re:\\becosystems? of (?:people|partners|stakeholders|players|solutions|services|offerings|innovation|innovators|value)\\b",
    "re:\\b(?:build|builds|building|create|creates|creating|grow|grows|growing|foster|fosters|fostering|nurture|cultivate)\\s+(?:an?|the|our|their)\\s+(?:[\\w-]+\\s+)?ecosystem\\b",
    "ecosystem play", "re:\\bend[- ]to[- ]end (?:customer |user )?(?:experiences?|solutions?|platforms?|journeys?|services?|offerings?|visibility|management|suites?|value)\\b", "at the end of the day", "mission-critical", "turnkey", "frictionless",
    "omnichannel", "omni-channel", "hyper-personalized", "hyper-personalised", "thought leadership", "thought leader",
    "single pane of glass", "one-stop shop", "one-stop-shop", "unlock value", "unlocks value", "unlock the power",
    "drive value", "drives value", "value creation", "stakeholder alignment", "game-changer", "quantum leap", "scalable solution",
    "robust solution", "innovative solution", "cutting-edge solution", "cutting-edge technology", "streamlined solution", "next-gen", "digital-first", "cloud-first",
    "data-driven insights", "ai-driven insights", "actionable", "operationalize", "operationalise", "ideate", "ideation",
    "learnings", "core competency", "core competencies", "win-win", "boil the ocean", "touch base", "disruptor",
  ],
};
