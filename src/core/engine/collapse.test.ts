import { describe, expect, it } from "vitest";
import { critique } from "../index";
import type { Finding } from "./types";
import { collapseFindings } from "./collapse";
import { md, prfaq } from "../../../test/critic/prfaq-builder";

function finding(ruleId: string, message: string, line: number, offset = line * 100): Finding {
  return { ruleId, category: "structure", severity: "warning", line, column: 1, endLine: line, endColumn: 1, offset, endOffset: offset, message, question: `${message}?` };
}

describe("collapsing repeated findings", () => {
  it("lists several gaps a rule reports at one place in one finding, with a count", () => {
    const out = collapseFindings([finding("required-parts", "The document has no problem.", 1, 0), finding("required-parts", "The document has no customer quote.", 1, 0), finding("required-parts", "The document has no internal FAQ.", 1, 0)]);
    expect(out).toHaveLength(1);
    expect(out[0].message).toBe("The document has no problem, customer quote or internal FAQ.");
    expect(out[0].count).toBe(3);
  });

  it("keeps quoted questions whole when they open with the same word", () => {
    const out = collapseFindings([finding("missing-hard-questions", 'The internal FAQ never asks "What if a competitor copies it?"', 5, 0), finding("missing-hard-questions", 'The internal FAQ never asks "What will the first version get wrong?"', 5, 0)]);
    expect(out[0].message).toBe('The internal FAQ never asks "What if a competitor copies it?" or "What will the first version get wrong?".');
  });

  it("leaves findings of different rules, or at different places, alone", () => {
    const out = collapseFindings([finding("required-parts", "The document has no problem.", 1, 0), finding("no-kill-criteria", "The document has no kill criteria.", 1, 0), finding("required-parts", "The document has no problem.", 9)]);
    expect(out).toHaveLength(3);
  });

  it("folds the same flagged words, three times or more, into the first with the lines", () => {
    const three = [3, 7, 12].map((line) => finding("jargon", "\"synergy\" is jargon.", line));
    const out = collapseFindings([...three, finding("jargon", "\"leverage\" is jargon.", 14)]);
    expect(out.map((f) => f.message)).toEqual(["\"synergy\" is jargon (3 times: lines 3, 7, 12).", "\"leverage\" is jargon."]);
    expect(out[0].count).toBe(3);
  });

  it("keeps a pair of repeats on both lines, and messages that quote nothing apart", () => {
    const pair = [3, 7].map((line) => finding("jargon", "\"synergy\" is jargon.", line));
    const unquoted = [9, 10, 11].map((line) => finding("metric-without-target", "This metric has no target.", line));
    expect(collapseFindings([...pair, ...unquoted])).toHaveLength(5);
  });

  it("keeps every point made at one place when their messages say different things", () => {
    const place = [finding("missing-hard-questions", "Not covered yet: what are the biggest risks?", 17), finding("missing-hard-questions", "A competitor copying it matters less for an internal tool.", 17)];
    const kept = collapseFindings(place);
    expect(kept.map((f) => f.message)).toEqual(place.map((f) => f.message));
  });

  it("asks about the hard questions a FAQ never faces once, not once per question", () => {
    const text = prfaq({ internalFaq: [["How much will it cost to run?", "About 4,000 euros a year for the texts, paid from the transport budget."]] });
    const missing = critique(text).findings.filter((f) => f.ruleId === "missing-hard-questions" && f.severity === "warning");
    expect(missing).toHaveLength(1);
    // One finding that quotes each question it stands for.
    expect(missing[0].count).toBeGreaterThanOrEqual(3);
    expect(missing[0].message.match(/\?"/g)).toHaveLength(missing[0].count!);
  });

  it("collapses a template's repeated placeholder with a count", () => {
    const text = md`
      # [Product] helps [customer] do [thing]
      ## [Subheading]
      [CITY], [DATE] — [Company] today announced [Product].

      [Product] is for [customer]. [Customer] uses [Product] every [DATE].
    `;
    const counted = critique(text).findings.filter((f) => f.count && f.count > 1);
    expect(counted.length).toBeGreaterThan(0);
  });
});
