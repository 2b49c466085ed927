/**
 * PDF through headless Chromium, printing the same HTML the HTML export
 * writes, so the PDF and the page a reviewer opens look alike.
 */
import { existsSync } from "node:fs";
import { UserError } from "../errors";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): string | null {
  const configured = process.env.PRFAQ_CHROMIUM;
  if (configured) return existsSync(configured) ? configured : null;
  return CANDIDATES.find((c) => existsSync(c)) ?? null;
}

export async function exportPdf(html: string): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) {
    const where = process.env.PRFAQ_CHROMIUM ? `PRFAQ_CHROMIUM points at ${process.env.PRFAQ_CHROMIUM}, which does not exist` : "no Chromium was found at /usr/bin/chromium";
    throw new UserError(
      `PDF export needs Chromium, and ${where}; install it (Debian: apt-get install chromium) or set PRFAQ_CHROMIUM to its path, or export --to html and print that page to PDF from a browser`,
    );
  }
  let chromium: typeof import("playwright-core").chromium;
  try {
    ({ chromium } = await import("playwright-core"));
  } catch {
    throw new UserError("PDF export needs the playwright-core package, which is not installed; run npm install, or export --to html");
  }
  // No background networking: the page needs nothing from outside, and a closed network makes Chromium's own requests hang.
  const args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"];
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args, timeout: 60_000 });
  } catch (err) {
    throw new UserError(`Chromium at ${executablePath} did not start (${(err as Error).message.split("\n")[0]}); export --to html and print that page instead`);
  }
  try {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
