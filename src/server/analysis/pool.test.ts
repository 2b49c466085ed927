import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { processPoolAnalyzer, type PoolOptions, type RevisionAnalyzer } from "./pool";
import { UNREVIEWED_RULE_ID } from "./revision-content";

/**
 * A stand-in for the critic's worker that does what a hostile document makes
 * the real one do, on command: spin for a while, die of a fatal error, or
 * exhaust its heap. The pool around it is the real one.
 */
const WORKER = `
process.on("message", (request) => {
  const [command, argument] = request.text.split(":");
  if (command === "spin") { const until = Date.now() + parseInt(argument, 10); while (Date.now() < until); }
  if (command === "abort") process.abort();
  if (command === "exhaust") { const kept = []; for (;;) kept.push(new Array(1e6).fill(kept.length)); }
  if (request.kind === "html") { process.send({ id: request.id, html: "<p>" + request.text + "</p>" }); return; }
  process.send({ id: request.id, content: { title: request.text, findings: "[]", verdict: "{}", readiness: "ready", errors: 0, warnings: 0, infos: 0, killCriteria: "[]", html: "" } });
});
process.send({ ready: true });
`;

const folder = mkdtempSync(join(tmpdir(), "prfaq-pool-"));
const script = join(folder, "worker.mjs");
writeFileSync(script, WORKER);

let pool: RevisionAnalyzer | null = null;
const open = (options: Partial<PoolOptions> = {}) => {
  pool = processPoolAnalyzer({ script, execArgv: [] }, { size: 2, maxSize: 2, budgetMs: 3000, heapMb: 64, ...options });
  return pool;
};

afterEach(async () => {
  await pool?.close();
  pool = null;
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const findingsOf = (content: { findings: string }) => JSON.parse(content.findings) as { ruleId: string; message: string }[];

describe("the analysis process pool", () => {
  it("contains a worker's fatal error to the document that caused it, and answers the next one", async () => {
    const analyzer = open();
    const crashed = await analyzer.analyze("abort:");
    expect(crashed.text).toBe("abort:");
    expect(findingsOf(crashed)).toEqual([expect.objectContaining({ ruleId: UNREVIEWED_RULE_ID, message: expect.stringContaining("crashed") })]);
    expect(crashed.readiness).toBe("not-ready");
    const after = await analyzer.analyze("fine");
    expect(after.title).toBe("fine");
  });

  it("contains a worker that runs out of heap", async () => {
    const analyzer = open();
    const exhausted = await analyzer.analyze("exhaust:");
    expect(findingsOf(exhausted)[0].ruleId).toBe(UNREVIEWED_RULE_ID);
    expect((await analyzer.analyze("fine")).title).toBe("fine");
  });

  it("kills a worker past the budget, keeps the text, says the critique timed out, and carries on", async () => {
    const analyzer = open({ budgetMs: 500 });
    const slow = await analyzer.analyze("spin:60000\n# A title");
    expect(slow.text).toBe("spin:60000\n# A title");
    expect(slow.title).toBe("A title");
    expect(findingsOf(slow)[0].message).toContain("timed out");
    expect(slow.html).toContain("spin:60000");
    expect((await analyzer.analyze("fine")).title).toBe("fine");
  });

  it("renders a comment as escaped text when the renderer runs out of time", async () => {
    const analyzer = open({ budgetMs: 500 });
    expect(await analyzer.renderHtml("spin:60000 <b>bold</b>")).toBe("<p>spin:60000 &lt;b&gt;bold&lt;/b&gt;</p>");
    expect(await analyzer.renderHtml("quick")).toBe("<p>quick</p>");
  });

  it("gives the next free worker to whoever has the fewest documents being analysed", async () => {
    const analyzer = open({ size: 2, maxSize: 2 });
    await Promise.all([analyzer.analyze("warm"), analyzer.analyze("warm")]);
    const finished: string[] = [];
    const track = (owner: string, text: string) => analyzer.analyze(text, owner).then(() => finished.push(`${owner} ${text}`));
    const busy = [1, 2, 3, 4].map((n) => track("busy", `spin:600:${n}`));
    const other = track("other", "quick");
    await Promise.all([...busy, other]);
    // The busy person's first two took both workers. First come, first served, the other person's
    // document would wait for the third or fourth to finish; it went before both.
    expect(finished.indexOf("other quick")).toBeLessThan(finished.indexOf("busy spin:600:3"));
    expect(finished.indexOf("other quick")).toBeLessThan(finished.indexOf("busy spin:600:4"));
  });

  it("starts an extra worker while every one is busy, so a short document doesn't wait for a long one", async () => {
    const analyzer = open({ size: 1, maxSize: 2, budgetMs: 60_000 });
    await analyzer.analyze("warm");
    let longDone = false;
    // Closing the pool ends the long one unfinished.
    void analyzer.analyze("spin:30000", "one").then(() => (longDone = true), () => undefined);
    const short = await analyzer.analyze("quick", "another");
    expect(short.title).toBe("quick");
    expect(longDone).toBe(false);
  });

  it("refuses work once closed", async () => {
    const analyzer = open();
    await analyzer.close();
    await expect(analyzer.analyze("late")).rejects.toThrow("closed");
  });
});
