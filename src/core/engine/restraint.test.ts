import { describe, expect, it } from "vitest";
import type { Finding } from "./types";
import { adviseSurplusWordFindings, WORDING_POINT_INSTANCES } from "./restraint";

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

  it("leaves errors and rules that are not word-level alone", () => {
    const text = "Ferrylink is a robust, seamless platform.";
    const error = on(text, "robust", "puffery", "evidence", "error");
    const structural = on(text, "Ferrylink", "required-parts", "structure");
    const jargon = on(text, "platform", "jargon", "style");
    adviseSurplusWordFindings(text, [error, structural, jargon], WORD_LEVEL);
    expect([error.severity, structural.severity, jargon.severity]).toEqual(["error", "warning", "warning"]);
  });
});
