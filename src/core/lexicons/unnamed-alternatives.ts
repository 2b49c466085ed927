import type { PhraseLexicon } from "./types";

const KINDS =
  "(?:apps?|applications?|tools?|platforms?|solutions?|products?|services?|software|systems?|vendors?|providers?|offerings?|" +
  "options?|alternatives?|competitors?|trackers?|boards?|editors?|websites?|sites?|startups?|companies)";

/**
 * A group of rival products referred to without naming one: "other study
 * apps", "traditional VPN services", "existing tools". "Your existing tools",
 * "with existing systems" and "the legacy service" are what the product
 * connects to or replaces in the customer's own setup, not rivals.
 */
export const unnamedAlternatives: PhraseLexicon = {
  name: "unnamed-alternatives",
  description: "Rival products referred to as a group (\"other study apps\", \"traditional VPN services\", \"existing tools\").",
  inflects: false,
  entries: [
    `re:(?<!\\b(?:your|our|their|its|with|into|to) )\\b(?:other|existing|traditional|conventional|typical|generic|competing|rival) (?:[\\w-]+ ){0,2}?${KINDS}\\b`,
  ],
};
