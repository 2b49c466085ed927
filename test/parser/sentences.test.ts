import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/core/parse/text";

const sentences = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

describe("sentence splitting before a lower-case word", () => {
  it("starts a new sentence at a lower-case product name after a whole word", () => {
    expect(sentences("Answers arrive without sources. amplifier-research-specialist cites every claim.")).toEqual([
      "Answers arrive without sources.",
      "amplifier-research-specialist cites every claim.",
    ]);
    expect(sentences("Nobody tracks the dependencies today. npm audit only lists them.")).toHaveLength(2);
    expect(sentences("Photos pile up on every phone. iCloud keeps all of them, blurry or not.")).toHaveLength(2);
    expect(sentences("Die Prüfung dauert drei Wochen. eBay-Händler warten so lange auf ihr Geld.")).toHaveLength(2);
  });

  it("keeps a sentence whole after an abbreviation or a short form", () => {
    for (const text of [
      "Prices incl. tax start at four dollars a month.",
      "The pilot covers approx. half of the county's schools.",
      "Drivers log 12 hrs. per week on paperwork alone.",
      "It supports common formats, e.g. csv and json, on day one.",
      "Bring your laptop, charger etc. and a notebook to the session.",
    ]) {
      expect(sentences(text)).toEqual([text]);
    }
  });

  it("still splits before capitals and numbers as before", () => {
    expect(sentences("The form takes an hour. Owners give up. 40% never return.")).toHaveLength(3);
    expect(sentences("Dr. Lee signs the order. J. Smith files it.")).toHaveLength(2);
  });

  it("ends a sentence at a one-letter word closed by a quote", () => {
    expect(sentences('The note reads "rejected because of X." The planner fixes it the same day.')).toHaveLength(2);
    expect(sentences("The note is signed by J. Smith and filed.")).toHaveLength(1);
  });
});
