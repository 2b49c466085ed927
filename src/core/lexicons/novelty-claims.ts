import type { PhraseLexicon } from "./types";

/** What a product calls itself when it claims to be the first or the only one of its kind. */
const KIND =
  "(?:platform|tool|app|application|service|product|scanner|metric|layer|system|solution|framework|engine|marketplace|network|" +
  "implementation|assistant|agent|library|standard|api|sdk|protocol|device|browser|editor|database|model|website|site|company|" +
  "startup|game|course|certification|survey|index|benchmark|exchange|wallet|bank|insurer|clinic|sensor|tracker|monitor|camera|robot|" +
  "chip|calendar|scheduler|planner|dashboard|portal|registry|network)s?";

/**
 * "The first version of the SDK", "the first step to": first of a sequence, not first in the world;
 * so is "the first metric's baseline", which the possessive gives away.
 */
const ORDINAL = "(?:versions?|steps?|releases?|phases?|stages?|milestones?|iterations?|drafts?|waves?|cohorts?|batch|pilots?|parts?|half|time|thing)\\b";

/**
 * A claim to be the first, the only or a new kind of product. The claim is a
 * comparison with everything that exists, so it needs the search behind it.
 * "The first step", "the first version" and "for the first time in eight
 * months" say nothing about rivals.
 */
export const noveltyClaims: PhraseLexicon = {
  name: "novelty-claims",
  description: "Claims to be the first, the only or a new category of product (\"the first platform built for\", \"the only tool that\", \"a new category\").",
  inflects: false,
  entries: [
    `re:\\b(?:the|world's|industry's|europe's|america's) first (?:(?!${ORDINAL})[\\w-]+ ){0,3}?${KIND}\\b(?!['’]s\\b)`,
    `re:\\bthe only (?:[\\w-]+ ){0,2}?${KIND} (?:that|to|which|built|designed|where|with|for)\\b`,
    `re:\\bno other (?:[\\w-]+ )?${KIND}\\b`,
    // Patterns run over a whole paragraph: the look-behind finds the start of a sentence.
    "re:(?<=^|[.!?]\\s{1,3})for the first time,",
    "re:\\b(?:a|an entirely|a whole|creates? a|defines? a) new (?:product )?category\\b",
    "category-defining", "category of one", "first of its kind", "first-of-its-kind",
    "re:\\buniquely (?:combines|offers|provides|lets|gives|brings|delivers|positioned)\\b",
    "re:\\bno (?:competitor|one else|other company|other vendor|rival) (?:offers|does|has|provides|exposes|lets|can)\\b",
    "re:\\bnobody else (?:offers|does|has|provides|can)\\b",
  ],
};
