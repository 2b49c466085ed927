/**
 * axe-core on the screens the flow tests pass through without checking:
 * starting a document (template and import), the account, an empty inbox,
 * a path that leads nowhere, and the editor after a Google Docs paste in the
 * writing view. With the flow tests, every screen of the app is checked.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";
import { googleDocsHtml } from "./paste-samples";

describe.skipIf(!canRun)("accessibility of the remaining screens", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  let owner: Watched;
  let page: Page;

  beforeAll(async () => {
    workspace = await startWorkspace();
    browser = await launchBrowser();
    owner = await newWatchedContext(browser, workspace.url);
    page = await signIn(owner.context, workspace.signInUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  it("starting a document: the template and the import tabs", async () => {
    await page.goto(`${workspace.url}/new`);
    await page.getByRole("button", { name: "Create and start writing" }).waitFor();
    await expectAccessible(page, "new document from the template");
    await page.getByRole("navigation", { name: "How to start" }).getByRole("link", { name: "Import Markdown" }).click();
    await page.getByLabel("Markdown or text file").waitFor();
    await expectAccessible(page, "new document by import");
  });

  it("the account, an empty inbox and a page that isn't there", async () => {
    await page.goto(`${workspace.url}/account`);
    await page.getByRole("heading", { name: "Your account" }).waitFor();
    await expectAccessible(page, "account");
    await page.goto(`${workspace.url}/inbox`);
    await page.getByRole("heading", { name: "Inbox" }).waitFor();
    await expectAccessible(page, "empty inbox");
    await page.goto(`${workspace.url}/no/such/page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    await expectAccessible(page, "page not found");
  });

  it("the editor after a Google Docs paste, in the writing view", async () => {
    const workspaceId = (await apiFromPage<{ workspaces: { id: string }[] }>(page, "GET", "/api/workspaces")).workspaces[0].id;
    const created = await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${workspaceId}/documents`, { text: "# To be replaced\n", visibility: "workspace" });
    await page.goto(`${workspace.url}/d/${created.document.id}`);
    const editor = page.locator(".editor-column .cm-content");
    await editor.waitFor();
    const toggle = page.getByRole("button", { name: "Writing view" });
    if ((await toggle.getAttribute("aria-pressed")) !== "true") await toggle.click();
    await editor.focus();
    await page.keyboard.press("Control+a");
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", "Ferrylink");
      document.querySelector(".editor-column .cm-content")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, googleDocsHtml);
    await page.locator(".editor-column .cm-line", { hasText: "Customer FAQ" }).waitFor({ timeout: 10_000 });
    await expectAccessible(page, "editor after a Google Docs paste, writing view on");
  });

  it("made no requests to other hosts and logged no errors", () => {
    expect(owner.foreignRequests).toEqual([]);
    expect(owner.problems).toEqual([]);
  });
});
