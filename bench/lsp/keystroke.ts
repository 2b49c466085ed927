/**
 * What a keystroke costs the language server in a 3,000-word PR/FAQ.
 *
 *   npm run bench:lsp                # in-process, then over stdio (needs `npm run build`)
 *   npm run bench:lsp -- --no-stdio  # in-process only
 *
 * In-process: the exact work the server does on a change (apply the
 * incremental edit, check the text with the document's critic, turn the
 * findings into diagnostics), timed per keystroke while typing a sentence at
 * three places. Over stdio: the time from sending didChange to receiving the
 * diagnostics for that version from `prfaq lsp`, with no debounce.
 * Results go to bench/results/lsp.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { countWords, createCritic, rules } from "../../src/core";
import { checkText } from "../../src/lsp/check";
import { findRuleDocsFolder, RuleDocs } from "../../src/lsp/rule-docs";
import { LspClient, ROOT } from "../../test/lsp/lsp-client";
import { benchmarkDocument } from "./fixture";

const SENTENCE = " We will measure it again in June.";
const ROUNDS = 3;
const BUDGET_MS = 5;
const BENCH_URI = "file:///bench.prfaq.md";

interface Place {
  name: string;
  /** Where typing starts: just after this text. */
  after: (text: string) => number;
}

const places: Place[] = [
  { name: "press release", after: (t) => t.indexOf("late-filing penalty in 2027.") + "late-filing penalty in 2027.".length },
  { name: "internal FAQ (middle)", after: (t) => nthIndex(t, "we will find out from the March and June closes", 3) },
  { name: "kill criteria (end)", after: (t) => t.trimEnd().length },
];

function nthIndex(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`the fixture no longer contains "${needle}" ${n} times`);
  return at + needle.length;
}

function stats(samples: number[]): { n: number; median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: sorted.length, median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]) };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** CPU time of this process in milliseconds: unlike wall time, it doesn't grow when other processes take the cores. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function inProcess(text: string, docs: RuleDocs): Record<string, ReturnType<typeof stats>> {
  const results: Record<string, ReturnType<typeof stats>> = {};
  const all: number[] = [];
  const allCpu: number[] = [];
  const uncachedCritic = createCritic({ rules, cacheChunks: false });
  const uncached: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    checkText(uncachedCritic, i % 2 ? text : `${text} `, docs, BENCH_URI);
    uncached.push(performance.now() - started);
  }
  results["full check, no chunk cache"] = stats(uncached);
  for (const place of places) {
    const samples: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const critic = createCritic({ rules });
      let doc = TextDocument.create(BENCH_URI, "markdown", 1, text);
      checkText(critic, doc.getText(), docs, doc.uri);
      let offset = place.after(text);
      for (const ch of SENTENCE) {
        const started = performance.now();
        const startedCpu = cpuMs();
        const at = doc.positionAt(offset);
        doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text: ch }], doc.version + 1);
        checkText(critic, doc.getText(), docs, doc.uri);
        samples.push(performance.now() - started);
        cpu.push(cpuMs() - startedCpu);
        offset++;
      }
    }
    results[`keystroke in ${place.name}`] = stats(samples);
    all.push(...samples);
    allCpu.push(...cpu);
  }
  results["keystroke, all places"] = stats(all);
  results["keystroke, all places (CPU time)"] = stats(allCpu);
  return results;
}

async function overStdio(text: string): Promise<Record<string, ReturnType<typeof stats>>> {
  const client = LspClient.start(ROOT);
  try {
    await client.initialize({ debounceMs: 0 });
    const uri = pathToFileURL(join(ROOT, "bench", "lsp", "bench.prfaq.md")).href;
    let started = performance.now();
    await client.open(uri, text, 1);
    await client.diagnosticsForVersion(uri, 1);
    const open = performance.now() - started;
    let version = 1;
    let doc = TextDocument.create(uri, "markdown", 1, text);
    const samples: number[] = [];
    for (const place of places) {
      let offset = place.after(doc.getText());
      for (const ch of SENTENCE) {
        const at = doc.positionAt(offset);
        const change = { range: { start: at, end: at }, text: ch };
        doc = TextDocument.update(doc, [change], ++version);
        started = performance.now();
        await client.change(uri, version, [change]);
        await client.diagnosticsForVersion(uri, version);
        samples.push(performance.now() - started);
        offset++;
      }
    }
    await client.shutdown();
    return { "didOpen to diagnostics": stats([open]), "didChange to diagnostics": stats(samples) };
  } catch (err) {
    client.kill();
    throw err;
  }
}

function print(title: string, results: Record<string, ReturnType<typeof stats>>): void {
  console.log(`\n${title}`);
  for (const [name, s] of Object.entries(results)) {
    console.log(`  ${name.padEnd(34)} median ${s.median.toFixed(2).padStart(7)} ms   p95 ${s.p95.toFixed(2).padStart(7)} ms   max ${s.max.toFixed(2).padStart(7)} ms   (n=${s.n})`);
  }
}

const text = benchmarkDocument(3000);
const [load] = loadavg();
const docs = new RuleDocs(findRuleDocsFolder());
console.log(`machine: ${cpus().length} cores, load average ${load.toFixed(2)} (timings grow with load; CPU time grows less)`);
console.log(`document: ${countWords(text)} words, ${text.length} characters; typing "${SENTENCE.trim()}" one character at a time, ${ROUNDS} rounds`);
const local = inProcess(text, docs);
print("in-process (the server's work per change)", local);
const keystroke = local["keystroke, all places"];
const full = local["full check, no chunk cache"];
console.log(`  budget ${BUDGET_MS} ms per keystroke: median ${keystroke.median <= BUDGET_MS ? "within" : "OVER"}, p95 ${keystroke.p95 <= BUDGET_MS ? "within" : "OVER"}; the chunk cache makes a keystroke ${(full.median / keystroke.median).toFixed(1)}x cheaper than a full check`);

let remote: Record<string, ReturnType<typeof stats>> | null = null;
if (!process.argv.includes("--no-stdio")) {
  remote = await overStdio(text);
  print("over stdio (prfaq lsp, debounce 0, JSON-RPC both ways)", remote);
}

const out = join(ROOT, "bench", "results");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "lsp.json"), JSON.stringify({ date: new Date().toISOString(), loadAverage: load, words: countWords(text), inProcess: local, stdio: remote }, null, 2) + "\n");
console.log(`\nwritten to bench/results/lsp.json`);
