/**
 * Pasting from Google Docs and Word into the editor, in Chromium: the
 * clipboard's HTML arrives as Markdown the critic can read, and nothing in
 * it that could run or fetch survives.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";
import { googleDocsHtml, hostileHtml, wordHtml } from "./paste-samples";

/** A paste as the browser delivers it: a ClipboardEvent carrying both the HTML and the plain text. */
async function paste(page: Page, html: string, plain: string): Promise<void> {
  await page.locator(".editor-column .cm-content").focus();
  await page.evaluate(
    ({ html, plain }) => {
      const data = new DataTransfer();
      data.setData("text/html", html);
      data.setData("text/plain", plain);
      document.querySelector(".editor-column .cm-content")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}

/** The editor's text, read from its own state rather than from the screen. */
async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const content = document.querySelector(".editor-column .cm-content") as (Element & { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } }) | null;
    const view = content?.cmTile?.root?.view;
    if (!view) throw new Error("no CodeMirror view on .cm-content");
    return view.state.doc.toString();
  });
}

/** Opens a new document with all its text selected, so a paste replaces it. */
async function openEmptyDocument(page: Page, workspaceId: string, baseUrl: string): Promise<void> {
  const created = await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${workspaceId}/documents`, { text: "# To be replaced\n", visibility: "workspace" });
  await page.goto(`${baseUrl}/d/${created.document.id}`);
  const editor = page.locator(".editor-column .cm-content");
  await editor.waitFor();
  await editor.focus();
  await page.keyboard.press("Control+a");
}

describe.skipIf(!canRun)("pasting from Google Docs and Word", () => {
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

  it("turns a Google Docs selection into Markdown headings, bold, italic, a link, a list and a table", async () => {
    await openEmptyDocument(page, workspaceId, workspace.url);
    await paste(page, googleDocsHtml, "Ferrylink Tells Islanders When the Morning Boat Will Sail\nCustomer FAQ\nQ: Does it cost anything?");
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain("# Ferrylink");
    const text = await editorText(page);
    expect(text).toMatch(/^# Ferrylink Tells Islanders When the Morning Boat Will Sail\n\n## Customer FAQ\n\n\*\*Q: Does it cost anything\?\*\*\n/);
    expect(text).toContain("A: No. The _sailing board_ is free; see [the timetable](https://example.org/ferrylink).");
    expect(text).toContain("- Texts at 06:30\n- A board on the pier");
    expect(text).toMatch(/\| Route +\| Sailings \|\n\| -+ \| -+ \|\n\| Oban to Lismore \| 6 +\|/);
    // The Docs wrapper `<b style="font-weight:normal">` is not bold: nothing else is.
    expect(text.match(/\*\*/g)).toHaveLength(2);
  });

  it("turns a Word selection into Markdown, with bulleted and numbered lists apart", async () => {
    await openEmptyDocument(page, workspaceId, workspace.url);
    await paste(page, wordHtml, "Kilnworks Books a Kiln Slot for Potters in One Message");
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain("# Kilnworks");
    const text = await editorText(page);
    expect(text).toContain("# Kilnworks Books a Kiln Slot for Potters in One Message\n\n## Internal FAQ\n\n**Q: What will the first version get wrong?**");
    expect(text).toContain("A: It cannot book the _raku_ kiln, which needs a staff member present.");
    expect(text).toContain("- Stoneware firings on Tuesdays\n- Glaze firings on Fridays\n\n1. Message the studio\n2. Get a slot [by return](https://example.org/kilnworks)");
    expect(text).not.toMatch(/·|o:p|mso-|StartFragment|supportLists/);
    // The critic reads what was pasted as a document: the FAQ question and its answer.
    await expect.poll(() => page.locator(".critique-panel").textContent(), { timeout: 15_000 }).not.toContain("no internal FAQ");
  });

  it("drops scripts, event handlers, script links and remote images, and runs none of them", async () => {
    await openEmptyDocument(page, workspaceId, workspace.url);
    await paste(page, hostileHtml, "Before after click me and safe.");
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain("click me");
    const text = await editorText(page);
    expect(text).toBe("Before after click me and [safe](https://example.org/safe).");
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(owner.foreignRequests).toEqual([]);
  });

  it("pastes plain text as it is when the clipboard holds no HTML", async () => {
    await openEmptyDocument(page, workspaceId, workspace.url);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "**Already Markdown** stays as typed");
      document.querySelector(".editor-column .cm-content")!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => editorText(page)).toBe("**Already Markdown** stays as typed");
  });

  it("made no requests to other hosts and logged no errors", () => {
    expect(owner.foreignRequests).toEqual([]);
    expect(owner.problems).toEqual([]);
  });
});
