/**
 * Random and adversarial documents through the server's critique path, with
 * a fixed seed and a bounded count, while a second client keeps asking
 * /api/health: the server must stay up, answer it within 200 ms throughout,
 * and store every document it acknowledged exactly as sent. The critique
 * path is the same on both databases, so this runs on SQLite only and the
 * time goes to more documents instead.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { expectPrompt } from "./latency";
import { Client, createTestDatabase, localWorkspace, SAMPLE, startOn, type TestDatabase, type Workspace } from "./helpers";

const SEED = 20261207;
const DOCUMENTS = 16;
const BUDGET_MS = 1000;
const MAX_CHARS = 60_000;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Generator = (rand: () => number) => string;

const pick = <T,>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const size = (rand: () => number, min: number, max: number) => Math.floor(min + rand() * (max - min));

const MARKDOWN_PIECES = ["#", "##", "- ", "1. ", "> ", "*", "**", "_", "~~", "`", "```", "[", "]", "(", ")", "|", "---", "\n", "\n\n", " ", "\t", "<!--", "-->", "<b>", "&amp;", "\\", "^[", "[^1]", ":", "Dr. ", "We ", "QBR", "e.g. ", "?", "!", "\u00e9", "\u{1F600}"];

/** Each family is a way real attacks and accidents have taken parsers down: nesting, repetition, size. */
const FAMILIES: Record<string, Generator> = {
  "nested list": (r) => Array.from({ length: size(r, 200, 3000) }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n"),
  "nested quote": (r) => `${">".repeat(size(r, 1000, 10_000))} deep`,
  "nested emphasis": (r) => `${pick(r, ["*", "_", "**", "~~"]).repeat(size(r, 5000, 20_000))}a`,
  "list markers": (r) => pick(r, ["1. ", "- ", "* ", "1) "]).repeat(size(r, 3000, 15_000)),
  "one character": (r) => pick(r, ["a", " ", "\n", "#", "*", "[", "`", "|", "-", "<", "!"]).repeat(size(r, 10_000, MAX_CHARS)),
  "huge line": (r) => `# Title\n\n${Array.from({ length: size(r, 5000, 30_000) }, () => pick(r, ["word", "Customer", "QBR", "40%", "faster", "we"])).join(" ")}\n`,
  "front matter bomb": (r) => `---\na: ${pick(r, ["[", "{", "- ", "&a [*a, "]).repeat(size(r, 5000, 20_000))}\n---\n# After\n`,
  "front matter aliases": (r) => `---\n${Array.from({ length: size(r, 5, 12) }, (_, i) => `a${i}: &a${i} [${Array(9).fill(i ? `*a${i - 1}` : "x").join(", ")}]`).join("\n")}\n---\n# Aliases\n`,
  "footnotes": (r) => `${"[^a]".repeat(size(r, 2000, 10_000))}\n\n[^a]: note\n`,
  "table": (r) => `${"|a".repeat(size(r, 100, 2000))}|\n${"|-".repeat(size(r, 100, 2000))}|\n${"|x".repeat(size(r, 1000, 10_000))}|\n`,
  "random markdown": (r) => Array.from({ length: size(r, 500, 10_000) }, () => pick(r, MARKDOWN_PIECES)).join(""),
  "mutated sample": (r) => {
    const chars = [...SAMPLE.repeat(size(r, 1, 20))];
    for (let i = 0; i < chars.length / 20; i++) chars[size(r, 0, chars.length)] = pick(r, MARKDOWN_PIECES);
    return chars.join("");
  },
};

function documentsFor(seed: number, count: number): { family: string; text: string }[] {
  const rand = random(seed);
  const names = Object.keys(FAMILIES);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length];
    return { family, text: FAMILIES[family](rand).slice(0, MAX_CHARS) };
  });
}

describe("the critique path under fuzzed documents", () => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;

  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    server = await startOn(db, { seedExamples: false, limits: { critiqueMs: BUDGET_MS } });
    ws = await localWorkspace(server);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it("generates the same documents from the same seed", () => {
    expect(documentsFor(SEED, 12)).toEqual(documentsFor(SEED, 12));
    expect(documentsFor(SEED, 12)).not.toEqual(documentsFor(SEED + 1, 12));
  });

  it(`stores ${DOCUMENTS} of them as sent while /api/health answers within 200 ms`, { timeout: 120_000 }, async () => {
    const documents = documentsFor(SEED, DOCUMENTS);
    const watcher = new Client(server.url);
    const latencies: number[] = [];
    let failures = 0;
    let running = true;
    const watching = (async () => {
      while (running) {
        const started = performance.now();
        const reply = await watcher.get("/api/health").catch(() => null);
        latencies.push(performance.now() - started);
        if (reply?.status !== 200) failures++;
        await new Promise((r) => setTimeout(r, 25));
      }
    })();

    // Two writers at once, each on a document of its own, as two people would: the pool is kept busy and its replacements are exercised.
    const stored: { family: string; doc: string; number: number; text: string }[] = [];
    const writer = async (mine: { family: string; text: string }[]) => {
      const created = await ws.owner.client.post<{ document: { id: string } }>(`/api/workspaces/${ws.workspaceId}/documents`, { text: SAMPLE });
      const doc = created.body.document.id;
      let head = 1;
      for (const { family, text } of mine) {
        const revision = await ws.owner.client.post<{ revision: { number: number } }>(`/api/documents/${doc}/revisions`, { baseRevision: head, text });
        expect(revision.status, family).toBe(201);
        head = revision.body.revision.number;
        stored.push({ family, doc, number: head, text });
      }
    };
    await Promise.all([writer(documents.filter((_, i) => i % 2 === 0)), writer(documents.filter((_, i) => i % 2 === 1))]);
    // Saves are acknowledged before their critiques; reading each revision waits for its critique, so health is watched until the critic is done.
    for (const { family, doc, number, text } of stored) {
      const revision = await ws.owner.client.get<{ revision: { text: string } }>(`/api/documents/${doc}/revisions/${number}`);
      expect(revision.body.revision.text, family).toBe(text);
    }
    running = false;
    await watching;

    expect(stored).toHaveLength(DOCUMENTS);
    expect(failures).toBe(0);
    expectPrompt(latencies, "/api/health during the fuzzed saves");
  });
});
