/**
 * The bugs that cost an author's trust while writing, driven in Chromium:
 * the editor must not take its own save for someone else's, and the guided
 * interview must not drop typed text when the author steps back.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

async function waitForSaved(page: Page): Promise<number> {
  const status = page.getByTestId("save-status");
  await expect.poll(async () => status.textContent(), { timeout: 15_000 }).toMatch(/^Saved as revision \d+$/);
  return Number((await status.textContent())!.match(/\d+/)![0]);
}

describe.skipIf(!canRun)("trust while writing", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  let owner: Watched;
  let page: Page;
  let workspaceId = "";

  beforeAll(async () => {
    workspace = await startWorkspace();
    browser = await launchBrowser();
    owner = await newWatchedContext(browser, workspace.url);
    page = await signIn(owner.context, workspace.signInUrl);
    workspaceId = (await apiFromPage<{ workspaces: { id: string }[] }>(page, "GET", "/api/workspaces")).workspaces[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  it("doesn't mistake the author's own autosave for someone else's save", async () => {
    const created = await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${workspaceId}/documents`, { text: draft, visibility: "workspace" });
    // Hold each save's answer back a little, as a busy server or slow network does: the save's live event
    // then reaches the tab before the answer to the save itself. This is the order that fooled the editor.
    await page.route("**/api/documents/*/revisions", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.fulfill({ response });
    });
    await page.goto(`${workspace.url}/d/${created.document.id}`);
    const editor = page.locator(".editor-column .cm-content");
    await editor.waitFor();
    await waitForSaved(page);
    await editor.click();
    await page.keyboard.press("Control+End");
    const banners: string[] = [];
    for (let round = 0; round < 3; round++) {
      await page.keyboard.type(` Round ${round} of notes.`, { delay: 10 });
      await expect.poll(() => page.getByTestId("save-status").textContent(), { timeout: 15_000 }).toBe("Saving…");
      // Keep typing while the save is on its way, as an author does.
      await page.keyboard.type(" More.", { delay: 10 });
      await waitForSaved(page);
      await page.waitForTimeout(300);
      banners.push(...(await page.locator(".banner, .toasts").allTextContents()));
    }
    expect(banners.filter((text) => /saved revision/.test(text))).toEqual([]);
    await page.unroute("**/api/documents/*/revisions");
  });

  it("keeps what was typed in an interview step across Back, forward and clicks on the step list", async () => {
    const interview = await owner.context.newPage();
    await interview.goto(`${workspace.url}/new?from=interview`);
    await interview.getByRole("button", { name: "Start a PR/FAQ" }).click();
    await interview.getByRole("heading", { name: "1. The customer" }).waitFor();
    await interview.getByLabel(/Who is one representative customer/).fill("Kerenza Pascoe");
    await interview.getByLabel("What is their role?").fill("visitor berths manager at Falmouth Harbour");
    await interview.getByRole("button", { name: /Check and continue|Check again/ }).click();
    await interview.getByRole("heading", { name: /^2\. / }).waitFor();

    // Type into every field of step 2 without pressing Check.
    const fields = interview.locator(".interview-step textarea");
    const count = await fields.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await fields.nth(i).fill(`Typed answer ${i + 1} that was never checked`);

    await interview.getByRole("button", { name: "Back" }).click();
    await interview.getByRole("heading", { name: "1. The customer" }).waitFor();
    expect(await interview.getByLabel(/Who is one representative customer/).inputValue()).toBe("Kerenza Pascoe");
    await interview.getByRole("button", { name: /Check and continue|Check again/ }).click();
    await interview.getByRole("heading", { name: /^2\. / }).waitFor();
    for (let i = 0; i < count; i++) expect(await fields.nth(i).inputValue()).toBe(`Typed answer ${i + 1} that was never checked`);

    // The step list leads back too, and so does a reload.
    await interview.getByRole("list", { name: "Steps" }).getByRole("button", { name: "The customer" }).click();
    await interview.getByRole("heading", { name: "1. The customer" }).waitFor();
    await interview.reload();
    await interview.getByRole("list", { name: "Steps" }).getByRole("button", { name: /day/i }).click();
    await interview.getByRole("heading", { name: /^2\. / }).waitFor();
    expect(await fields.first().inputValue()).toBe("Typed answer 1 that was never checked");
    await expectAccessible(interview, "interview with a clickable step list");
  });

  it("made no requests to other hosts and logged no errors", () => {
    expect(owner.foreignRequests).toEqual([]);
    expect(owner.problems).toEqual([]);
  });
});
