import { describe, expect, it } from "vitest";
import { outlineOf, parseDocument, type OutlineEntry } from "../../src/core";

/** Press-release layouts seen in real PR/FAQs, each in a small document of our own. */
const outline = (text: string): OutlineEntry[] => outlineOf(parseDocument(text));
const at = (entries: OutlineEntry[], kind: string, line: number) => entries.filter((e) => e.kind === kind && e.startLine <= line && line <= e.endLine);
const lines = (...rows: string[]) => rows.join("\n");

describe("date lines above the summary", () => {
  it("reads an italic month and year under the headline as the date, not the subheading", () => {
    const doc = lines(
      "## Press release", "",
      "**Rotaline: tomorrow's shifts on every nurse's phone by six**", "",
      "*June 2026*", "",
      "Today Rotaline launches for ward managers at district hospitals, who now publish the next day's rota in one tap.", "",
      "Ward managers spend an hour each evening phoning staff to confirm shifts, and still miss a gap most weeks.", "",
    );
    const entries = outline(doc);
    expect(entries.find((e) => e.kind === "subheading")).toBeUndefined();
    expect(at(entries, "summary", 7)).toHaveLength(1);
    expect(entries.find((e) => e.kind === "summary")?.label).toContain("June 2026");
  });

  it("skips a place and a date standing alone, with a placeholder for the date too", () => {
    for (const dateLine of ["**Leeds, United Kingdom — [Launch Date]**", "*Porto, Portugal — March 2027*"]) {
      const doc = lines(
        "### Harbourmaster opens berth bookings to every small marina", "",
        dateLine, "",
        "Harbourmaster today opened online berth bookings for marinas with fewer than forty moorings.", "",
        "Skippers now ring three marinas before finding a free berth, often after the office has closed.", "",
      );
      const entries = outline(doc);
      expect(entries.find((e) => e.kind === "subheading")).toBeUndefined();
      expect(at(entries, "summary", 5)).toHaveLength(1);
    }
  });
});
