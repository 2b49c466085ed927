import { combine } from "./combine";
import type { PhraseLexicon } from "./types";

/** The platform first, the customer later: use cases to be found after the build. */
export const deferredUseCases: PhraseLexicon = {
  name: "deferred-use-cases",
  description: "\"Use cases will be identified later\" and other ways of building first and finding the customer afterwards.",
  entries: [
    "re:\\buse[- ]cases? (?:will|would|are to|is to|to) (?:be )?(?:identified|defined|determined|discovered|found|explored|decided|worked out|figured out|developed|added|emerge)\\b",
    "re:\\buse[- ]cases? (?:are|is) (?:still )?(?:tbd|to be (?:determined|defined|identified|confirmed))\\b",
    "re:\\b(?:identify|define|find|discover|explore|figure out|work out) (?:the |our |more )?use[- ]cases? (?:later|after|once|when|down the (?:road|line))",
    ...combine(
      ["after", "once"],
      ["the platform", "platform", "the system", "the infrastructure", "the network", "the ledger", "the chain", "the model"],
      ["is"],
      ["live", "built", "deployed", "in place", "ready", "launched"],
    ),
    "re:\\bbuild (?:it|the platform|the infrastructure) and (?:they|customers|users) will come\\b",
    "re:\\bapplications? will (?:follow|emerge|come later)\\b",
    "re:\\bcustomers? (?:will|can) (?:find|discover|figure out) (?:their own |new )?(?:uses|use[- ]cases|applications)\\b",
  ],
};
