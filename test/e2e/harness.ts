/**
 * What the end-to-end tests share: a real workspace server (in this process,
 * on a free port, with a fresh SQLite database) serving the built web app, and
 * Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startServer, type RunningServer } from "../../src/server";

export const repoRoot = join(import.meta.dirname, "..", "..");
// PRFAQ_E2E_WEB_ROOT: a private build, when other work in the same checkout may rebuild dist/web mid-run.
export const webRoot = process.env.PRFAQ_E2E_WEB_ROOT ?? join(repoRoot, "dist", "web");
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const canRun = existsSync(chromiumPath) && existsSync(join(webRoot, "index.html"));

if (!canRun) {
  console.warn(
    `e2e: skipped — ${existsSync(chromiumPath) ? "dist/web is not built (npm run build:web)" : `no Chromium at ${chromiumPath} (apt-get install -y chromium)`}`,
  );
}

export interface TestWorkspace {
  server: RunningServer;
  url: string;
  signInUrl: string;
  close(): Promise<void>;
}

export async function startWorkspace(options: { seedExamples?: boolean } = {}): Promise<TestWorkspace> {
  const dataDir = mkdtempSync(join(tmpdir(), "prfaq-e2e-"));
  const server = await startServer({ host: "127.0.0.1", port: 0, dataDir, webRoot, seedExamples: options.seedExamples ?? false });
  if (!server.signInUrl) throw new Error("the local server printed no sign-in link");
  return {
    server,
    url: server.url,
    signInUrl: server.signInUrl,
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

export interface Watched {
  context: BrowserContext;
  /** Console errors, page errors and CSP refusals, so a test can insist there were none. */
  problems: string[];
  /** Requests to any host but the workspace's own. */
  foreignRequests: string[];
}

export async function newWatchedContext(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 860 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, permissions: ["clipboard-read", "clipboard-write"] });
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  context.on("page", (page) => watchPage(page, problems));
  context.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreignRequests.push(url);
  });
  return { context, problems, foreignRequests };
}

function watchPage(page: Page, problems: string[]) {
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("console", (message) => {
    // 409s and 401s are part of the flows under test; the browser logs every failed request.
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
}

/**
 * Opens a one-time sign-in link and waits for the signed-in app. The local
 * owner is asked for a display name at the first sign-in; unless a test is
 * about that question, the suggested name is kept so the test starts where it means to.
 */
export async function signIn(context: BrowserContext, link: string, options: { keepNamePrompt?: boolean } = {}): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  if (!options.keepNamePrompt) {
    const { user } = await apiFromPage<{ user: { name: string; needsName?: boolean } }>(page, "GET", "/api/session");
    if (user.needsName) {
      await apiFromPage(page, "PATCH", "/api/account", { name: user.name });
      await page.reload();
      await page.getByRole("navigation", { name: "Main" }).waitFor();
    }
  }
  return page;
}

/** Calls the workspace API from inside a signed-in page (so the session and CSRF token are the page's). */
export async function apiFromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = await (await fetch("/api/session")).json();
      const response = await fetch(path, {
        method,
        headers: { "Content-Type": "application/json", "X-CSRF-Token": session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
    { method, path, body },
  ) as Promise<T>;
}

export const screenshotDir = join(repoRoot, "test-results", "e2e");
