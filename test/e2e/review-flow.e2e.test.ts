/**
 * The review as a team runs it, in Chromium: deciding against a reviewer's
 * verdict is explicit and stays on record.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../src/core";
import { expectAccessible } from "./axe";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;

describe.skipIf(!canRun)("the review flow in the browser", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  const watched: Watched[] = [];
  let ownerPage: Page;
  let samPage: Page;
  let workspaceId = "";
  let samId = "";

  beforeAll(async () => {
    workspace = await startWorkspace();
    browser = await launchBrowser();
    const owner = await newWatchedContext(browser, workspace.url);
    watched.push(owner);
    ownerPage = await signIn(owner.context, workspace.signInUrl);
    workspaceId = (await apiFromPage<{ workspaces: { id: string }[] }>(ownerPage, "GET", "/api/workspaces")).workspaces[0].id;
    const added = await apiFromPage<{ signInUrl: string }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/members`, {
      email: "sam@example.com",
      name: "Sam Okafor",
      role: "reviewer",
    });
    const sam = await newWatchedContext(browser, workspace.url);
    watched.push(sam);
    // Opening the invitation is what makes Sam a member.
    samPage = await signIn(sam.context, added.signInUrl);
    samId = (await apiFromPage<{ user: { id: string } }>(samPage, "GET", "/api/session")).user.id;
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  async function newDocument(text = draft): Promise<string> {
    return (await apiFromPage<{ document: { id: string } }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/documents`, { text, visibility: "workspace" })).document.id;
  }

  it("asks for a reason before proceeding over a reviewer's Revise, and shows it in the decisions, the history and the portfolio", async () => {
    const docId = await newDocument();
    const { review } = await apiFromPage<{ review: { id: string } }>(ownerPage, "POST", `/api/documents/${docId}/reviews`, { reviewers: [samId] });
    await apiFromPage(samPage, "PUT", `/api/reviews/${review.id}/verdict`, { verdict: "revise", note: "Where is the denominator?" });
    await apiFromPage(samPage, "POST", `/api/reviews/${review.id}/read`);

    await ownerPage.goto(`${workspace.url}/d/${docId}/decide`);
    await ownerPage.getByRole("heading", { name: /Record the decision on revision/ }).waitFor();
    await ownerPage.getByRole("radio", { name: /^Proceed\b/ }).check();
    const against = ownerPage.locator(".against-room");
    await against.waitFor();
    expect(await against.textContent()).toContain("Sam Okafor's Revise verdict");
    await ownerPage.getByLabel("Reason").fill("The pilot cleared both bars.");
    await ownerPage.getByLabel(/^Fewer than 30%|fewer than 30% of visitor bookings/).check();
    // Without the why, nothing is recorded.
    await ownerPage.getByRole("button", { name: "Record the decision" }).click();
    await ownerPage.getByText(/Say why the team proceeds over Sam Okafor's Revise verdict/).waitFor();
    expect(await ownerPage.locator(".decisions .decision").count()).toBe(0);
    await expectAccessible(ownerPage, "decide against the room");

    await ownerPage.getByLabel("Why proceed anyway (recorded with the decision)").fill("The denominator is in the appendix; the harbour board meets Friday.");
    await ownerPage.getByRole("button", { name: "Record the decision" }).click();
    const recorded = ownerPage.locator(".decisions .decision").first();
    await recorded.waitFor();
    expect(await recorded.locator("[data-testid=overruled]").textContent()).toContain("proceeded over Sam Okafor's Revise verdict");
    expect(await recorded.textContent()).toContain("The denominator is in the appendix");

    await ownerPage.goto(`${workspace.url}/d/${docId}/history`);
    await ownerPage.locator("table.revisions [data-testid=overruled]").waitFor();
    expect(await ownerPage.locator("table.revisions [data-testid=overruled]").textContent()).toContain("harbour board meets Friday");

    await ownerPage.goto(workspace.url);
    await ownerPage.getByRole("heading", { name: "Portfolio" }).waitFor();
    await ownerPage.locator("[data-testid=overruled]", { hasText: "Sam Okafor's Revise verdict" }).waitFor();
    await expectAccessible(ownerPage, "portfolio with a decision against the room");
  });

  it("delivers a review request to the reviewer's inbox live, opens the review from it, and says when the review has gone stale", async () => {
    const docId = await newDocument();
    await samPage.goto(workspace.url);
    await samPage.getByRole("heading", { name: "Portfolio" }).waitFor();
    const inboxLink = samPage.getByTestId("inbox-link");
    expect(await inboxLink.getAttribute("data-count")).toBe("0");

    await ownerPage.goto(`${workspace.url}/d/${docId}/review`);
    await ownerPage.getByRole("heading", { name: /Start a review/ }).waitFor();
    await ownerPage.getByLabel(/Sam Okafor/).check();
    await ownerPage.getByRole("button", { name: "Start the review" }).click();
    await ownerPage.getByText("Silent reading", { exact: true }).waitFor();

    // No reload on Sam's side: the request arrives over the event stream.
    await expect.poll(() => inboxLink.getAttribute("data-count"), { timeout: 10_000 }).toBe("1");
    expect(await inboxLink.textContent()).toContain("1 review waiting on you");
    const waiting = samPage.locator(".waiting-on-me");
    await waiting.getByRole("link", { name: /Tidewater/ }).waitFor({ timeout: 10_000 });
    await expectAccessible(samPage, "portfolio with a review waiting");

    await inboxLink.click();
    await samPage.getByRole("heading", { name: "Inbox" }).waitFor();
    await expectAccessible(samPage, "inbox");
    await samPage.locator(".review-requests").getByRole("link", { name: /Tidewater/ }).click();
    await samPage.getByRole("button", { name: "I've finished reading" }).waitFor();
    expect(samPage.url()).toContain(`/d/${docId}/review?review=`);
    expect(await samPage.getByTestId("stale-review").count()).toBe(0);

    // A reviewer who lands on the Write tab is shown the way to the review.
    await samPage.goto(`${workspace.url}/d/${docId}`);
    await samPage.getByRole("region", { name: "Review asked of you" }).getByRole("link", { name: "Open the review" }).click();
    await samPage.getByRole("button", { name: "I've finished reading" }).waitFor();

    // The author edits: the open review says it is about an older revision, live.
    const head = await apiFromPage<{ revision: { number: number; text: string } }>(ownerPage, "GET", `/api/documents/${docId}`);
    await apiFromPage(ownerPage, "POST", `/api/documents/${docId}/revisions`, {
      baseRevision: head.revision.number,
      text: head.revision.text.replace("Last summer 18% of visiting yachts", "Last summer 18% of 2,300 visiting yachts"),
    });
    const stale = samPage.getByTestId("stale-review");
    await stale.waitFor({ timeout: 10_000 });
    expect(await stale.textContent()).toContain("This review is of revision 1; the document is now at revision 2.");
    await expectAccessible(samPage, "review with a stale notice");
    await stale.getByRole("link", { name: "What changed since this review" }).click();
    await samPage.getByRole("heading", { name: /Revision 1 → revision 2/ }).waitFor();
    await samPage.locator(".cm-mergeView .cm-changedText").first().waitFor();

    // Reopened later, the review still knows it is stale.
    await samPage.goto(`${workspace.url}/d/${docId}/review`);
    await samPage.getByTestId("stale-review").waitFor();

    // Read and judged: nothing waits on Sam any more.
    await samPage.getByRole("button", { name: "I've finished reading" }).click();
    await samPage.getByLabel("Revise").check();
    await samPage.getByRole("button", { name: "Give my verdict" }).click();
    await expect.poll(() => samPage.getByTestId("inbox-link").getAttribute("data-count"), { timeout: 10_000 }).toBe("0");
  });

  it("exports any revision as PDF, Word and HTML with the decision record and the comments, and the Markdown keeps the decision", async () => {
    const docId = await newDocument();
    await apiFromPage(ownerPage, "POST", `/api/documents/${docId}/comments`, { revision: 1, anchor: null, body: "Which pontoons does the pilot cover?" });
    await apiFromPage(ownerPage, "POST", `/api/documents/${docId}/decisions`, { outcome: "kill", reason: "Bookings through the board stayed at 12%, under the 30% bar.", killCriteria: [0] });
    await ownerPage.goto(`${workspace.url}/d/${docId}`);
    await ownerPage.locator(".editor-column .cm-content").waitFor();
    const menu = ownerPage.locator("details.export-menu");
    await menu.locator("summary").click();
    await menu.getByLabel("Add the comments as an appendix").check();
    await expectAccessible(ownerPage, "editor with the export menu open");
    const dir = mkdtempSync(join(tmpdir(), "prfaq-e2e-export-"));
    const fetchFile = async (format: string) => {
      const [download] = await Promise.all([ownerPage.waitForEvent("download"), menu.locator(`a[data-format=${format}]`).click()]);
      const path = join(dir, download.suggestedFilename());
      await download.saveAs(path);
      return path;
    };

    const html = readFileSync(await fetchFile("html"), "utf8");
    expect(html).toContain("Bookings through the board stayed at 12%");
    expect(html).toContain("Which pontoons does the pilot cover?");

    const docx = await fetchFile("docx");
    expect(docx).toMatch(/-r1\.docx$/);
    const word = (await mammoth.extractRawText({ path: docx })).value;
    expect(word).toContain("Bookings through the board stayed at 12%");
    expect(word).toContain("Appendix: reviewers' comments");
    expect(word).toContain("Which pontoons does the pilot cover?");

    // Without pdftotext the PDF is still fetched and must be one; its words are read back where the tool is installed (Debian: poppler-utils).
    const pdf = await fetchFile("pdf");
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    if (hasPdftotext) {
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("Bookings through the board stayed at 12%");
      expect(text).toContain("Which pontoons does the pilot cover?");
    }

    const markdown = readFileSync(await fetchFile("md"), "utf8");
    const parsed = parseDocument(markdown);
    expect(parsed.decision?.outcome).toBe("kill");
    expect(markdown).toContain("Bookings through the board stayed at 12%");
  });

  it("works at phone width: wide tables scroll in their box and the critique is one tap away", async () => {
    const wideTable = [
      "",
      "| Month | Visitor calls | Bookings by phone | Bookings on the board | Arrivals with no berth | Staff hours on the diary |",
      "| --- | --- | --- | --- | --- | --- |",
      "| June 2026 | 1,420 calls a month at the office | 1,102 bookings by phone | none yet, the board opens in 2027 | 61 arrivals found no berth | 212 hours on the paper diary |",
      "",
    ].join("\n");
    const docId = await newDocument(draft.replace("## Customer FAQ", `${wideTable}\n## Customer FAQ`));
    const phone = await ownerPage.context().newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${workspace.url}/d/${docId}/review`);
    const box = phone.locator(".reading .table-scroll").first();
    await box.waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".table-scroll"))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`),
    );
    expect(overflow, `the page scrolls sideways at 390 px; too wide: ${wide.join(", ")}`).toBeLessThanOrEqual(0);
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expectAccessible(phone, "review at phone width");

    await phone.goto(`${workspace.url}/d/${docId}`);
    await phone.locator(".editor-column .cm-content").waitFor();
    await phone.getByRole("button", { name: /^Critique \(\d+\)$/ }).click();
    await expect
      .poll(() => phone.getByTestId("critique-column").evaluate((el) => el.getBoundingClientRect().top < window.innerHeight && el.getBoundingClientRect().bottom > 0))
      .toBe(true);
    await expectAccessible(phone, "editor at phone width");
    await phone.close();
  });

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
