import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyEdits, critique, parseDocument, recordDecision, type TextEdit } from "../../src/core";

const strong = readFileSync(join(import.meta.dirname, "..", "..", "examples", "strong-shift-swap.md"), "utf8");
const base = { reason: "Only 22% of swaps went through ShiftSwap after 12 weeks, below the 40% we set.", date: "2027-12-10" };

/** The text outside the edits, in order: it must be the original byte for byte. */
function untouched(text: string, edits: readonly TextEdit[]): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(at, e.start));
    at = e.end;
  }
  pieces.push(text.slice(at));
  return pieces;
}

function ok(result: ReturnType<typeof recordDecision>) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("recording a decision in the document", () => {
  it("writes the front matter and a Decision section, and the critic reads the decision back", () => {
    const result = ok(recordDecision(strong, { ...base, outcome: "kill", version: "git:abc1234" }));
    const doc = parseDocument(result.text);
    expect(doc.frontMatter?.data.decision).toEqual({ outcome: "kill", date: expect.anything(), reason: base.reason, kill_criteria: "missed", version: "git:abc1234" });
    expect(doc.decision).toMatchObject({ outcome: "kill", reason: base.reason, citesCriteria: true });
    const section = doc.parts.find((p) => p.kind === "decision");
    expect(section?.blocks.map((b) => b.text).join(" ")).toContain("2027-12-10: kill.");
    expect(section?.blocks.map((b) => b.text).join(" ")).toContain("Kill criteria: missed");
    expect(critique(result.text).verdict).toMatchObject({ readiness: "decided", decision: "kill" });
    // The rest of the document is still read as before: same parts, in the same order.
    expect(doc.parts.filter((p) => p.kind !== "decision").map((p) => p.kind)).toEqual(parseDocument(strong).parts.map((p) => p.kind));
  });

  it("changes nothing outside the front matter's decision key and the Decision section", () => {
    const result = ok(recordDecision(strong, { ...base, outcome: "proceed" }));
    expect(untouched(result.text, []).join("")).not.toBe(strong);
    expect(applyEdits(strong, result.edits)).toBe(result.text);
    expect(untouched(strong, result.edits).every((piece) => strong.includes(piece))).toBe(true);
    // Every line of the original survives, in order, but the stage the decision moves on.
    const lines = result.text.split("\n");
    let i = 0;
    for (const line of strong.split("\n").filter((l) => !/^(stage|status):/.test(l))) {
      while (i < lines.length && lines[i] !== line) i++;
      expect(i).toBeLessThan(lines.length);
    }
  });

  it("replaces an earlier decision key and keeps earlier Decision entries below the new one", () => {
    const first = ok(recordDecision(strong, { ...base, outcome: "revise", reason: "Ask ward 5 first." }));
    const second = ok(recordDecision(first.text, { ...base, outcome: "kill" }));
    const doc = parseDocument(second.text);
    expect(doc.frontMatter?.data.decision).toMatchObject({ outcome: "kill" });
    expect((second.text.match(/^decision:/gm) ?? []).length).toBe(1);
    const entries = second.text.slice(second.text.indexOf("## Decision")).match(/\*\*2027-12-10: (\w+)\.\*\*/g);
    expect(entries).toEqual(["**2027-12-10: kill.**", "**2027-12-10: revise.**"]);
    expect((second.text.match(/^## Decision$/gm) ?? []).length).toBe(1);
  });

  it("refuses proceed and kill without kill criteria unless forced, and allows revise", () => {
    const noCriteria = strong.slice(0, strong.indexOf("## Kill criteria"));
    for (const outcome of ["proceed", "kill"] as const) {
      const refused = recordDecision(noCriteria, { ...base, outcome });
      expect(refused).toMatchObject({ ok: false, problem: "no-kill-criteria" });
      expect(ok(recordDecision(noCriteria, { ...base, outcome, force: true })).hasKillCriteria).toBe(false);
    }
    expect(recordDecision(noCriteria, { ...base, outcome: "revise" }).ok).toBe(true);
    // A section that only holds a placeholder is no kill criteria either.
    expect(recordDecision(`${noCriteria}## Kill criteria\n\nTODO\n`, { ...base, outcome: "kill" }).ok).toBe(false);
  });

  it("moves a stage kept in the front matter to decided, whatever its form, and leaves other keys alone", () => {
    const body = strong.replace(/^---[\s\S]*?\n---\n/, "");
    for (const [front, expected] of [
      ["stage: draft\nowner: Ana", "stage: decided\nowner: Ana"],
      ["status: 'in review'  # set by hand\n", "status: decided  # set by hand\n"],
      ["owner: Ana\nstage:\n", "owner: Ana\nstage: decided\n"],
    ]) {
      const source = `---\n${front}${front.endsWith("\n") ? "" : "\n"}---\n${body}`;
      const result = ok(recordDecision(source, { ...base, outcome: "kill" }));
      expect(result.text).toContain(expected);
      const doc = parseDocument(result.text);
      expect(doc.frontMatter?.data.stage ?? doc.frontMatter?.data.status).toBe("decided");
      expect(doc.frontMatter?.data.decision).toMatchObject({ outcome: "kill" });
    }
    const both = ok(recordDecision(strong, { ...base, outcome: "kill" }));
    expect(both.text).toMatch(/^status: decided$/m);
    expect(both.text).toMatch(/^stage: decided$/m);
    const none = ok(recordDecision(body, { ...base, outcome: "revise" }));
    expect(none.text).not.toMatch(/^(stage|status):/m);
  });

  it("refuses an empty reason and a malformed date", () => {
    expect(recordDecision(strong, { ...base, outcome: "kill", reason: "  " })).toMatchObject({ ok: false, problem: "no-reason" });
    expect(recordDecision(strong, { ...base, outcome: "kill", date: "10/12/2027" })).toMatchObject({ ok: false, problem: "bad-date" });
  });

  it("refuses to write into front matter that isn't valid YAML", () => {
    const broken = strong.replace("owner: Priya Raman", "owner: [Priya");
    expect(recordDecision(broken, { ...base, outcome: "kill" })).toMatchObject({ ok: false, problem: "bad-front-matter" });
  });

  it("adds front matter to a document that has none, and keeps CRLF line endings and a byte-order mark", () => {
    const crlf = "\ufeff# Idea\r\n\r\nSome text.\r\n\r\n## Kill criteria\r\n\r\nWe stop if fewer than 30% reply within 6 weeks.\r\n";
    const result = ok(recordDecision(crlf, { ...base, outcome: "proceed" }));
    expect(result.text.startsWith("\ufeff---\r\ndecision:\r\n")).toBe(true);
    expect(result.text.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(result.text).toContain("\r\n## Decision\r\n\r\n**2027-12-10: proceed.**");
    expect(parseDocument(result.text).decision?.outcome).toBe("proceed");
  });

  it("leaves every other byte alone for any document around the kill criteria", () => {
    const line = fc.stringMatching(/^[A-Za-z0-9 ,.;:'"()%*_-]{0,40}$/);
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.array(line, { maxLength: 5 }), fc.constantFrom("\n", "\r\n"), (before, after, nl) => {
        const text = ["# Idea", "", ...before, "", "## Kill criteria", "", "We stop if fewer than 30% of owners reply after 8 weeks.", "", ...after].join(nl);
        const result = recordDecision(text, { ...base, outcome: "kill" });
        if (!result.ok) return;
        expect(applyEdits(parseDocument(text).text, result.edits)).toBe(result.text);
        const kept = untouched(parseDocument(text).text, result.edits);
        let cursor = 0;
        for (const piece of kept) {
          const at = result.text.indexOf(piece, cursor);
          expect(at).toBeGreaterThanOrEqual(0);
          cursor = at + piece.length;
        }
      }),
      { numRuns: 150 },
    );
  });
});
