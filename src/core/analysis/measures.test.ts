import { describe, expect, it } from "vitest";
import { findMeasures } from "./measures";

const brief = (text: string) => findMeasures(text).map(({ text, start, value, kind, unit }) => ({ text, start, value, kind, unit }));

describe("findMeasures", () => {
  it("reads numbers, scales and units in any letter case, and keeps the original text", () => {
    expect(brief("Twelve weeks ago, 5K users waited 40 Percent longer.")).toEqual([
      { text: "Twelve", start: 0, value: 12, kind: "duration", unit: "week" },
      { text: "5K", start: 18, value: 5000, kind: "count", unit: "user" },
      { text: "40 Percent", start: 34, value: 40, kind: "percent", unit: "%" },
    ]);
  });

  it("keeps offsets exact where lower-casing would lengthen the text", () => {
    // "İ" lower-cases to two characters.
    expect(brief("İzmir drivers wait Two hours for 3 Million calls.")).toEqual([
      { text: "Two", start: 19, value: 2, kind: "duration", unit: "hour" },
      { text: "3 Million", start: 33, value: 3_000_000, kind: "count", unit: "call" },
    ]);
  });

  it("leaves years and bare labels out, and gives a range's far end the unit of its near end", () => {
    expect(brief("Hearings adjourned for lack of an interpreter fall from 312 to 100 by 2027.")).toEqual([
      { text: "312", start: 56, value: 312, kind: "count", unit: "hearing" },
      { text: "100", start: 63, value: 100, kind: "count", unit: "hearing" },
    ]);
    expect(brief("It costs £96 a month, and 22% of boosters quit.").map((m) => m.kind)).toEqual(["money", "percent"]);
  });
});
