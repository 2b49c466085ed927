#!/usr/bin/env node
// Installs prfaq the way a user outside this repository would: `npm pack`, then
// `npm install -g` of the tarball into a fresh prefix, then runs the installed
// command from a folder that is not the checkout. Run after `npm run build`.
//
// The native SQLite binding is the one step that is not taken from the
// registry: better-sqlite3 downloads a prebuilt binary from GitHub (or compiles
// for minutes), so with --ignore-scripts the binding that `npm ci` already
// built for this machine is copied in. Pass --with-scripts to run them instead.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clearTimeout, setTimeout } from "node:timers";

const root = new URL("..", import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const withScripts = process.argv.includes("--with-scripts");
const scratch = mkdtempSync(join(tmpdir(), "prfaq-pack-"));
const prefix = join(scratch, "prefix");
const work = join(scratch, "work");
const binary = join(prefix, "bin", "prfaq");

function fail(message) {
  process.stderr.write(`pack-check: ${message}\n`);
  process.exitCode = 1;
  throw new Error(message);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20, ...options });
  if (result.error) fail(`${command} ${args.join(" ")}: ${result.error.message}`);
  return { code: result.status ?? -1, stdout: result.stdout ?? "", stderr: result.stderr ?? "" };
}

function step(label, action) {
  const started = Date.now();
  const detail = action();
  process.stdout.write(`pack-check: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ""}\n`);
}

function packTarball() {
  const packed = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", scratch], { cwd: root });
  if (packed.code !== 0) fail(`npm pack failed:\n${packed.stderr}`);
  const [{ filename, size }] = JSON.parse(packed.stdout);
  return { tarball: join(scratch, filename), size };
}

function installGlobally(tarball) {
  const args = ["install", "-g", tarball, "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund"];
  if (!withScripts) args.push("--ignore-scripts");
  const installed = run("npm", args, { cwd: scratch });
  if (installed.code !== 0) fail(`npm install -g failed:\n${installed.stderr}`);
  if (!withScripts) copySqliteBinding();
}

function copySqliteBinding() {
  const installedModule = join(prefix, "lib", "node_modules", "prfaq", "node_modules", "better-sqlite3");
  const localModule = join(root, "node_modules", "better-sqlite3");
  const versionOf = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
  if (versionOf(installedModule) !== versionOf(localModule)) {
    fail(`the tarball installed better-sqlite3 ${versionOf(installedModule)} but this checkout built ${versionOf(localModule)}; run with --with-scripts`);
  }
  cpSync(join(localModule, "build"), join(installedModule, "build"), { recursive: true });
}

function checkVersion() {
  const result = run(binary, ["--version"], { cwd: work });
  if (result.stdout.trim() !== manifest.version) fail(`prfaq --version printed "${result.stdout.trim()}", package.json says ${manifest.version}`);
  return result.stdout.trim();
}

function checkDocument() {
  const example = join(prefix, "lib", "node_modules", "prfaq", "examples", "weak-ai-assistant.md");
  cpSync(example, join(work, "idea.md"));
  const result = run(binary, ["check", "--format", "json", "idea.md"], { cwd: work });
  if (result.code !== 1) fail(`prfaq check exited ${result.code} on a weak example (expected 1):\n${result.stderr}`);
  const report = JSON.parse(result.stdout);
  if (!(report.files[0]?.findings.length > 0)) fail("prfaq check found nothing in a weak example");
  const exported = run(binary, ["export", "idea.md", "--to", "html"], { cwd: work });
  if (exported.code !== 0 || !existsSync(join(work, "idea.html"))) fail(`prfaq export --to html failed:\n${exported.stderr}`);
  return `${report.files[0].findings.length} findings, exported idea.html`;
}

/** Starts `prfaq serve` on a free port and asks its health route, then the web app's page. */
async function checkServe() {
  const server = spawn(binary, ["serve", "--port", "0", "--data", join(work, ".prfaq")], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address within 30 s:\n${output}`)), 30_000);
      server.on("exit", (code) => reject(new Error(`prfaq serve exited ${code}:\n${output}`)));
      server.stdout.on("data", () => {
        const match = /running at (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const health = await (await globalThis.fetch(`${url}/api/health`)).json();
    if (health.status !== "ok" || health.version !== manifest.version) fail(`unexpected health answer ${JSON.stringify(health)}`);
    const page = await globalThis.fetch(url);
    if (!page.ok || !(await page.text()).includes("<script")) fail(`the web app did not load from ${url} (HTTP ${page.status})`);
    return `${url} answered ${JSON.stringify(health)}`;
  } finally {
    server.kill("SIGTERM");
  }
}

/** Sends `initialize` to `prfaq lsp --stdio` and reads the answer's serverInfo. */
async function checkLanguageServer() {
  const server = spawn(binary, ["lsp", "--stdio"], { cwd: work, stdio: ["pipe", "pipe", "pipe"] });
  const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  let received = "";
  try {
    const answer = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no initialize answer within 20 s: ${received}`)), 20_000);
      server.stdout.on("data", (chunk) => {
        received += chunk;
        const start = received.indexOf("\r\n\r\n");
        const length = Number(/Content-Length: (\d+)/.exec(received)?.[1]);
        if (start >= 0 && Buffer.byteLength(received.slice(start + 4)) >= length) {
          clearTimeout(timer);
          resolve(JSON.parse(received.slice(start + 4)));
        }
      });
    });
    const info = answer.result?.serverInfo;
    if (info?.name !== "prfaq" || info.version !== manifest.version) fail(`prfaq lsp answered ${JSON.stringify(info)}`);
    return `serverInfo ${JSON.stringify(info)}`;
  } finally {
    server.kill("SIGTERM");
  }
}

/** Runs the Neovim setup's headless script with the installed prfaq on the PATH, when Neovim is installed. */
function checkNeovim() {
  const version = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  if (version.status !== 0) return "skipped: nvim is not installed";
  const folder = join(scratch, "neovim");
  const weak = join(root, "examples", "weak-ai-assistant.md");
  mkdirSync(join(folder, "team", "proposals"), { recursive: true });
  for (const name of ["idea.prfaq.md", "second.prfaq.md", "notes.md", "team/proposals/plan.md"]) cpSync(weak, join(folder, name));
  writeFileSync(join(folder, "team", ".prfaq.yml"), "files:\n  - proposals/*.md\n");
  const result = run("nvim", ["--headless", "-u", "NONE", "--cmd", "set rtp+=editors/neovim", "-c", "luafile editors/neovim/test/headless.lua"], {
    cwd: root,
    timeout: 120_000,
    env: { ...process.env, PRFAQ_WORK: folder, PATH: `${join(prefix, "bin")}:${process.env.PATH}` },
  });
  if (result.code !== 0) fail(`the Neovim setup failed against the installed prfaq:\n${result.stdout}${result.stderr}`);
  return version.stdout.split("\n")[0];
}

async function timed(label, action) {
  const started = Date.now();
  const detail = await action();
  process.stdout.write(`pack-check: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s): ${detail}\n`);
}

try {
  mkdirSync(work);
  let packed;
  step("npm pack", () => {
    packed = packTarball();
    return `${packed.tarball} (${(packed.size / 1e6).toFixed(1)} MB)`;
  });
  step(`npm install -g into ${prefix}`, () => installGlobally(packed.tarball));
  step("prfaq --version", checkVersion);
  step("prfaq check and export", checkDocument);
  await timed("prfaq serve", checkServe);
  await timed("prfaq lsp", checkLanguageServer);
  step("Neovim setup, headless", checkNeovim);
  process.stdout.write("pack-check: the packed tarball installs and runs\n");
} catch (err) {
  if (!process.exitCode) process.stderr.write(`pack-check: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
