import type { PhraseLexicon } from "./types";

/** "10x faster", "50 times more accurate", "twice as fast": a multiplier needs a measured basis. */
export const multiplierClaims: PhraseLexicon = {
  name: "multiplier-claims",
  description: "Multipliers (\"10x faster\", \"50 times more accurate\") that need a baseline and a measurement.",
  entries: [
    "re:\\b\\d+(?:\\.\\d+)?\\s?[x×]\\s+(?:faster|quicker|easier|better|cheaper|more|less|fewer|smarter|higher|lower|the)\\b",
    "re:\\b\\d+(?:\\.\\d+)?\\s?[x×](?=[\\s,.;:]|$)",
    "re:\\b(?:\\d+(?:\\.\\d+)?|two|three|four|five|ten|twenty|fifty|a hundred|hundred|a thousand) times (?:faster|quicker|easier|better|cheaper|more|less|fewer|smarter|higher|lower|as)\\b",
    "re:\\b(?:twice|thrice|double|triple|quadruple) (?:as (?:fast|quick|good|easy|accurate|productive|efficient|cheap|likely|many|much)|the (?:speed|productivity|accuracy|output|efficiency|value))\\b",
    "re:\\b(?:doubles?|triples?|quadruples?|10x|tenfold|ten-fold|hundredfold|100x)\\s+(?:your|their|our|the)?\\s*(?:productivity|speed|output|efficiency|revenue|sales|conversion|engagement|accuracy)\\b",
    "re:\\border(?:s)? of magnitude (?:faster|better|cheaper|more|less)\\b",
  ],
};
