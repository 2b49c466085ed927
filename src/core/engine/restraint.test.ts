import { describe, expect, it } from "vitest";
import type { Finding } from "./types";
import { adviseSecondExampleInParagraph, adviseSurplusWordFindings, adviseWordingAwayFromCustomers, WORDING_POINT_INSTANCES } from "./restraint";
import { parseDocument } from "../parse";
import { prfaq } from "../../../test/rule-tester";

/** A finding on the first occurrence of `words` in `text`. */
function on(text: string, words: string, ruleId: string, category: Finding["category"], severity: Finding["severity"] = "warning"): Finding {
  const offset = text.indexOf(words);
  if (offset < 0) throw new Error(`"${words}" is not in the text`);
  const line = text.slice(0, offset).split("\n").length;
  return { ruleId, category, severity, line, column: 1, endLine: line, endColumn: 1, offset, endOffset: offset + words.length, message: `${ruleId}: ${words}`, question: "q?" };
}

const WORD_LEVEL = new Set(["puffery", "jargon", "unsupported-multiplier", "sourceless-statistic", "weasel-words"]);

describe("one remark per sentence, a few examples per point about wording", () => {
  it("keeps the heavier word-level warning in a sentence and advises the other", () => {
    const text = "Kestrel is an innovative solution for harbour pilots.";
    const puffery = on(text, "innovative", "puffery", "evidence");
    const jargon = on(text, "innovative solution", "jargon", "style");
    adviseSurplusWordFindings(text, [puffery, jargon], WORD_LEVEL);
    expect([puffery.severity, jargon.severity]).toEqual(["warning", "info"]);
  });

  it("keeps a sourceless statistic over a multiplier in its sentence, whichever comes first", () => {
    const text = "Orchard growers lose sleep. Growers are 4x more likely to lose a crop, studies show, without\nfrost warnings.";
    const multiplier = on(text, "4x", "unsupported-multiplier", "differentiation");
    const statistic = on(text, "studies show", "sourceless-statistic", "evidence");
    adviseSurplusWordFindings(text, [multiplier, statistic], WORD_LEVEL);
    expect([multiplier.severity, statistic.severity]).toEqual(["info", "warning"]);
  });

  it("lets two sentences on one line each keep their own point", () => {
    const text = "Planners spend up to 70% less time on rosters. It is 5 times faster than spreadsheets.";
    const weasel = on(text, "up to 70%", "weasel-words", "evidence");
    const multiplier = on(text, "5 times faster", "unsupported-multiplier", "differentiation");
    adviseSurplusWordFindings(text, [weasel, multiplier], WORD_LEVEL);
    expect([weasel.severity, multiplier.severity]).toEqual(["warning", "warning"]);
  });

  it(`advises a wording rule's warnings after the first ${WORDING_POINT_INSTANCES}, and only a wording rule's`, () => {
    const words = ["robust", "seamless", "groundbreaking", "world-class", "cutting-edge"];
    const text = words.map((w, i) => `The ${w} kiosk prints ${i + 2} tickets.`).join("\n\n");
    const puffery = words.map((w) => on(text, w, "puffery", "evidence"));
    adviseSurplusWordFindings(text, puffery, WORD_LEVEL, new Map([["puffery", WORDING_POINT_INSTANCES]]));
    expect(puffery.map((f) => f.severity)).toEqual(["warning", "warning", "warning", "info", "info"]);
    const places = words.map((_, i) => on(text, `${i + 2} tickets`, "unsupported-multiplier", "differentiation"));
    adviseSurplusWordFindings(text, places, WORD_LEVEL, new Map([["puffery", WORDING_POINT_INSTANCES]]));
    expect(places.every((f) => f.severity === "warning")).toBe(true);
  });

  it("hears the same word in another form as the same word said again", () => {
    const text = "Checkout is seamless for shoppers.\n\nReturns sync seamlessly with the till.\n\nRefunds are robust.";
    const findings = ["seamless", "seamlessly", "robust"].map((w) => ({ ...on(text, w, "puffery", "evidence"), message: `"${w}" is an adjective where evidence should be.` }));
    adviseSurplusWordFindings(text, findings, WORD_LEVEL);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "info", "warning"]);
  });

  it("leaves errors and rules that are not word-level alone", () => {
    const text = "Ferrylink is a robust, seamless platform.";
    const error = on(text, "robust", "puffery", "evidence", "error");
    const structural = on(text, "Ferrylink", "required-parts", "structure");
    const jargon = on(text, "platform", "jargon", "style");
    adviseSurplusWordFindings(text, [error, structural, jargon], WORD_LEVEL);
    expect([error.severity, structural.severity, jargon.severity]).toEqual(["error", "warning", "warning"]);
  });
});

describe("wording is judged where customers read it", () => {
  const WORDING = new Set(["puffery", "jargon"]);

  it("advises wording in the internal FAQ and an appendix, and keeps it in the release and the customer FAQ", () => {
    const text = prfaq({
      solution: "Ferrylink gives harbour pilots a seamless handover.",
      customerFaq: [["Does it work offline?", "Yes, and the synergy with the tide tables is automatic."]],
      internalFaq: [["What does it cost?", "We leverage the existing radio masts, so about 4,000 euros a year."]],
      extra: "## Appendix: interview notes\n\nPilots said the current handover is a best-of-breed mess of radio calls.",
    });
    const findings = [on(text, "seamless", "puffery", "evidence"), on(text, "synergy", "jargon", "style"), on(text, "leverage", "jargon", "style"), on(text, "best-of-breed", "jargon", "style")];
    adviseWordingAwayFromCustomers(parseDocument(text), findings, WORDING);
    expect(findings.map((f) => f.severity)).toEqual(["warning", "warning", "info", "info"]);
  });

  it("advises wording inside a quote another rule flags as a whole, not inside one it leaves alone", () => {
    const text = prfaq({
      spokesperson: '"Orchard growers will be empowered like never before," said Tim Cook, CEO of Apple.',
      customerQuote: '"The frost alert is a game changer for our night shifts," said Ana Ruiz, who grows pears in Lleida.',
    });
    const quote = text.indexOf('"Orchard');
    const famous: Finding = { ...on(text, '"Orchard', "famous-quote", "evidence"), endOffset: text.indexOf("\n", quote) };
    const inFlagged = on(text, "empowered", "jargon", "style");
    const inPlain = on(text, "game changer", "puffery", "evidence");
    adviseWordingAwayFromCustomers(parseDocument(text), [famous, inFlagged, inPlain], WORDING);
    expect([famous.severity, inFlagged.severity, inPlain.severity]).toEqual(["warning", "info", "warning"]);
  });
});

describe("a paragraph of stacked adjectives is one point", () => {
  it("makes a wording point once in a paragraph, and again in the next paragraph or list item", () => {
    const text = prfaq({
      summary: "OSLO — May 4, 2027 — Ferrylink, an innovative startup, today launched berth booking.\nBuilt on cutting-edge radar, it books a berth in one call.",
      solution: "Pilots get robust alerts.\n\n- Groundbreaking tide tables\n- Seamless billing",
    });
    const findings = ["innovative", "cutting-edge", "robust", "Groundbreaking", "Seamless"].map((w) => on(text, w, "puffery", "evidence"));
    const jargon = on(text, "berth booking", "jargon", "style");
    adviseSecondExampleInParagraph(parseDocument(text), [...findings, jargon], new Map([["puffery", 3], ["jargon", 3]]));
    expect([...findings, jargon].map((f) => f.severity)).toEqual(["warning", "info", "warning", "warning", "warning", "warning"]);
  });

  it("keeps a list item's own sentence apart from the item before it", () => {
    const text = "Pilots get:\n- groundbreaking tide tables\n- the synergy of billing";
    const puffery = on(text, "groundbreaking", "puffery", "evidence");
    const jargon = on(text, "synergy", "jargon", "style");
    adviseSurplusWordFindings(text, [puffery, jargon], WORD_LEVEL);
    expect([puffery.severity, jargon.severity]).toEqual(["warning", "warning"]);
  });
});
