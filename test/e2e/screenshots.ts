/**
 * Screenshots of the main screens for the README and for looking at:
 * `npx tsx test/e2e/screenshots.ts [out-dir]` (default docs/screenshots).
 * Builds nothing itself: run `npm run build:web` first.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, repoRoot, signIn, startWorkspace } from "./harness";

const out = process.argv[2] ?? join(repoRoot, "docs", "screenshots");

const ideas = [
  `# Ledgerline Lets Bookkeepers at Small Dental Practices Close the Month in One Afternoon\n\n## Practice managers reconcile card takings against the bank without a spreadsheet\n\nLEEDS, England — March 3, 2027 — Ledgerline today opened to the 40 dental practices in its pilot.\n\nAmira Khan keeps the books for a three-chair practice in Headingley. Closing the month takes her two days.\n\n## Kill criteria\n\n- If fewer than 10 of the 40 practices close a month with it by June 2027, we stop.\n`,
  `# Shelfwise Tells Village Shop Owners What Sold Out Before the Weekend\n\n## Owners of one-till shops reorder on Thursday instead of finding gaps on Saturday\n\nYORK, England — May 5, 2027 — Shelfwise today launched for independent village shops.\n\nOur customers are retailers of all sizes.\n`,
  `# Routecard Gives Home Care Workers Their Visits in Travel Order\n\n## Carers in rural Powys stop zig-zagging between visits\n\nNEWTOWN, Wales — April 14, 2027 — Powys Care today started Routecard for its 120 home care workers.\n\nGareth Morgan drives 140 miles a week between twelve clients. A third of that is backtracking.\n\n## Kill criteria\n\n- If weekly mileage per carer hasn't fallen by 15% after eight weeks, we stop.\n`,
];

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`wrote ${join(out, `${name}.png`)}`);
}

if (!canRun) process.exit(1);
mkdirSync(out, { recursive: true });
const workspace = await startWorkspace({ seedExamples: true });
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await signIn(context, workspace.signInUrl);
  const session = await apiFromPage<{ workspaces: { id: string }[] }>(page, "GET", "/api/session");
  const ws = session.workspaces[0].id;
  const create = async (text: string) => (await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${ws}/documents`, { text })).document.id;
  const ids = [];
  for (const text of ideas) ids.push(await create(text));
  const tidewater = await create(draft.replace("for its 140 visitor moorings.", "for its 140 visitor moorings. It is built for businesses of all sizes."));
  await apiFromPage(page, "POST", `/api/documents/${ids[0]}/decisions`, { outcome: "kill", reason: "Six of forty practices closed a month with it; the criterion was ten.", killCriteria: [0] });
  await apiFromPage(page, "POST", `/api/documents/${ids[2]}/decisions`, { outcome: "proceed", reason: "Mileage fell 22% in the pilot.", killCriteria: [0], overruleReason: "The open points are wording, not substance." });

  // An invited person is a member once they open their link, so each reviewer signs in before the review names them.
  const reviewers: { name: string; page: Page; context: BrowserContext; id: string }[] = [];
  for (const [name, email] of [["Sam Okafor", "sam@example.com"], ["Lena Brandt", "lena@example.com"]]) {
    const added = await apiFromPage<{ signInUrl: string }>(page, "POST", `/api/workspaces/${ws}/members`, { email, name, role: "reviewer" });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const signedIn = await signIn(context, added.signInUrl);
    const session = await apiFromPage<{ user: { id: string } }>(signedIn, "GET", "/api/session");
    reviewers.push({ name, page: signedIn, context, id: session.user.id });
  }
  await apiFromPage(page, "POST", `/api/documents/${tidewater}/reviews`, { reviewers: reviewers.map((r) => r.id) });
  const body = await apiFromPage<{ revision: { number: number; text: string } }>(page, "GET", `/api/documents/${tidewater}`);
  const anchor = (phrase: string) => {
    const start = body.revision.text.indexOf(phrase);
    return { start, end: start + phrase.length };
  };
  for (const [i, r] of reviewers.entries()) {
    const rc = r.context;
    const rp = r.page;
    const [phrase, text] =
      i === 0
        ? ["18% of visiting yachts arrived to find no berth ready", "Out of how many arrivals? 18% of 40 is a different problem from 18% of 4,000."]
        : ["tide limits on the inner pontoons", "How many bookings a week would staff move by hand?"];
    await apiFromPage(rp, "POST", `/api/documents/${tidewater}/comments`, { revision: body.revision.number, anchor: anchor(phrase), body: text });
    const reviews = await apiFromPage<{ reviews: { id: string }[] }>(rp, "GET", `/api/documents/${tidewater}/reviews`);
    await apiFromPage(rp, "POST", `/api/reviews/${reviews.reviews[0].id}/read`);
    await apiFromPage(rp, "PUT", `/api/reviews/${reviews.reviews[0].id}/verdict`, { verdict: i === 0 ? "revise" : "proceed", note: i === 0 ? "The problem needs its denominator." : undefined });
    if (i === 1) {
      await rp.goto(`${workspace.url}/d/${tidewater}/review`);
      await rp.locator(".thread").nth(1).waitFor();
      await rp.locator("mark.comment-anchor").first().scrollIntoViewIfNeeded();
      await rp.evaluate(() => window.scrollTo(0, 180));
      await shoot(rp, "review");
    }
    await rc.close();
  }

  await page.goto(workspace.url);
  await page.locator(".portfolio-table").waitFor();
  await shoot(page, "portfolio");

  await page.goto(`${workspace.url}/d/${tidewater}`);
  await page.locator(".cm-lintRange").first().waitFor();
  const vague = page.locator(".cm-lintRange", { hasText: "businesses of all sizes" }).first();
  await vague.waitFor();
  await vague.hover();
  await page.locator(".cm-tooltip-hover").waitFor();
  await shoot(page, "editor");

  // A second revision with the customer named, for the history diff.
  await apiFromPage(page, "POST", `/api/documents/${tidewater}/revisions`, {
    baseRevision: body.revision.number,
    text: body.revision.text.replace(" It is built for businesses of all sizes.", " Kerenza Pascoe's team at the visitor pontoons runs it."),
  });
  await page.goto(`${workspace.url}/d/${tidewater}/history`);
  await page.locator(".cm-mergeView").waitFor();
  await shoot(page, "history");

  await page.goto(`${workspace.url}/d/${ids[0]}/decide`);
  await page.locator(".decisions .decision").waitFor();
  await shoot(page, "decide");
} finally {
  await browser.close();
  await workspace.close();
}
