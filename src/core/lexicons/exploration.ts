import type { PhraseLexicon } from "./types";

/** No hypothesis yet: the author is still looking for a customer and a problem. */
export const exploration: PhraseLexicon = {
  name: "exploration",
  description: "Signs that there is no customer or problem hypothesis yet, only an intent to explore.",
  entries: [
    "we don't know yet", "we do not know yet", "we are not sure", "we're not sure", "we haven't decided who",
    "we have not decided who", "haven't decided who the customer is", "not sure who the customer is",
    "we want to explore", "we'd like to explore", "explore the space", "see what opportunities", "see what comes up",
    "look around", "we want to discover", "to be determined after research", "after research", "figure out who",
    "figure out what problem", "we think", "might be", "or maybe", "maybe they", "it might become", "could become",
    "we hope to learn", "find a problem", "looking for a problem", "we will find out what",
    "haven't decided what problem", "what opportunities come up",
  ],
};
