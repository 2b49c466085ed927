import type { PhraseLexicon } from "./types";

/** Words that sound like evidence and commit to nothing. */
export const weaselWords: PhraseLexicon = {
  name: "weasel-words",
  description: "Weasel words and vague quantifiers (\"significantly\", \"many customers\", \"studies show\").",
  entries: [
    "significantly", "substantially", "dramatically", "drastically", "vastly", "massively", "hugely", "greatly",
    "considerably", "tremendously", "exponentially", "immensely", "enormously",
    "many customers", "many users", "many people", "many companies", "many businesses", "many teams", "many organizations",
    "many organisations", "many of our customers", "many of them", "most customers", "most users", "most people",
    "most companies", "most organizations", "most organisations", "most businesses", "most teams", "countless", "numerous",
    "a lot of customers", "lots of customers", "lots of people", "a lot of people", "tons of", "a huge number of",
    "a large number of", "a growing number of", "more and more", "it is widely known", "it is well known",
    "it is widely believed", "widely regarded", "some say", "some people say", "experts say", "experts agree",
    "it is clear that", "arguably", "the vast majority", "almost everyone", "nearly everyone",
    "re:\\bup to \\d+(?:[.,]\\d+)?\\s?(?:%|percent|x|times)(?= (?:faster|quicker|less|more|fewer|lower|higher|cheaper|better|reduction|savings?|improvement|increase|decrease|gain|boost|off|of (?:your|their|the) (?:time|costs?|effort)))",
  ],
};
