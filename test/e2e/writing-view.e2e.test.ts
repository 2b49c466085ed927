/**
 * The writing view in Chromium: Markdown marks hidden off the line being
 * edited, shown on it, Ctrl+B / Ctrl+I wrapping the selection, and the
 * word processor's heading and list shortcuts.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

const text = [
  "# Lockerline Lets Night-Shift Nurses Collect Parcels at Work",
  "",
  "Nurses pick up **every parcel** at the _staff entrance_, see [the rota](https://example.org/rota).",
  "",
  "Last line.",
].join("\n");

async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const content = document.querySelector(".editor-column .cm-content") as (Element & { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } }) | null;
    return content!.cmTile!.root!.view!.state.doc.toString();
  });
}

const lineText = (page: Page, n: number) => page.locator(".editor-column .cm-line").nth(n).textContent();

describe.skipIf(!canRun)("the writing view", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  let owner: Watched;
  let page: Page;

  beforeAll(async () => {
    workspace = await startWorkspace();
    browser = await launchBrowser();
    owner = await newWatchedContext(browser, workspace.url);
    page = await signIn(owner.context, workspace.signInUrl);
    const workspaceId = (await apiFromPage<{ workspaces: { id: string }[] }>(page, "GET", "/api/workspaces")).workspaces[0].id;
    const created = await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${workspaceId}/documents`, { text, visibility: "workspace" });
    await page.goto(`${workspace.url}/d/${created.document.id}`);
    await page.locator(".editor-column .cm-content").waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  it("hides marks except on the line being edited, and shows them all again when switched off", async () => {
    const toggle = page.getByRole("button", { name: "Writing view" });
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await lineText(page, 0)).toBe("# Lockerline Lets Night-Shift Nurses Collect Parcels at Work");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    // Put the cursor on the last line: every other line shows its words only.
    await page.locator(".editor-column .cm-line").nth(4).click();
    await expect.poll(() => lineText(page, 0)).toBe("Lockerline Lets Night-Shift Nurses Collect Parcels at Work");
    expect(await lineText(page, 2)).toBe("Nurses pick up every parcel at the staff entrance, see the rota.");
    // The text itself is unchanged: only its display.
    expect(await editorText(page)).toBe(text);
    // On the edited line, the marks come back.
    await page.locator(".editor-column .cm-line").nth(2).click();
    await expect.poll(() => lineText(page, 2)).toContain("**every parcel**");
    expect(await lineText(page, 0)).toBe("Lockerline Lets Night-Shift Nurses Collect Parcels at Work");
    await expectAccessible(page, "editor in the writing view");
    await toggle.click();
    await expect.poll(() => lineText(page, 0)).toBe("# Lockerline Lets Night-Shift Nurses Collect Parcels at Work");
  });

  it("remembers the choice in this browser", async () => {
    await page.getByRole("button", { name: "Writing view" }).click();
    await page.reload();
    await page.locator(".editor-column .cm-content").waitFor();
    expect(await page.getByRole("button", { name: "Writing view" }).getAttribute("aria-pressed")).toBe("true");
  });

  it("wraps the selection in bold with Ctrl+B and in italics with Ctrl+I, and unwraps it on a second press", async () => {
    const editor = page.locator(".editor-column .cm-content");
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("Control+b");
    await expect.poll(() => editorText(page)).toMatch(/\n\*\*Last line\.\*\*$/);
    await page.keyboard.press("Control+i");
    await expect.poll(() => editorText(page)).toMatch(/\n\*\*_Last line\._\*\*$/);
    await page.keyboard.press("Control+i");
    await page.keyboard.press("Control+b");
    await expect.poll(() => editorText(page)).toMatch(/\nLast line\.$/);
  });

  it("makes a heading with Ctrl+Alt+1 and 2 and plain text with Ctrl+Alt+0, and lists with Ctrl+Shift+8 and 7", async () => {
    const editor = page.locator(".editor-column .cm-content");
    await editor.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+Alt+2");
    await expect.poll(() => editorText(page)).toMatch(/\n## Last line\.$/);
    // The heading reads as a heading once the cursor leaves its line: the marks are hidden, the size is a heading's.
    await page.keyboard.press("Control+Home");
    await expect.poll(() => lineText(page, 4)).toBe("Last line.");
    const weight = await page
      .locator(".editor-column .cm-line")
      .nth(4)
      .evaluate((line) => getComputedStyle([...line.querySelectorAll("span")].find((s) => s.textContent?.includes("Last line")) ?? line).fontWeight);
    expect(weight).toBe("700");
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Control+Alt+1");
    await expect.poll(() => editorText(page)).toMatch(/\n# Last line\.$/);
    await page.keyboard.press("Control+Alt+0");
    await expect.poll(() => editorText(page)).toMatch(/\nLast line\.$/);

    await page.keyboard.press("Enter");
    await page.keyboard.type("Texts at 06:30");
    await page.keyboard.press("Enter");
    await page.keyboard.type("A board on the pier");
    await page.keyboard.press("Shift+ArrowUp");
    await page.keyboard.press("Shift+Home");
    await page.keyboard.press("Control+Shift+8");
    await expect.poll(() => editorText(page)).toMatch(/\nLast line\.\n- Texts at 06:30\n- A board on the pier$/);
    await page.keyboard.press("Control+Shift+7");
    await expect.poll(() => editorText(page)).toMatch(/\nLast line\.\n1\. Texts at 06:30\n2\. A board on the pier$/);
    await page.keyboard.press("Control+Shift+7");
    await expect.poll(() => editorText(page)).toMatch(/\nLast line\.\nTexts at 06:30\nA board on the pier$/);
  });

  it("made no requests to other hosts and logged no errors", () => {
    expect(owner.foreignRequests).toEqual([]);
    expect(owner.problems).toEqual([]);
  });
});
