import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLexicons } from "../../src/core";
import { NUMBER_SOURCE, WORD_AT_END } from "../../src/core/analysis/measures";
import { NAME_RUN } from "../../src/core/analysis/people";
import { lowerCasedSource } from "../../src/core/lexicons/match";
import { asciiForm, isAsciiWordText } from "../../src/core/parse/ascii";
import { CAMEL_CASE, SUBJECT } from "../../src/core/parse/product-name";

const spans = (regex: RegExp, text: string) => [...text.matchAll(new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : `${regex.flags}g`))].map((m) => [m.index, ...m]);

/** Every expression that runs in ASCII form on ASCII text: the critic's own, and every lexicon pattern as it runs on lower-cased text. */
function expressions(): RegExp[] {
  const lexicons = defaultLexicons();
  const patterns = lexicons
    .names()
    .flatMap((n) => lexicons.entries(n))
    .filter((e) => e.startsWith("re:"))
    .map((e) => lowerCasedSource(e.slice(3).replace(/(?<!\\)\((?!\?)/g, "(?:")))
    .filter((s): s is string => s !== null)
    .map((s) => new RegExp(s, "gu"));
  const number = new RegExp(lowerCasedSource(NUMBER_SOURCE)!, "gu");
  return [NAME_RUN.unicode, WORD_AT_END.unicode, SUBJECT.unicode, CAMEL_CASE.unicode, number, ...patterns];
}

describe("ASCII forms of Unicode expressions", () => {
  const all = expressions();

  it("exist for every expression the critic runs that way", () => {
    expect(all.length).toBeGreaterThan(40);
    expect(all.filter((r) => asciiForm(r) === null).map((r) => r.source)).toEqual([]);
  });

  it("narrow the letter and digit classes, in and out of brackets, and drop the u flag", () => {
    expect(asciiForm(/\p{Lu}[\p{Ll}’-]+\p{N}/gu)).toEqual(/[A-Z][a-z’-]+[0-9]/g);
    expect(asciiForm(/[^\p{L}\]]\\p/u)).toEqual(/[^A-Za-z\]]\\p/);
    expect(asciiForm(/\p{M}/u)).toBeNull();
    expect(asciiForm(/\P{L}/u)).toBeNull();
  });

  it("tell ASCII word text apart: punctuation outside ASCII is fine, letters, digits and astral characters are not", () => {
    expect(isAsciiWordText("It’s “fine” — £96, 20%…")).toBe(true);
    for (const wide of ["café", "Σ", "٣", "²", "𝒜", "😀", "e\u0301"]) expect(isAsciiWordText(`a ${wide} b`)).toBe(false);
  });

  it("never take a letter, digit or mark outside ASCII, or an astral character, for punctuation", () => {
    const wordCharacter = /[\p{L}\p{N}\p{M}]/u;
    for (let c = 0x80; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isAsciiWordText(`a${ch}b`)) expect(wordCharacter.test(ch) || (c >= 0xd800 && c <= 0xdfff)).toBe(false);
    }
  });

  it("find what the Unicode forms find in generated ASCII word text", () => {
    const words = ["ShiftSwap", "iPhone", "Dr. Ada Greene", "Mr", "van", "the", "With", "lets", "puts", "12", "1,200", "3.5", "$96", "€40", "20%", "percent", "ten", "two-thirds", "k", "bn", "million", "our", "legacy", "crm", "cannot", "10x", "faster", "aged", "25-34", "_Foo", "foo_Bar", "O'Neil", "don’t"];
    const glue = [" ", "  ", ". ", ": ", "! ", "\n", "-", "_", "’", "—", ", ", "\u00a0", "“", "(", ")"];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...glue), fc.string({ maxLength: 4 })), { maxLength: 30 })
      .map((parts) => parts.join(""))
      .filter(isAsciiWordText);
    fc.assert(
      fc.property(text, (t) => {
        for (const regex of all) {
          expect(spans(asciiForm(regex)!, t)).toEqual(spans(regex, t));
          expect(spans(asciiForm(regex)!, t.toLowerCase())).toEqual(spans(regex, t.toLowerCase()));
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("find what the Unicode forms find in every paragraph of our documents and the real PR/FAQs that is ASCII word text", () => {
    const dirs = [join(__dirname, "../documents"), join(__dirname, "../../examples"), join(__dirname, "../../../shared/corpus/real")];
    let checked = 0;
    for (const dir of dirs.filter((d) => existsSync(d))) {
      for (const f of readdirSync(dir).filter((name) => name.endsWith(".md"))) {
        for (const paragraph of readFileSync(join(dir, f), "utf8").split(/\n\s*\n/).filter(isAsciiWordText)) {
          checked++;
          for (const regex of all) expect(spans(asciiForm(regex)!, paragraph)).toEqual(spans(regex, paragraph));
        }
      }
    }
    // The real PR/FAQs sit beside the checkout only on a development machine; our own documents are always here.
    expect(checked).toBeGreaterThan(200);
  });
});
