import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChunkCache, isPlainChunk, parseMarkdown, type RawBlock } from "../../src/core/parse/markdown";
import { sharedPath } from "../helpers/shared";

/** Everything a later stage reads from a block, with its offset map sampled at every character. */
function shape(blocks: RawBlock[]) {
  return blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    start: b.start,
    end: b.end,
    depth: b.depth,
    listDepth: b.listDepth,
    listItemStart: b.listItemStart,
    listOrdinal: b.listOrdinal,
    quoteDepth: b.quoteDepth,
    lead: b.leadEmphasis,
    emphasised: b.emphasised,
    emphasis: b.emphasis,
    hardBreaks: b.hardBreaks,
    offsets: Array.from({ length: b.text.length + 1 }, (_, i) => b.map.toSource(i)),
  }));
}

/** The fast path gives the tokenizer's blocks, with a chunk cache (as editors use) and without. */
function expectSameAsTokenizer(text: string): void {
  const tokenized = parseMarkdown(text, undefined, { plainFastPath: false });
  const full = shape(tokenized.blocks);
  for (const fast of [parseMarkdown(text), parseMarkdown(text, new ChunkCache())]) {
    expect(shape(fast.blocks)).toEqual(full);
    expect(fast.frontMatter).toEqual(tokenized.frontMatter);
  }
}

const prose = fc.array(
  fc.oneof(
    fc.constantFrom("Owners", "wait", "127", "days,", "and", "“quotes”", "'single'", "(aside)", "—", "3.5%", "$9,400", "e.g.", "é", "中文", "😀", ".", "?", "!", ":", ";", "1.", "2)", "x"),
    // Now and then, Markdown syntax, so chunks that need the tokenizer sit between plain ones.
    fc.constantFrom("**b**", "- ", "> ", "*", "`c`", "[l](u)", "&amp;", "\\", "---", "===", "\t"),
    // Strong and code spans inside lines, including ones CommonMark does not pair or close.
    // Lines that open with punctuation, symbols or other scripts, some of which start blocks.
    fc.constantFrom("\n„Zitat“", "\n«x»", "\n$9", "\n€5", "\n=", "\n==", "\n:", "\n!", "\n{", "\n¿Qué?", "\n.", "\n,", "\n+", "\n~~~", "\n|", "\n<b>", "\n😀", "\n中文", "\n%", "\n@x"),
    // Underscores inside words, and ampersands that may or may not start a character reference.
    fc.constantFrom("press_release", "a__b", "x_", "_y", "é_ü", "1_2", " & ", "&", "&amp;", "&#38;", "&copy", "&x", "a&b", "R&D", "&c.", "AT&T", "**Pros & Cons**", "**R&D**", "**a &amp; b**", "&#x26;", "&#999999999;", "&amp", "&a1;", "**&c**"),
    fc.constantFrom("*em*", "_em_", "__strong__", "*a b*.", " _x_", "snake_case", "**a*", "***", "* * *", "_ _", "[text](http://x.y)", "[a b](/p)", "[x]", "[t](a b)", "![i](p)", "([l](u))", "[**b**](u)", "[t](u \"title\")"),
    fc.constantFrom("**Bold.**", " **", "** ", "**a b**", "`a b`", "` x`", "``", "(**p**)", '**"q"**', "**a**,", "**a**s", "\u00a0**", "**x**.", "`a*b`", "**`c`**"),
    // List items, one line or more, nested, lazy, interrupting a paragraph, renumbered.
    // Backslash escapes, a literal backslash, an escaped backslash, and backslash hard breaks.
    fc.constantFrom("\\-", "\\*", "\\#", "\\.", "\\_", "a\\b", "\\\\", "\\\n", "\\ ", "\\&", "\\`", "1\\. "),
    fc.constantFrom("\n\n- item", "\n- next", "\n\n* star", "\n+ plus", "\n\n1. one", "\n2. two", "\n\n7) seven", "\n  - sub", "\n\n  indented", "\n-  wide", "\n- ", "\n1) "),
    // Brackets that are only text (placeholders, no definitions), and those that are not: tasks, footnotes, references.
    fc.constantFrom("[NAME, TITLE]", "a [ ] b", "\n- [ ] task", "\n* [x] done", "]", "[", "![alt]", "[a][b]", "[a][]", "[^1]", "\n\n[^1]: note", "[a]\n(b)", "[a] (b)", "\n\n[a]: http://x\n", "\n\n> [a]: http://y\n", "\n- [a]: z", "\n\n   [b]: <u> \"t\"\n", "[b]", "\n\n## [a]\n"),
    // Fenced code: closed, empty, unclosed, nested marks, info strings, indented closers, text straight after.
    fc.constantFrom("\n\n```\ncode\n```\n", "\n\n```js\na\n  b\n```\n\n", "\n\n~~~\nx\n~~~  \n", "\n\n````\n```\n````\n", "\n\n```\n```\n", "\n\n```\nopen", "\n\n```a`b\nx\n```\n", "\n  ```\n", "\n```", "\n~~~", "\n\n```\r\nx\r\n```\r\n", "```\nafter"),
    // Tables: plain, with inline Markdown in cells, ragged rows, empty cells, and near misses.
    fc.constantFrom("\n\n| A | B |\n|---|:-:|\n| one | **two** |\n", "\n\n|a|b|\n|-|-|\n||x|\n", "\n\n| a |\n|---|\n| [l](u) |\n| `c` x |  \n", "\n\n| a | b |\n|---|\n", "\n\n| x |\n", "\n| y | z |", "\n|---|", "| a \\| b |", "\n\n| h |\n| - |\n| *e* f | g | h |\n", "\n\n| `a|b` |\n|---|\n", "\n\n| - |\n|---|\n", "\n\n| a |\r\n|--|\r\n| b |\r\n", "\n\n| a | \\>=85% |\n| :---- | :---- |\n| \\+20pp | b\\_c \\\\ d |\n"),
    // Nested list items: under an item's text, beside an open item, a level up, at odd indents, after blank lines.
    fc.constantFrom("\n  - sub", "\n    - deep", "\n   - three", "\n   1. sub", "\n  2. two", "\n  * star", "\n\n  - after blank", "\n - one space", "\n     - five", "\n  1) paren", "\n    more text", "\n10. ten", "\n    2. deep two"),
    // Quotes: quoted lines, empty quote lines, nesting, lazy lines, lists and headings inside, tabs.
    fc.constantFrom("\n\n> quoted", "\n> more", "\n>", "\n>no space", "\n>   spaced", "\n> > nested", "\n> - item", "\n> # h", "\n\n>\ttab", "\nlazy", "\n> **said** it  ", "\n> ==="),
    // Bold lines over answers, as FAQs are written.
    fc.constantFrom("\n\n**Q: Why now?**\nA: Because.", "\n\n**Customer FAQ**\n\n", "\n\n**What if a rival copies it?**\n", "**x**", "\n**y**\n", "\n\n** spaced **\n", "\n\n**\"Quoted\"**\n"),
    fc.constantFrom(" ", " ", "  ", "\n", "\n\n", "\r\n", "\n   ", "\n    ", "\n\n# ", "\n\n## ", " #", "\n\n###### ", "\n\n#", "\u00a0", "\n\n####### ", "#", "\r", "\n\u00a0\n", "10) ", "\n2. "),
  ),
  { maxLength: 80 },
).map((parts) => parts.join(""));

describe("plain prose read without the tokenizer gives exactly the tokenizer's blocks", () => {
  it("on generated prose with headings, wrapped lines and CRLF", () => {
    // Front matter, well formed or not, opens some of the documents.
    const frontMatter = fc.constantFrom("", "", "---\na: 1\n---\n\n", "---\r\nb: 2\r\nc: 3\r\n---\r\n", "---\n---\n", "---  \nx\n---  \n\n", "---\na\n...\n\n", "---\n\na\n\n---\n", "---\na\n---\nText", "---\nunclosed\n");
    fc.assert(fc.property(frontMatter, prose, (head, text) => expectSameAsTokenizer(head + text)), { numRuns: 2000 });
  });

  it("on the project's own and the real documents", () => {
    const dirs = [join(import.meta.dirname, "..", "..", "examples"), join(import.meta.dirname, "..", "documents"), sharedPath("corpus", "real"), sharedPath("calibration")];
    let plainChunks = 0;
    for (const dir of dirs) {
      if (!dir) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith(".md"))) {
        const text = readFileSync(join(dir, file), "utf8");
        expectSameAsTokenizer(text);
        plainChunks += text.split(/\n\s*\n/).filter((p) => isPlainChunk(p)).length;
      }
    }
    // The comparison means something only if plain chunks were actually taken.
    expect(plainChunks).toBeGreaterThan(50);
  });

  it("sends anything with Markdown syntax to the tokenizer", () => {
    for (const text of ["snake_*case*", "- [ ] task", "[^1] note", "![image](p.png)", "[t](a b)", "Text\n2. item", "- item\n - odd indent", "- a\n  3. b", "- item\n  > quote", "- - nested", "-  wide", "> > nested quote", "> quote\n- lazy item", "> quote\n\nafter a blank", "Line\\\nbreak", "Title\n=====", "a &amp; b", "a\tb", "``code``", "**a**b", "a**b**", "<!-- x -->", "| a | b |", "Text\n---"]) {
      expect(isPlainChunk(text)).toBe(false);
    }
    expect(isPlainChunk("# Headline\n\nOwners wait 127 days.\nThey call 6,800 times.")).toBe(true);
    expect(isPlainChunk("**Q: What does it cost?**\nA: £40 a month.")).toBe(true);
    expect(isPlainChunk("Text before\n**Q: in the middle of a paragraph?**")).toBe(true);
    expect(isPlainChunk("## **Pricing** for `prfaq check`\n\nRun `prfaq check` on **every** draft.")).toBe(true);
    expect(isPlainChunk("Steps:\n\n1. Open **Settings**.\n2. Pick a plan.\n\n- Owners\n- Staff")).toBe(true);
    expect(isPlainChunk("Benefits:\n- Owners wait less,\n  and call less.\n- Staff\nlazily continued.\n1. One")).toBe(true);
    expect(isPlainChunk("> A quote\ngoes on lazily\n> and quoted again.")).toBe(true);
    expect(isPlainChunk("*Italic*, __bold__ and a [link](https://example.com/a).")).toBe(true);
    expect(isPlainChunk("Pros & cons of press_release.md, R&amp;D aside.")).toBe(false);
    expect(isPlainChunk("Pros & cons of press_release.md, R&D aside, &c.")).toBe(true);
    expect(isPlainChunk("1. First item.  \n2. Trailing spaces end an item, not break it.  ")).toBe(true);
    expect(isPlainChunk("Escaped \\- dash and \\*stars\\*.\nA hard  \nbreak.")).toBe(true);
  });
});
