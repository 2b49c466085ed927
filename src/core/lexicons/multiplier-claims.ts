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

/**
 * The team saying it measured or tried something itself ("We tried.", "in our
 * benchmark"): a multiplier right after it reports that result, and its basis
 * is stated, whatever a reviewer thinks of the method.
 */
export const ownMeasurements: PhraseLexicon = {
  name: "own-measurements",
  description: "The team's own trial or measurement, stated as the source of a figure.",
  entries: [
    "re:\\b(?:we|i) (?:tried|tested|measured|benchmarked|prototyped|timed|profiled|compared|trialled|trialed|piloted)\\b",
    "re:\\bin (?:our|my) (?:own )?(?:tests?|testing|benchmarks?|trials?|prototypes?|measurements?|experiments?|load tests?)\\b",
    "re:\\bwhen (?:we|i) (?:tried|tested|ran|measured|benchmarked)\\b",
  ],
};
