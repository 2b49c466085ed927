import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePhrases, defaultLexicons, matchTokens } from "../../src/core";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileCombined, entryForms, literalScanner, lowerCasedSource, requiredAnyOf, tokensByPattern, wordForms, type MatchToken, type PhraseMatch } from "../../src/core/lexicons/match";

/** Every built-in regular-expression entry, lexicons and hard questions alike, without its "re:". */
function builtInPatternSources(): string[] {
  const lexicons = defaultLexicons();
  return [...lexicons.names().flatMap((n) => lexicons.entries(n)), ...lexicons.hardQuestions.flatMap((q) => [...q.paraphrases, ...(q.notWhen ?? [])])]
    .filter((e) => e.startsWith("re:"))
    .map((e) => e.slice(3));
}

describe("the combined lexicon trie", () => {
  const lexicons = defaultLexicons();
  const names = lexicons.names();
  // Words from the lexicons themselves, so that matches are frequent.
  const vocabulary = [...new Set(names.flatMap((n) => lexicons.entries(n)).filter((e) => !e.startsWith("re:")).flatMap((e) => e.replace(/\*$/, "").split(/\s+/)))];

  it("finds, for every lexicon, exactly what that lexicon's own matcher finds", () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(" ", " ", ", ", ". ", "-", "/", "’", " and ", " the ", "\n")), { maxLength: 60 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const tokens = matchTokens(t);
        const combined = lexicons.combined().findWords(t, tokens);
        for (const name of names) {
          expect(combined.get(name) ?? []).toEqual(lexicons.matcher(name).findWords(t, tokens));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never rules out a text in which a lexicon's words match: some word sequence has all its required pieces in the text's lower case", () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(" ", ", ", ". ", "-", "/", "’", "'", " and ", "\n", "Open", "SOURCE", "İ")), { maxLength: 40 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        const tokens = matchTokens(t);
        for (const name of names) {
          const matcher = lexicons.matcher(name);
          if (!matcher.findWords(t, tokens).length) continue;
          expect(matcher.requiredWords().some((pieces) => pieces.every((piece) => lower.includes(piece)))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("requires of a phrase all its words, straight or curly apostrophes alike, and of a wildcard its stem", () => {
    const matcher = compilePhrases(["open source", "won't ship", "frustrat*"]);
    const holds = (text: string) => matcher.requiredWords().some((pieces) => pieces.every((piece) => text.toLowerCase().includes(piece)));
    for (const text of ["An Open-Source library", "We won’t ship it", "Frustrating waits", "They opened source code"]) {
      expect(matcher.findWords(text, matchTokens(text)).length).toBeGreaterThan(0);
      expect(holds(text)).toBe(true);
    }
    expect(holds("an open door")).toBe(false);
    expect(holds("source code")).toBe(false);
  });
});

/** An entry list's forms, as the slow way tries them, with the first-word index that keeps it fast enough to run often. */
const formsMemo = new Map<string, ReturnType<typeof slowForms>>();
function slowForms(lexicon: string, entries: readonly string[], literal: ReadonlySet<string>) {
  const forms = entries.flatMap((raw) => {
    const entry = raw.trim();
    const wildcard = entry.endsWith("*");
    const body = (wildcard ? entry.slice(0, -1) : entry).trim();
    if (!body || entry.startsWith("re:") || /[^\p{L}\p{N}\s'’.\-/]/u.test(body)) return [];
    const words = matchTokens(body).map((t) => t.norm);
    return words.length ? [{ entry, words, wildcard, written: true }] : [];
  });
  // Inflected forms of an entry ("kills" for "kill") match too, after every entry as written.
  if (!literal.has(lexicon)) {
    for (const { entry, words, wildcard } of [...forms]) if (!wildcard) for (const form of entryForms(words, entry)) forms.push({ entry, words: form, wildcard, written: false });
  }
  // Only entries whose first word could be this word are tried; the order among them stays the list's.
  const order = new Map(forms.map((form, k) => [form, k]));
  const exactFirst = new Map<string, typeof forms>();
  const stems: typeof forms = [];
  for (const form of forms) {
    if (form.wildcard && form.words.length === 1) stems.push(form);
    else {
      const list = exactFirst.get(form.words[0]) ?? [];
      list.push(form);
      exactFirst.set(form.words[0], list);
    }
  }
  return { forms, order, exactFirst, stems };
}

/**
 * What the combined trie promises, found the slow way: for each lexicon, at
 * each word not inside an earlier match, the longest entry whose words follow
 * there with only spaces, hyphens or slashes between them. An exact entry wins
 * over a wildcard of the same length; among exact entries the first, among
 * wildcards the last.
 */
function findSlowly(lists: ReadonlyMap<string, readonly string[]>, text: string, tokens: readonly MatchToken[], literal: ReadonlySet<string> = new Set()): Map<string, PhraseMatch[]> {
  const joined = (a: number, b: number) => /^[\s\-‐‑–/]*$/.test(text.slice(tokens[a].end, tokens[b].start));
  const out = new Map<string, PhraseMatch[]>();
  for (const [lexicon, entries] of lists) {
    const key = `${lexicon}\u0000${literal.has(lexicon)}\u0000${entries.length}`;
    let memo = formsMemo.get(key);
    if (!memo) formsMemo.set(key, (memo = slowForms(lexicon, entries, literal)));
    const { order, exactFirst, stems } = memo;
    const found: PhraseMatch[] = [];
    let next = 0;
    for (let i = next; i < tokens.length; i++) {
      if (i < next) continue;
      let best: { end: number; entry: string; exact: boolean } | null = null;
      const tried = [...(exactFirst.get(tokens[i].norm) ?? []), ...stems].sort((a, b) => order.get(a)! - order.get(b)!);
      for (const { entry, words, wildcard } of tried) {
        const end = i + words.length - 1;
        if (end >= tokens.length) continue;
        const fits = words.every((w, k) => (k === words.length - 1 && wildcard ? tokens[i + k].norm.startsWith(w) : tokens[i + k].norm === w) && (k === 0 || joined(i + k - 1, i + k)));
        if (fits && (!best || end > best.end || (end === best.end && !best.exact))) best = { end, entry, exact: !wildcard };
      }
      if (!best) continue;
      const start = tokens[i].start;
      const end = tokens[best.end].end;
      found.push({ text: text.slice(start, end), start, end, entry: best.entry });
      next = best.end + 1;
    }
    if (found.length) out.set(lexicon, found);
  }
  return out;
}

describe("the combined trie, against the slow way", () => {
  const lexicons = defaultLexicons();
  const lists = new Map(lexicons.names().map((n) => [n, lexicons.entries(n)] as const));
  const vocabulary = [...new Set([...lists.values()].flat().filter((e) => !e.startsWith("re:")).flatMap((e) => e.replace(/\*$/, "").split(/\s+/)))];
  // Words cut short or run on, so that wildcards and near misses come up.
  const variants = vocabulary.flatMap((w) => [w, w.slice(0, -1), w + "s", w.toUpperCase()]);

  it("finds every lexicon's leftmost longest matches", () => {
    const combined = compileCombined(lists);
    const text = fc
      .array(fc.oneof(fc.constantFrom(...variants), fc.constantFrom(" ", " ", ", ", ". ", "-", "/", "’", " and ", " the ", "\n", "x", "é", "1")), { maxLength: 60 })
      .map((parts) => parts.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const tokens = matchTokens(t);
        expect(combined.findWords(t, tokens)).toEqual(findSlowly(lists, t, tokens));
      }),
      { numRuns: 300 },
    );
  });
});

describe("matchTokens", () => {
  it("splits exactly as the token pattern does, in any script", () => {
    const mixed = fc.array(fc.constantFrom("a", "B", "é", "İ", "Σ", "ΑΣ", ":", "1", "'", "’", ".", "-", "/", " ", "e.g.", "don’t", "中", "😀", "𐊀", "\n")).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.string({ unit: "binary", maxLength: 100 }), mixed), (t) => {
        expect(matchTokens(t + "\u0000")).toEqual(tokensByPattern(t + "\u0000"));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the literal prefilter of regular-expression entries", () => {
  const sources = builtInPatternSources();

  it("picks the rarest piece: a bracket before a word, a long word before a digit, a digit before a short word", () => {
    expect(requiredAnyOf(String.raw`\[(?:insert|add|your) name\]`)).toEqual(["["]);
    expect(requiredAnyOf(String.raw`\b\d+(?:\.\d+)?\s?[x×]\s+(?:faster|the)\b`)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(requiredAnyOf(String.raw`\b(?:annual|yearly) incomes? of \d`)).toEqual(["income"]);
    expect(requiredAnyOf(String.raw`\b(?:in|on) \d?x`)).toBeNull();
    // Two kana, ideographs or Hangul syllables are a word that English prose never holds.
    expect(requiredAnyOf("実測|ベータ(?:テスター|ユーザー)|설문")).toEqual(["実測", "テスター", "ユーザー", "설문"]);
    expect(requiredAnyOf(String.raw`\b(?:in|on) (?:it|to)`)).toBeNull();
  });

  it("never rules out a text that the expression matches", () => {
    let checked = 0;
    for (const source of sources) {
      const literals = requiredAnyOf(source);
      if (!literals) continue;
      let regex: RegExp;
      try {
        // Word boundaries and lookarounds constrain context, not content: drop them for generating.
        const generating = source.replace(/\\[bB]/g, "").replace(/\(\?<?[=!](?:[^()]|\([^()]*\))*\)/g, "");
        regex = new RegExp(`^(?:${generating})$`, "u");
        // fast-check generates strings from the expression itself.
        fc.sample(fc.stringMatching(regex), 1);
      } catch {
        continue;
      }
      fc.assert(
        fc.property(fc.stringMatching(regex), (text) => {
          expect(literals.some((l) => text.toLowerCase().includes(l))).toBe(true);
        }),
        { numRuns: 40 },
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("regular-expression entries run over lower-cased text", () => {
  const sources = builtInPatternSources();
  const documents = join(__dirname, "../documents");
  const texts = readdirSync(documents)
    .filter((f) => f.endsWith(".md"))
    .flatMap((f) => readFileSync(join(documents, f), "utf8").split(/\n\s*\n/));
  const spans = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length]);

  it("every built-in pattern can be lower-cased", () => {
    expect(sources.filter((s) => lowerCasedSource(s) === null)).toEqual([]);
  });

  it("find exactly what the case-insensitive expressions find, in every paragraph of our documents", () => {
    let matched = 0;
    for (const source of sources) {
      const caseless = new RegExp(source, "giu");
      const lowered = new RegExp(lowerCasedSource(source)!, "gu");
      for (const text of texts) {
        const expected = spans(caseless, text);
        matched += expected.length;
        expect(spans(lowered, text.toLowerCase()), `${source} in ${text.slice(0, 60)}`).toEqual(expected);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("keep escapes, classes and case properties meaning what they meant", () => {
    expect(lowerCasedSource(String.raw`\bSee\S+[A-Z_]\p{Lu}\P{L}`)).toBe(String.raw`\bsee\S+[a-z_]\p{Ll}\P{L}`);
    expect(lowerCasedSource(String.raw`(?<=Mr)\s`)).toBe(String.raw`(?<=mr)\s`);
    // Where lower-casing would change what matches, the pattern stays case-insensitive instead.
    expect(lowerCasedSource(String.raw`[À-ÿ]`)).toBeNull();
    expect(lowerCasedSource(String.raw`\u0041`)).toBeNull();
    expect(lowerCasedSource(String.raw`(?<Name>x)\k<Name>`)).toBeNull();
    expect(lowerCasedSource(String.raw`\P{Lu}`)).toBeNull();
  });

  it("report the original text of a match, and fall back where lower-casing moves offsets", () => {
    const matcher = compilePhrases(["re:\\bgen z\\b", "re:\\bq[1-4]\\b"]);
    expect(matcher.find("Gen Z buyers by Q3").map((m) => m.text)).toEqual(["Gen Z", "Q3"]);
    // "İ" lower-cases to two characters, so offsets in the lower-cased text would be off by one.
    expect(matcher.find("İstanbul's Gen Z").map((m) => [m.text, m.start])).toEqual([["Gen Z", 11]]);
  });
});

describe("the shared literal scan", () => {
  const lexicons = defaultLexicons();
  const literals = [...new Set(lexicons.names().flatMap((n) => (lexicons.scans(n) ? lexicons.matcher(n).requiredLiterals() : [])))];

  it("finds exactly the literals a text contains, overlapping and nested ones included", () => {
    const scan = literalScanner(["launch", "launch is committed", "is comm", "mitted", "ch i"]);
    expect([...scan("the launch is committed.")].sort()).toEqual(["ch i", "is comm", "launch", "launch is committed", "mitted"]);
    expect([...scan("relaunched")]).toEqual(["launch"]);
    expect(scan("nothing here").size).toBe(0);
  });

  it("agrees with looking for each literal on its own, on text made of the lexicons' literals", () => {
    expect(literals.length).toBeGreaterThan(50);
    const scan = lexicons.scanLiterals;
    const text = fc.array(fc.oneof(fc.constantFrom(...literals), fc.constantFrom(" ", "s ", "re", ", ", "\n")), { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect([...scan(t)].sort()).toEqual(literals.filter((l) => t.includes(l)).sort());
      }),
      { numRuns: 300 },
    );
  });

  it("lets a lexicon run just the patterns whose literals the scan found, with the same matches as testing them all", () => {
    const scanned = lexicons.names().filter((n) => lexicons.scans(n) && lexicons.matcher(n).hasPatterns);
    const phrases = scanned.flatMap((n) => lexicons.entries(n)).filter((e) => !e.startsWith("re:"));
    const text = fc
      .array(fc.oneof(fc.constantFrom(...literals), fc.constantFrom(...phrases), fc.constantFrom(" ", " we ", " is ", " the ", "s ", ". ", "\n")), { maxLength: 30 })
      .map((parts) => parts.join(""));
    const agree = (t: string) => {
      const lower = t.toLowerCase();
      const present = lexicons.scanLiterals(lower);
      for (const name of scanned) {
        const matcher = lexicons.matcher(name);
        expect(matcher.findPatterns(t, lower, present)).toEqual(matcher.findPatterns(t));
        expect(matcher.testPatterns(t, lower, present)).toBe(matcher.findPatterns(t).length > 0);
      }
    };
    const documents = join(__dirname, "../documents");
    for (const f of readdirSync(documents).filter((name) => name.endsWith(".md"))) {
      for (const paragraph of readFileSync(join(documents, f), "utf8").split(/\n\s*\n/)) agree(paragraph);
    }
    fc.assert(fc.property(text, agree), { numRuns: 300 });
  });

  it("leaves out lexicons whose patterns need words as common as \"the\"", () => {
    expect(lexicons.scans("internal-systems")).toBe(false);
    expect(lexicons.scans("predetermined")).toBe(true);
  });
});

describe("the word trie with stems", () => {
  // Entries with a trailing "*" match any word that starts with the stem, alone or at the end of a phrase.
  const entries = ["frustrat*", "fr*", "f*", "delay*", "wait", "waiting list", "by hand", "hand*", "too long", "too lo*", "no way to"];
  const words = ["frustrated", "frustrating", "fresh", "friend", "f", "delays", "delay", "wait", "waiting", "list", "by", "hand", "handed", "too", "long", "lost", "no", "way", "to", "the"];

  /** Leftmost-longest matches, found the slow way: every entry tried at every word. */
  function reference(tokens: ReturnType<typeof matchTokens>, text: string) {
    const out: { start: number; end: number }[] = [];
    let cursor = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i < cursor) continue;
      let longest = -1;
      for (const entry of entries) {
        const parts = entry.split(" ");
        let j = 0;
        for (; j < parts.length && i + j < tokens.length; j++) {
          if (j > 0 && !/^[\s\-‐‑–/]*$/.test(text.slice(tokens[i + j - 1].end, tokens[i + j].start))) break;
          const part = parts[j];
          const word = tokens[i + j].norm;
          if (part.endsWith("*") && j === parts.length - 1 ? !word.startsWith(part.slice(0, -1)) : word !== part) break;
        }
        if (j === parts.length) longest = Math.max(longest, i + j - 1);
      }
      if (longest >= 0) {
        out.push({ start: tokens[i].start, end: tokens[longest].end });
        cursor = longest + 1;
      }
    }
    return out;
  }

  it("finds what trying every entry at every word finds", () => {
    // Written forms only: the stems are what this checks; inflection has its own tests below.
    const trie = compileCombined(new Map([["cues", entries]]), new Set(["cues"]));
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(" ", " ", "-", ", ")), { maxLength: 30 }).map((p) => p.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const tokens = matchTokens(t);
        const found = (trie.findWords(t, tokens).get("cues") ?? []).map(({ start, end }) => ({ start, end }));
        expect(found).toEqual(reference(tokens, t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("inflections and spellings", () => {
  const find = (entries: string[], text: string, literal = false) =>
    (compileCombined(new Map([["list", entries]]), literal ? new Set(["list"]) : new Set()).findWords(text, matchTokens(text)).get("list") ?? []).map((m) => m.text);

  it("matches a verb's forms, a noun's plural and the other -ise/-ize spelling", () => {
    expect(find(["kill"], "What kills it? They killed it. Killing it.")).toEqual(["kills", "killed", "Killing"]);
    expect(find(["cannibalise"], "Does it cannibalize sales, or cannibalises them?")).toEqual(["cannibalize", "cannibalises"]);
    expect(find(["organization"], "Two organisations and one organization.")).toEqual(["organisations", "organization"]);
    expect(find(["copy"], "It copies, copied, copying.")).toEqual(["copies", "copied", "copying"]);
    expect(find(["ship"], "We shipped it.")).toEqual(["shipped"]);
  });

  it("inflects a phrase at either end, not in the middle", () => {
    expect(find(["take over"], "It takes over the rota.")).toEqual(["takes over"]);
    expect(find(["pain point"], "Three pain points.")).toEqual(["pain points"]);
    expect(find(["state of the art"], "states of the art")).toEqual(["states of the art"]);
  });

  it("leaves short words, names, acronyms and lists of names as written", () => {
    expect(find(["new"], "The news is new.")).toEqual(["new"]);
    expect(find(["John Doe"], "John Does")).toEqual([]);
    expect(find(["aaron"], "Aarons", true)).toEqual([]);
    expect(wordForms("kill")).toEqual(expect.arrayContaining(["kill", "kills", "killed", "killing"]));
  });
});
