import { afterEach, describe, expect, it } from "vitest";
import { critique, defaultLexicons } from "../../src/core";
import { compilePhrases } from "../../src/core/lexicons/match";
import { recordLexiconCompilation, usePrecompiledLexicons } from "../../src/core/lexicons/match";
import { precompileLexicons } from "../../src/core/lexicons/precompile";

// Texts of several kinds, written for this test, that give most lexicons something to find.
const texts = [
  "Our world-class, AI-powered platform is the best on the market and will certainly double revenue by Q3 2027.",
  "Why hasn't anyone built this already? What if a competitor copies it next year? We think so, probably.",
  "Nurses at St. Mary's lose 40 minutes a shift re-typing notes; the pilot with 12 wards cut that to 9 minutes.",
  "TBD. [Customer Name] said: “I love it!” Acme Corp plans to ship after the platform is ready, sometime soon.",
  "Farmers in Niedersachsen teilen Traktoren über die App — 3× faster than calling around, says Jürgen Weber.",
];

/** Every default lexicon compiled afresh (copies of its lists, so no matcher compiled before is reused), run over the texts. */
function freshMatches(): unknown[] {
  const lexicons = defaultLexicons();
  return lexicons.names().flatMap((name) => {
    const matcher = compilePhrases([...lexicons.entries(name)]);
    return texts.map((text) => [name, matcher.find(text), matcher.requiredLiterals()]);
  });
}

describe("precompiled lexicon tables", () => {
  afterEach(() => usePrecompiledLexicons(null));

  it("record what compiling the lexicons works out, keyed by entry and pattern", () => {
    const tables = JSON.parse(precompileLexicons([texts.join("\n\n")])) as Record<string, [string, unknown][]>;
    const entries = new Set(tables.words.map(([entry]) => entry));
    expect(entries.has("world-class")).toBe(true);
    expect(tables.literals.length).toBeGreaterThan(50);
    expect(tables.caseless.length).toBeGreaterThan(50);
  });

  it("give the same matches as compiling without them", () => {
    const stop = recordLexiconCompilation();
    const computed = freshMatches();
    const json = stop();
    usePrecompiledLexicons(json);
    expect(freshMatches()).toEqual(computed);
  });

  it("are ignored where an entry is not in them, as after a lexicon edit", () => {
    const entries = ["re:\\bbrand[- ]new (?:widgets?|gadgets?)\\b", "shiny new thing", "frobnicat*"];
    const before = compilePhrases([...entries]).find("A brand-new widget, a shiny new thing, and frobnicating it.");
    usePrecompiledLexicons(JSON.stringify({ words: [], literals: [], caseless: [] }));
    const after = compilePhrases([...entries]).find("A brand-new widget, a shiny new thing, and frobnicating it.");
    expect(after).toEqual(before);
    expect(after.map((m) => m.text)).toEqual(["brand-new widget", "shiny new thing", "frobnicating"]);
  });

  it("leave a critique unchanged", () => {
    const document = `# Shift Swap\n\n## Press release\n\n${texts.join("\n\n")}\n\n## Internal FAQ\n\n### ${texts[1]}\n\nWe don't know yet.\n`;
    const without = critique(document).findings;
    usePrecompiledLexicons(precompileLexicons([document]));
    expect(critique(document + " ").findings).toEqual(without);
  });
});
