import { describe, expect, it } from "vitest";
import { formatStylish } from "../../src/cli/format/stylish";
import { critique, type FileReport } from "../../src/core";
import { md, prfaq } from "../critic/prfaq-builder";

function report(text: string): FileReport {
  const { findings, verdict } = critique(text);
  return { path: "idea.md", findings, verdict };
}

describe("the stylish review's opening", () => {
  it("leads with the five top-ranked objections, before the findings in reading order", () => {
    const text = md`
      # Nimbus: the AI-powered platform
      ## A seamless, revolutionary assistant
      Nimbus today launched an assistant for businesses everywhere that leverages synergies in an end-to-end way.

      Most teams lose hours every week, and studies show it costs billions.
    `;
    const file = report(text);
    const out = formatStylish([file], { color: false });
    const lead = out.slice(out.indexOf("First, a reviewer would raise:"), out.indexOf("All findings, in reading order:"));
    const numbered = lead.split("\n").filter((l) => /^\s+\d\. /.test(l));
    expect(numbered).toHaveLength(5);
    const top = file.findings.filter((f) => f.severity !== "info").sort((a, b) => a.rank! - b.rank!)[0];
    expect(numbered[0]).toContain(top.message);
    expect(out.indexOf("First, a reviewer would raise:")).toBeLessThan(out.indexOf("All findings, in reading order:"));
  });

  it("names what to keep, with the line that earns it", () => {
    const out = formatStylish([report(prfaq())], { color: false });
    expect(out).toMatch(/Keep:\n\s+\+ line \d+ {2}Follows one representative customer/);
  });
});
