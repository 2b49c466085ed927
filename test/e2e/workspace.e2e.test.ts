/**
 * The path a team takes through the workspace, in Chromium: sign in, write
 * with the critic, review silently and then together, decide, read the
 * history, and survive an edit conflict without losing text.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCritic, interviewScript, rules } from "../../src/core";
import { draft } from "./fixtures";
import { expectAccessible } from "./axe";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, screenshotDir, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

const VAGUE = " It is built for businesses of all sizes.";
const VAGUE_QUESTION = "Name one representative customer";
/** The steps the web interview walks for a PR/FAQ, so the test follows the script as it changes. */
const interviewSteps = interviewScript("prfaq", createCritic({ rules }).lexicons.hardQuestions);

interface DocumentBody {
  document: { id: string; headRevision: number; stage: string; decision: string | null };
  revision: { number: number; text: string };
}

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll(".editor-column .cm-content .cm-line")].map((l) => l.textContent ?? "");
    return lines.join("\n");
  });
}

async function waitForSaved(page: Page): Promise<number> {
  const status = page.getByTestId("save-status");
  await expect.poll(async () => status.textContent(), { timeout: 15_000 }).toMatch(/^Saved as revision \d+$/);
  return Number((await status.textContent())!.match(/\d+/)![0]);
}

/**
 * Puts the cursor just after `marker` in the editor the way a click would:
 * through the DOM selection, which CodeMirror reads back.
 */
async function placeCursorAfter(page: Page, marker: string) {
  await page.locator(".editor-column .cm-content").focus();
  await page.evaluate((marker) => {
    for (const line of document.querySelectorAll(".editor-column .cm-line")) {
      const text = line.textContent ?? "";
      const at = text.indexOf(marker);
      if (at < 0) continue;
      let remaining = at + marker.length;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (remaining <= length) {
          window.getSelection()!.setBaseAndExtent(node, remaining, node, remaining);
          return;
        }
        remaining -= length;
      }
    }
    throw new Error(`marker not on screen in the editor: ${marker}`);
  }, marker);
  // CodeMirror picks DOM selection changes up on the next selectionchange event.
  await page.waitForTimeout(50);
}

/** Selects `phrase` in the reading view, as a reader dragging across it would. */
async function selectInReading(page: Page, phrase: string) {
  await page.evaluate((phrase) => {
    const spans = [...document.querySelectorAll(".reading [data-o]")];
    const span = spans.find((s) => (s.textContent ?? "").includes(phrase));
    if (!span?.firstChild) throw new Error(`phrase not on the page: ${phrase}`);
    const start = span.textContent!.indexOf(phrase);
    window.getSelection()!.setBaseAndExtent(span.firstChild, start, span.firstChild, start + phrase.length);
  }, phrase);
}

describe.skipIf(!canRun)("workspace in the browser", () => {
  /** The owner's one-time link is spent; a second browser profile signs in as a new editor instead. */
  async function freshOwnerLink(): Promise<string> {
    const { signInUrl } = await apiFromPage<{ signInUrl: string | null }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/members`, {
      email: `tabs-${Date.now()}@example.com`,
      name: "Tab Tester",
      role: "editor",
    });
    return signInUrl!;
  }

  let workspace: TestWorkspace;
  let browser: Browser;
  let owner: Watched;
  let ownerPage: Page;
  let docId = "";
  let workspaceId = "";
  const reviewerLinks: Record<string, string> = {};
  const reviewerPages: Record<string, Page> = {};
  const watched: Watched[] = [];

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    workspace = await startWorkspace();
    browser = await launchBrowser();
    owner = await newWatchedContext(browser, workspace.url);
    watched.push(owner);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  /** Signs the owner in with the one-time link, once, so a test picked alone with -t starts signed in too. */
  async function signInOwner(): Promise<Page> {
    ownerPage ??= await signIn(owner.context, workspace.signInUrl);
    return ownerPage;
  }

  it("signs in with the one-time link and creates a PR/FAQ from the template", async () => {
    await signInOwner();
    await expect.poll(() => ownerPage.url()).not.toContain("token=");
    await ownerPage.getByRole("heading", { name: "Portfolio" }).waitFor();
    await expectAccessible(ownerPage, "empty portfolio");

    await ownerPage.getByRole("link", { name: "Write the first PR/FAQ" }).click();
    await ownerPage.getByRole("button", { name: "Create and start writing" }).click();
    await ownerPage.waitForURL(/\/d\/doc_/);
    docId = decodeURIComponent(new URL(ownerPage.url()).pathname.split("/")[2]);
    workspaceId = (await apiFromPage<{ document: { workspaceId: string } }>(ownerPage, "GET", `/api/documents/${docId}`)).document.workspaceId;
    await ownerPage.locator(".editor-column .cm-content").waitFor();
    // The template is full of prompts, and the critic says so.
    await expect.poll(() => ownerPage.getByTestId("verdict").textContent()).toContain("not ready for review");
    expect(await ownerPage.locator(".critique-panel").textContent()).toContain("What is the real name, number or sentence that belongs here?");
    await expectAccessible(ownerPage, "editor with the template");
  });

  it("flags a vague customer while typing, asks its question on hover, and drops it once fixed", async () => {
    const editor = ownerPage.locator(".editor-column .cm-content");
    await editor.click();
    await ownerPage.keyboard.press("Control+a");
    await ownerPage.keyboard.insertText(draft);
    await waitForSaved(ownerPage);
    const panel = ownerPage.locator(".critique-panel");
    await expect.poll(() => panel.textContent()).not.toContain(VAGUE_QUESTION);

    await placeCursorAfter(ownerPage, "for its 140 visitor moorings.");
    await ownerPage.keyboard.type(VAGUE, { delay: 5 });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(VAGUE_QUESTION);
    const underline = ownerPage.locator(".cm-lintRange", { hasText: "businesses of all sizes" });
    await underline.first().waitFor();
    await underline.first().hover();
    const tooltip = ownerPage.locator(".cm-tooltip-hover .finding-card");
    await tooltip.waitFor({ timeout: 5_000 });
    expect(await tooltip.textContent()).toContain(VAGUE_QUESTION);
    await ownerPage.screenshot({ path: join(screenshotDir, "editor-finding.png") });

    // Fix it: name the customer instead.
    await placeCursorAfter(ownerPage, "businesses of all sizes.");
    for (let i = 0; i < "businesses of all sizes.".length; i++) await ownerPage.keyboard.press("Backspace");
    await ownerPage.keyboard.type("Kerenza's team at the visitor pontoons.", { delay: 5 });
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).not.toContain(VAGUE_QUESTION);
    expect(await ownerPage.locator(".cm-lintRange", { hasText: "businesses of all sizes" }).count()).toBe(0);
    await waitForSaved(ownerPage);
    const saved = await apiFromPage<DocumentBody>(ownerPage, "GET", `/api/documents/${docId}`);
    expect(saved.revision.text).toContain("Kerenza's team at the visitor pontoons.");
    expect(saved.revision.text).not.toContain("businesses of all sizes");
  });

  it("lets the owner invite two reviewers and start a review", async () => {
    await ownerPage.getByRole("link", { name: "Team" }).click();
    await ownerPage.getByRole("heading", { name: "Team" }).waitFor();
    for (const [name, email] of [
      ["Sam Okafor", "sam@example.com"],
      ["Lena Brandt", "lena@example.com"],
    ]) {
      const form = ownerPage.locator("form.invite-form");
      await form.getByLabel("E-mail").fill(email);
      await form.getByLabel("Name").fill(name);
      await form.getByLabel(/^Role/).selectOption("reviewer");
      await form.getByRole("button", { name: "Invite" }).click();
      const link = ownerPage.getByLabel(`Sign-in link for ${name}`);
      await link.waitFor();
      reviewerLinks[name] = await link.inputValue();
    }
    expect(Object.values(reviewerLinks).every((l) => l.includes("token="))).toBe(true);
    await expectAccessible(ownerPage, "team");
    // An invitation joins its workspace when the invited person opens it, so each reviewer does before being asked to review.
    for (const name of ["Sam Okafor", "Lena Brandt"]) {
      const reviewer = await newWatchedContext(browser, workspace.url);
      watched.push(reviewer);
      reviewerPages[name] = await signIn(reviewer.context, reviewerLinks[name]);
    }

    await ownerPage.goto(`${workspace.url}/d/${docId}/review`);
    await ownerPage.getByRole("heading", { name: /Start a review/ }).waitFor();
    await ownerPage.getByLabel(/Sam Okafor/).check();
    await ownerPage.getByLabel(/Lena Brandt/).check();
    await ownerPage.getByRole("button", { name: "Start the review" }).click();
    await ownerPage.getByText("Silent reading", { exact: true }).waitFor();
  });

  it("keeps reviewers' comments apart while they read silently, then shows them live to each other", async () => {
    const samPage = reviewerPages["Sam Okafor"];
    const lenaPage = reviewerPages["Lena Brandt"];
    for (const page of [samPage, lenaPage]) {
      await page.goto(`${workspace.url}/d/${docId}/review`);
      await page.getByRole("button", { name: "I've finished reading" }).waitFor();
    }
    // The meeting's layout: the press release is page 1, the FAQs follow.
    const pages = samPage.locator("article.paper");
    expect(await pages.first().getAttribute("aria-label")).toBe("Page 1: the press release");
    expect(await pages.nth(1).textContent()).toContain("Why hasn't the harbour done this already?");
    await expectAccessible(samPage, "review during silent reading");

    await selectInReading(samPage, "18% of visiting yachts arrived to find no berth ready");
    await samPage.getByLabel(/Comment on “18% of visiting yachts/).fill("Out of how many arrivals? 18% of 40 is a different problem from 18% of 4,000.");
    await samPage.getByRole("button", { name: "Comment", exact: true }).click();
    const samThread = samPage.locator(".thread", { hasText: "Out of how many arrivals?" });
    await samThread.waitFor();
    // The server stored the anchor the selection mapped to: the quote is exactly the selected words.
    expect(await samThread.locator(".thread-quote").textContent()).toBe("“18% of visiting yachts arrived to find no berth ready”");
    await samPage.screenshot({ path: join(screenshotDir, "review-silent.png") });

    await selectInReading(lenaPage, "tide limits on the inner pontoons");
    await lenaPage.getByLabel(/Comment on “tide limits/).fill("How many bookings a week would staff move by hand?");
    await lenaPage.getByRole("button", { name: "Comment", exact: true }).click();
    await lenaPage.locator(".thread", { hasText: "How many bookings a week" }).waitFor();

    // Neither sees the other's comment while reading; each is told that something is hidden.
    await lenaPage.waitForTimeout(500);
    expect(await lenaPage.locator(".thread", { hasText: "Out of how many arrivals?" }).count()).toBe(0);
    expect(await samPage.locator(".thread", { hasText: "How many bookings a week" }).count()).toBe(0);
    await expect.poll(() => lenaPage.locator(".hidden-note").textContent()).toContain("1 comment from another reviewer is hidden");

    // Sam finishes first: he now sees Lena's comment; she, still reading, doesn't see his.
    await samPage.getByRole("button", { name: "I've finished reading" }).click();
    await samPage.getByText(/The discussion opens when every reviewer has finished/).waitFor();
    await samPage.locator(".thread", { hasText: "How many bookings a week" }).waitFor({ timeout: 10_000 });
    await lenaPage.waitForTimeout(500);
    expect(await lenaPage.locator(".thread", { hasText: "Out of how many arrivals?" }).count()).toBe(0);

    await lenaPage.getByRole("button", { name: "I've finished reading" }).click();
    // Both have read: the discussion opens on both screens without a reload.
    await lenaPage.locator(".thread", { hasText: "Out of how many arrivals?" }).waitFor({ timeout: 10_000 });
    await samPage.getByText("Discussion", { exact: true }).waitFor({ timeout: 10_000 });

    // A reply and a new comment arrive live on the other reviewer's screen.
    const lenaThread = lenaPage.locator(".thread", { hasText: "Out of how many arrivals?" });
    await lenaThread.getByLabel("Reply to Sam Okafor").fill("About 2,300 visiting yachts a season.");
    await lenaThread.getByRole("button", { name: "Reply" }).click();
    await samPage.locator(".thread", { hasText: "About 2,300 visiting yachts a season." }).waitFor({ timeout: 10_000 });

    // An image in a comment would be a request to another host: it is shown as its description instead.
    await apiFromPage(lenaPage, "POST", `/api/comments/${await samThread.getAttribute("data-comment-id")}/replies`, {
      body: "See ![the berth plan](https://images.example.com/plan.png) for the numbers.",
    });
    await samPage.locator(".thread .image-placeholder", { hasText: "[image: the berth plan]" }).waitFor({ timeout: 10_000 });
    expect(await samPage.locator(".thread img").count()).toBe(0);

    // Without a mouse: type the passage's words instead of selecting them.
    await samPage.getByLabel("Comment on the whole document").fill("Who pays for the berth we held?");
    await samPage.getByLabel("Passage (optional)").fill("at no charge");
    await samPage.getByLabel("Passage (optional)").press("Enter");
    const held = lenaPage.locator(".thread", { hasText: "Who pays for the berth we held?" });
    await held.waitFor({ timeout: 10_000 });
    expect(await held.locator(".thread-quote").textContent()).toBe("“at no charge”");

    // Resolving shows up on the other screen too.
    await lenaPage.locator(".thread", { hasText: "Who pays for the berth we held?" }).getByRole("button", { name: "Resolve" }).click();
    await expect.poll(() => samPage.locator(".review-sidebar details summary", { hasText: "Resolved" }).count(), { timeout: 10_000 }).toBe(1);

    // Verdicts.
    await samPage.getByLabel("Revise").check();
    await samPage.getByLabel("Why (optional)").fill("The problem needs its denominator.");
    await samPage.getByRole("button", { name: "Give my verdict" }).click();
    await lenaPage.locator(".participants", { hasText: "The problem needs its denominator." }).waitFor({ timeout: 10_000 });
    await lenaPage.screenshot({ path: join(screenshotDir, "review-discussion.png") });
    await expectAccessible(lenaPage, "review in discussion");
    await samPage.context().close();
    await lenaPage.context().close();
  });

  it("records a decision that cites the kill criteria", async () => {
    await ownerPage.goto(`${workspace.url}/d/${docId}/decide`);
    await ownerPage.getByRole("heading", { name: /Record the decision on revision/ }).waitFor();
    await ownerPage.locator(".panel", { hasText: "What the reviewers said" }).getByText("The problem needs its denominator.").waitFor();
    await ownerPage.getByRole("radio", { name: /^Kill\b/ }).check();
    await ownerPage.getByLabel("Reason").fill("The August pilot took 11% of bookings, well under the 30% we set.");
    await ownerPage.getByLabel(/fewer than 30% of visitor bookings/).check();
    await ownerPage.getByLabel(/Evidence/).fill("Harbour office booking log, August 2027");
    await expectAccessible(ownerPage, "decide");
    await ownerPage.getByRole("button", { name: "Record the decision" }).click();
    const recorded = ownerPage.locator(".decisions .decision").first();
    await recorded.waitFor();
    expect(await recorded.textContent()).toContain("The August pilot took 11% of bookings");
    expect(await recorded.textContent()).toContain("fewer than 30% of visitor bookings");
    await ownerPage.locator(".doc-header .badge.outcome-kill").waitFor();
    const body = await apiFromPage<DocumentBody>(ownerPage, "GET", `/api/documents/${docId}`);
    expect(body.document.stage).toBe("decided");
    expect(body.document.decision).toBe("kill");
    await ownerPage.screenshot({ path: join(screenshotDir, "decide.png") });
  });

  it("shows the history with the review and decision marked, and a diff with the critique delta", async () => {
    await ownerPage.goto(`${workspace.url}/d/${docId}/history?a=1`);
    const table = ownerPage.locator("table.revisions");
    await table.waitFor();
    expect(await table.locator(".review-mark").count()).toBeGreaterThan(0);
    expect(await table.locator(".badge.outcome-kill").count()).toBe(1);
    await ownerPage.getByRole("heading", { name: /Revision 1 → revision \d+/ }).waitFor();
    const fixed = ownerPage.locator(".delta-fixed");
    // Revision 1 was the template: its placeholders are what the later revision fixed.
    await expect.poll(() => fixed.textContent()).toContain("What is the real name, number or sentence that belongs here?");
    await ownerPage.locator(".cm-mergeView").waitFor();
    expect(await ownerPage.locator(".cm-mergeView .cm-changedText").count()).toBeGreaterThan(0);
    await ownerPage.screenshot({ path: join(screenshotDir, "history.png"), fullPage: true });
    await expectAccessible(ownerPage, "history");
  });

  it("resolves an edit conflict between two tabs without losing either text", async () => {
    const first = await owner.context.newPage();
    const second = await owner.context.newPage();
    for (const page of [first, second]) {
      await page.goto(`${workspace.url}/d/${docId}`);
      await page.locator(".editor-column .cm-content").waitFor();
      await waitForSaved(page);
    }
    const ALPHA = " Alpha: the harbour office answered 61 calls on the busiest July day.";
    const BETA = " Beta: the pilot ran on the outer pontoons only.";
    await placeCursorAfter(second, "at no charge.");
    await second.keyboard.type(BETA);
    await placeCursorAfter(first, "no berth ready.");
    await first.keyboard.type(ALPHA);
    await first.keyboard.press("Control+s");
    await second.keyboard.press("Control+s");

    // Whichever tab saved second meets the other's revision.
    const dialogIn = async () => {
      for (const page of [first, second]) if (await page.locator("dialog.conflict-dialog[open]").count()) return page;
      return null;
    };
    await expect.poll(dialogIn, { timeout: 15_000 }).not.toBeNull();
    const loser = (await dialogIn())!;
    const mine = loser === first ? ALPHA : BETA;
    const theirs = loser === first ? BETA : ALPHA;
    const dialog = loser.locator("dialog.conflict-dialog");
    await expect.poll(() => loser.locator("[data-testid=save-status]").textContent()).toContain("choose");
    // Both texts are on screen.
    await dialog.locator(".cm-mergeView").waitFor();
    const sides = dialog.locator(".cm-mergeView .cm-content");
    expect(await sides.nth(0).textContent()).toContain(theirs.trim().slice(0, 20));
    expect(await sides.nth(1).textContent()).toContain(mine.trim().slice(0, 20));
    await loser.screenshot({ path: join(screenshotDir, "conflict.png") });
    await expectAccessible(loser, "conflict dialog");

    // Bring their passage into mine, then save the merge.
    const theirPassage = theirs === ALPHA ? 0 : 1;
    await dialog.locator(`.cm-merge-revert button[data-chunk="${theirPassage}"]`).focus();
    await loser.keyboard.press("Enter");
    expect(await sides.nth(1).textContent()).toContain(theirs.trim().slice(0, 20));
    await dialog.getByRole("button", { name: "Save the merged version" }).click();
    await dialog.waitFor({ state: "detached" });
    await waitForSaved(loser);

    const head = await apiFromPage<DocumentBody>(loser, "GET", `/api/documents/${docId}`);
    expect(head.revision.text).toContain(ALPHA.trim());
    expect(head.revision.text).toContain(BETA.trim());
    expect(await editorText(loser)).toContain(ALPHA.trim());
    // The other tab had nothing unsaved, so it takes the merged revision as it arrives.
    const winner = loser === first ? second : first;
    await expect.poll(() => editorText(winner), { timeout: 10_000 }).toContain(mine.trim());
  });

  it("works from the keyboard: from the portfolio into a document and onto a finding", async () => {
    const page = await owner.context.newPage();
    await page.goto(workspace.url);
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    let onDocument = false;
    for (let i = 0; i < 30 && !onDocument; i++) {
      await page.keyboard.press("Tab");
      onDocument = await page.evaluate(() => !!document.activeElement?.closest(".title-cell"));
    }
    expect(onDocument).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/d\/doc_/);
    const finding = page.locator(".critique-panel .finding-link:visible").first();
    await finding.waitFor();
    await finding.focus();
    await page.keyboard.press("Enter");
    // The editor now holds the focus with the flagged text selected.
    expect(await page.evaluate(() => !!document.activeElement?.closest(".cm-editor"))).toBe(true);
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected.length).toBeGreaterThan(0);
  });

  it("walks the guided interview, pushing back on a segment, and opens the draft in the editor", async () => {
    await signInOwner();
    const page = await owner.context.newPage();
    await page.goto(`${workspace.url}/new?from=interview`);
    await page.getByRole("button", { name: "Start a PR/FAQ" }).click();
    await page.getByRole("heading", { name: "1. The customer" }).waitFor();
    await expectAccessible(page, "interview");
    const customer = page.getByLabel(/Who is one representative customer/);
    await customer.fill("Businesses of all sizes");
    await page.getByRole("button", { name: "Check and continue" }).click();
    await page.locator(".pushback", { hasText: VAGUE_QUESTION }).waitFor();
    await customer.fill("Kerenza Pascoe");
    await page.getByLabel("What is their role?").fill("visitor berths manager at Falmouth Harbour");
    await page.getByRole("button", { name: /Check and continue|Check again/ }).click();
    await page.getByRole("heading", { name: "2. Their day today" }).waitFor();
    // Unanswered questions stay open in the draft rather than stopping the interview.
    const last = interviewSteps.length;
    for (let step = 2; step <= last; step++) {
      await page.getByRole("button", { name: /Check and continue|Check again/ }).click();
      if (step < last) await page.getByRole("heading", { name: `${interviewSteps[step].order}. ${interviewSteps[step].title}` }).waitFor();
    }
    await page.getByRole("heading", { name: "Your draft" }).waitFor();
    expect(await page.getByLabel("Draft text").textContent()).toContain("Kerenza Pascoe");
    await page.getByRole("button", { name: "Create the document" }).click();
    await page.waitForURL(/\/d\/doc_/);
    await page.locator(".editor-column .cm-content").waitFor();
    expect(await editorText(page)).toContain("Kerenza Pascoe");
  });

  it("stays usable at tablet width", async () => {
    const tablet = await owner.context.newPage();
    await tablet.setViewportSize({ width: 820, height: 1180 });
    for (const path of ["/", `/d/${docId}`, `/d/${docId}/review`, `/d/${docId}/history`]) {
      await tablet.goto(workspace.url + path);
      await tablet.locator("main h1").first().waitFor();
      await tablet.waitForTimeout(300);
      const overflow = await tablet.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at 820 px on ${path}`).toBeLessThanOrEqual(0);
    }
    await tablet.goto(`${workspace.url}/d/${docId}`);
    await tablet.locator(".critique-panel").waitFor();
    await tablet.screenshot({ path: join(screenshotDir, "editor-tablet.png") });
    await expectAccessible(tablet, "editor at tablet width");
  });

  it("keeps eight tabs live on one connection (browsers allow six per host)", async () => {
    const context = (await newWatchedContext(browser, workspace.url)).context;
    const first = await signIn(context, await freshOwnerLink());
    const tabs = [first];
    for (let i = 1; i < 8; i++) tabs.push(await context.newPage());
    for (const tab of tabs) {
      await tab.goto(`${workspace.url}/d/${docId}/review`);
      await tab.locator("article.paper").first().waitFor({ timeout: 10_000 });
    }
    const body = "Eight tabs, one stream: does this reach all of them?";
    await apiFromPage(first, "POST", `/api/documents/${docId}/comments`, { revision: (await apiFromPage<DocumentBody>(first, "GET", `/api/documents/${docId}`)).revision.number, anchor: null, body });
    for (const tab of tabs) await tab.locator(".thread", { hasText: body }).waitFor({ timeout: 10_000 });
    await context.close();
  });

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
