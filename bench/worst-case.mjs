// Inputs that once cost the critic far more than their length: each family
// builds a text of about `size` characters from one repeated shape. The
// linearity test (test/critic/linearity.test.ts) and `npm run bench` time
// each at two sizes; doubling the size must not much more than double the time.

/** `unit` repeated until the text is about `size` characters long. */
const repeat = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/** Lines built by `line(i)` until the text is about `size` characters long. */
function lines(size, line) {
  const out = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const next = line(i);
    out.push(next);
    length += next.length;
  }
  return out.join("");
}

/**
 * name → { build(size), size }: `size` is where the family starts to be worth
 * timing on an ordinary machine (a few milliseconds), or where a cost growing
 * with the square of it once showed, when that is further on; the test may go
 * bigger.
 */
export const worstCaseFamilies = {
  // The undefined-acronym rule's definition search: one phrase of thousands of capitalised words.
  "capitalised phrase and an acronym": { build: (n) => repeat("We ", n) + "ABC.\n", size: 16_000 },
  "capitalised words": { build: (n) => repeat("Word ", n), size: 16_000 },
  "titles before names": { build: (n) => repeat("Dr. ", n), size: 8_000 },
  "strong openers": { build: (n) => repeat("**a", n), size: 8_000 },
  "emphasis openers": { build: (n) => repeat("*a", n), size: 8_000 },
  "underscore openers": { build: (n) => repeat("_a ", n), size: 8_000 },
  "strikethrough openers": { build: (n) => repeat("~~a", n), size: 8_000 },
  "nested emphasis": { build: (n) => repeat("*a ", n / 2) + repeat("a* ", n / 2), size: 8_000 },
  "nested images": { build: (n) => repeat("![a ", n / 2) + repeat("a](b) ", n / 2), size: 8_000 },
  "unclosed links": { build: (n) => repeat("[a](", n), size: 2_000 },
  "footnote references": { build: (n) => repeat("a[^1] ", n) + "\n\n[^1]: A note.\n", size: 16_000 },
  // The footnote tokenizer looks back over the paragraph from each "]" for the "[" it closes.
  "closing brackets that close nothing": { build: (n) => repeat("a] ", n) + "[^1]\n\n[^1]: A note.\n", size: 16_000 },
  "footnote definitions": { build: (n) => lines(n, (i) => `[^${i}]: Note ${i}.\n`), size: 2_000 },
  "lazy continuation of a quote": { build: (n) => "> A quote\n" + repeat("lazy line\n", n), size: 64_000 },
  "lazy continuation of a list item": { build: (n) => "- An item\n" + repeat("lazy line\n", n), size: 128_000 },
  "one paragraph of many lines": { build: (n) => repeat("four words per line\n", n), size: 128_000 },
  // A pattern that runs from a figure to the end of its sentence, tried again from every figure in it.
  "figures in one sentence": { build: (n) => repeat("a 1 ", n), size: 16_000 },
  "ordered list markers on one line": { build: (n) => repeat("1. ", n), size: 8_000 },
  "nested lists": { build: (n) => lines(n, (depth) => " ".repeat(2 * depth) + "- a\n"), size: 8_000 },
  "lists inside quotes on one line": { build: (n) => repeat("> - ", n) + "a\n", size: 8_000 },
  "ever deeper quotes": { build: (n) => lines(n, (depth) => ">".repeat(depth + 1) + " a\n"), size: 4_000 },
  "setext headings": { build: (n) => repeat("a\n=\n", n), size: 2_000 },
  "setext headings between blank lines": { build: (n) => repeat("a\n-\n\n", n), size: 4_000 },
  "nested front matter": { build: (n) => "---\na: " + repeat("[", n) + "\n---\n# T\n", size: 16_000 },
  "table rows": { build: (n) => "| a | b |\n|---|---|\n" + repeat("| x | y |\n", n), size: 8_000 },
  "question headings": { build: (n) => repeat("## Q: Why?\nBecause.\n\n", n), size: 8_000 },
  "bold question labels": { build: (n) => repeat("**Q: Why?**\nBecause.\n\n", n), size: 8_000 },
  "disable comments": { build: (n) => repeat("<!-- prfaq-disable -->\n", n), size: 8_000 },
};
