import { WORDING_POINT_INSTANCES } from "../../engine/restraint";
import { defineRule } from "../../engine/types";
import type { PhraseMatch } from "../../lexicons";
import type { Sentence } from "../../model/types";

/** Distinct buzzwords (jargon or puffery) in a document from which its jargon is a warning, not advice. */
const LEANS_ON_BUZZWORDS = 5;

export default defineRule({
  meta: {
    id: "jargon",
    category: "style",
    severity: "warning",
    repeats: "advise",
    instances: WORDING_POINT_INSTANCES,
    wording: "where-customers-read",
    description: "Buzzwords and company jargon (\"leverage\", \"synergy\", \"end-to-end\") that a customer would not say.",
    question: "How would the customer say this, in their own words?",
    rationale:
      "Jargon sounds like meaning and carries little. It also hides where the team hasn't decided what the product does. " +
      "One buzzword is advice; a document that leans on them (five or more kinds of jargon and puffery) gets a warning. " +
      "Teams add their in-house jargon to the `jargon` lexicon in `.prfaq.yml`.",
    examples: {
      flagged: ["We leverage synergies to deliver an end-to-end solution."],
      passes: ["Owners see every permit for their address on one page."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const techGoals = analysis.matches("technology-goals");
    const seen = new Set<string>();
    const found: { sentence: Sentence; match: PhraseMatch }[] = [];
    for (const { sentence, match } of analysis.matches("jargon")) {
      // "leverages large language models" is already a technology-first finding.
      if (techGoals.some((t) => t.sentence === sentence && t.match.start < match.end && match.start < t.match.end)) continue;
      if (analysis.isInName(sentence, match.start, match.end)) continue;
      const key = `${sentence.block}:${match.text.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ sentence, match });
    }
    // A lone buzzword is a word to reconsider: reviewers judged a single "leverage" or "ecosystem" noise (4 of 21 jargon
    // warnings right on real PR/FAQs). A document that leans on buzzwords in place of specifics is what they raise.
    const buzzwords = new Set<string>();
    for (const { match } of found) buzzwords.add(match.text.toLowerCase());
    for (const { match } of analysis.matches("superlatives")) buzzwords.add(match.text.toLowerCase());
    const leansOnBuzzwords = buzzwords.size >= LEANS_ON_BUZZWORDS;
    for (const { sentence, match } of found) {
      ctx.report({ message: `"${match.text}" is jargon.`, at: analysis.within(sentence, match.start, match.end), severity: leansOnBuzzwords ? undefined : "info" });
    }
  },
});
