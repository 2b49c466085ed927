/**
 * Comments where the author writes, in Chromium: open threads sit in the
 * editor's margin beside their passage, follow it as the text changes, and
 * can be answered and resolved there.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

interface CommentJson {
  id: string;
  resolved: unknown;
  replies: { body: string }[];
  anchor: { start: number; end: number } | null;
}

/** The vertical distance between a thread's card and the top of its passage in the editor. */
async function offsetFromPassage(page: Page, card: Locator, commentId: string): Promise<number> {
  const passage = page.locator(`.cm-content .cm-comment-passage[data-comment-id="${commentId}"]`).first();
  const [cardBox, passageBox] = await Promise.all([card.boundingBox(), passage.boundingBox()]);
  if (!cardBox || !passageBox) throw new Error("the thread or its passage is not on screen");
  return Math.abs(cardBox.y - passageBox.y);
}

describe.skipIf(!canRun)("comment threads in the editor's margin", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  const watched: Watched[] = [];
  let ownerPage: Page;
  let samPage: Page;
  let workspaceId = "";

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
    samPage = await signIn(sam.context, added.signInUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  async function commentOn(page: Page, docId: string, revision: number, text: string, passage: string, body: string): Promise<string> {
    const start = text.indexOf(passage);
    expect(start, `the passage “${passage}” is in the text`).toBeGreaterThanOrEqual(0);
    const { comment } = await apiFromPage<{ comment: { id: string } }>(page, "POST", `/api/documents/${docId}/comments`, {
      revision,
      anchor: { start, end: start + passage.length },
      body,
    });
    return comment.id;
  }

  async function commentsOf(docId: string): Promise<CommentJson[]> {
    return (await apiFromPage<{ comments: CommentJson[] }>(samPage, "GET", `/api/documents/${docId}/comments`)).comments;
  }

  it("shows an open thread beside its passage, keeps it there while the author writes above it, and takes a reply and a resolve", async () => {
    const { document: created } = await apiFromPage<{ document: { id: string } }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/documents`, { text: draft, visibility: "workspace" });
    const docId = created.id;
    const denominator = await commentOn(samPage, docId, 1, draft, "Last summer 18% of visiting yachts", "18% of how many yachts? Give the count.");

    await ownerPage.goto(`${workspace.url}/d/${docId}`);
    const margin = ownerPage.getByTestId("comment-margin");
    const card = margin.locator(`[data-comment-id="${denominator}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain("18% of how many yachts?");
    expect(await card.textContent()).toContain("Sam Okafor");
    await expect.poll(() => offsetFromPassage(ownerPage, card, denominator)).toBeLessThan(12);
    // Beside the text, not over it.
    const textBox = await ownerPage.locator(".cm-content").boundingBox();
    const cardBox = await card.boundingBox();
    expect(cardBox!.x).toBeGreaterThanOrEqual(textBox!.x + textBox!.width - 1);
    await expectAccessible(ownerPage, "editor with a comment in the margin");

    // The author writes two paragraphs above the passage: the thread moves down with it, before any save.
    const before = (await card.boundingBox())!.y;
    await ownerPage.locator(".cm-content").getByText("Tidewater shows every free berth", { exact: false }).first().waitFor();
    await ownerPage.evaluate(() => {
      const line = [...document.querySelectorAll(".cm-line")].find((l) => l.textContent?.startsWith("Kerenza Pascoe"));
      if (!line) throw new Error("no Kerenza line");
      const range = document.createRange();
      range.setStart(line.firstChild!, 0);
      range.collapse(true);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    await ownerPage.keyboard.type("The harbour office answers the phone from eight until six, every day of the season.");
    await ownerPage.keyboard.press("Enter");
    await ownerPage.keyboard.press("Enter");
    await ownerPage.keyboard.type("Each call ends with a line in the paper diary.");
    await ownerPage.keyboard.press("Enter");
    await ownerPage.keyboard.press("Enter");
    await expect.poll(async () => (await card.boundingBox())!.y).toBeGreaterThan(before + 20);
    await expect.poll(() => offsetFromPassage(ownerPage, card, denominator)).toBeLessThan(12);

    // Once saved, the server re-anchors the thread into the new revision, and it stays put.
    await ownerPage.getByTestId("save-status").filter({ hasText: "Saved as revision 2" }).waitFor({ timeout: 15_000 });
    await expect.poll(() => offsetFromPassage(ownerPage, card, denominator)).toBeLessThan(12);

    // A new comment arrives live, beside its own passage.
    const head = await apiFromPage<{ revision: { number: number; text: string } }>(samPage, "GET", `/api/documents/${docId}`);
    const quoteComment = await commentOn(samPage, docId, head.revision.number, head.revision.text, "up to 24 hours before arrival", "What if the weather closes the harbour?");
    const second = margin.locator(`[data-comment-id="${quoteComment}"]`);
    await second.waitFor({ timeout: 10_000 });
    await expect.poll(() => offsetFromPassage(ownerPage, second, quoteComment)).toBeLessThan(12);
    // In text order, and never on top of each other.
    const [first, next] = [(await card.boundingBox())!, (await second.boundingBox())!];
    expect(next.y).toBeGreaterThanOrEqual(first.y + first.height);

    // A thread stays compact until the author turns to it.
    expect(await card.getByLabel("Reply to Sam Okafor").isVisible()).toBe(false);
    await ownerPage.screenshot({ path: "/tmp/margin.png" });
    await card.getByText("18% of how many yachts?").click();

    // The author answers where they write.
    await card.getByLabel("Reply to Sam Okafor").fill("2,300 visiting yachts in 2026; I'll put the count in.");
    await card.getByRole("button", { name: "Reply" }).click();
    await card.getByText("2,300 visiting yachts in 2026").waitFor();
    await expect.poll(async () => (await commentsOf(docId)).find((c) => c.id === denominator)?.replies.map((r) => r.body)).toEqual([
      "2,300 visiting yachts in 2026; I'll put the count in.",
    ]);

    // And resolves it there: it leaves the margin and its passage is no longer marked.
    await card.getByRole("button", { name: "Resolve" }).click();
    await card.waitFor({ state: "detached" });
    expect(await ownerPage.locator(`.cm-comment-passage[data-comment-id="${denominator}"]`).count()).toBe(0);
    expect((await commentsOf(docId)).find((c) => c.id === denominator)?.resolved).toBeTruthy();
    await second.waitFor();
    await expectAccessible(ownerPage, "editor after resolving in the margin");
  });

  it("reaches the threads from the keyboard and shows the passage from a thread", async () => {
    const { document: created } = await apiFromPage<{ document: { id: string } }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/documents`, { text: draft, visibility: "workspace" });
    const id = await commentOn(samPage, created.id, 1, draft, "at no charge", "Forever, or only this season?");
    await ownerPage.goto(`${workspace.url}/d/${created.id}`);
    const card = ownerPage.getByTestId("comment-margin").locator(`[data-comment-id="${id}"]`);
    await card.waitFor();
    await ownerPage.locator(".cm-content").focus();
    await ownerPage.keyboard.press("Tab");
    const focusedIn = await ownerPage.evaluate(() => document.activeElement?.closest("[data-comment-id]")?.getAttribute("data-comment-id") ?? null);
    expect(focusedIn).toBe(id);
    // The thread's quote puts the cursor on its passage in the text.
    await ownerPage.keyboard.press("Enter");
    const selected = await ownerPage.evaluate(() => window.getSelection()?.toString());
    expect(selected).toBe("at no charge");
    await expect.poll(() => card.evaluate((el) => el.classList.contains("active"))).toBe(true);
  });

  it("keeps a thread whose passage the author deleted where the words were, marked as removed, and takes a reply and a resolve there", async () => {
    const { document: created } = await apiFromPage<{ document: { id: string } }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/documents`, { text: draft, visibility: "workspace" });
    const docId = created.id;
    const id = await commentOn(samPage, docId, 1, draft, "18% of visiting yachts", "Of how many yachts?");
    await ownerPage.goto(`${workspace.url}/d/${docId}`);
    const card = ownerPage.getByTestId("comment-margin").locator(`[data-comment-id="${id}"]`);
    await card.waitFor();
    expect(await card.textContent()).not.toContain("Passage removed");

    // The author selects the sentence and deletes it, as with the mouse and Backspace.
    await ownerPage.evaluate((sentence) => {
      const content = document.querySelector(".editor-column .cm-content") as (Element & { cmTile?: { root?: { view?: { state: { doc: { toString(): string } }; dispatch(spec: object): void; focus(): void } } } }) | null;
      const view = content!.cmTile!.root!.view!;
      const at = view.state.doc.toString().indexOf(sentence);
      view.dispatch({ selection: { anchor: at, head: at + sentence.length } });
      view.focus();
    }, " Last summer 18% of visiting yachts arrived to find no berth ready.");
    await ownerPage.keyboard.press("Backspace");

    // Still in the margin, marked, level with the paragraph the words were in, and open for an answer.
    await expect.poll(() => card.textContent()).toContain("Passage removed");
    expect(await card.textContent()).toContain("18% of visiting yachts");
    expect(await ownerPage.locator(`.cm-comment-passage[data-comment-id="${id}"]`).count()).toBe(0);
    const paragraph = ownerPage.locator(".cm-line", { hasText: "Kerenza Pascoe has run the visitor berths" });
    const [cardBox, lineBox] = [(await card.boundingBox())!, (await paragraph.boundingBox())!];
    expect(cardBox.y).toBeGreaterThanOrEqual(lineBox.y - 12);
    expect(cardBox.y).toBeLessThanOrEqual(lineBox.y + lineBox.height);
    expect(await card.getByLabel("Reply to Sam Okafor").isVisible()).toBe(true);

    // Saved, the server can no longer anchor the thread; the margin still shows what it was on.
    await ownerPage.getByTestId("save-status").filter({ hasText: "Saved as revision 2" }).waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await commentsOf(docId)).find((c) => c.id === id)?.anchor).toBeNull();
    expect(await card.textContent()).toContain("Passage removed");
    expect(await card.textContent()).toContain("18% of visiting yachts");

    // Opened afresh, the thread is still there, with the words from the revision it was written on.
    await ownerPage.reload();
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain("Passage removed: “18% of visiting yachts”");
    await expectAccessible(ownerPage, "editor with a thread whose passage was removed");

    await card.getByLabel("Reply to Sam Okafor").fill("Cut: we had no count.");
    await card.getByRole("button", { name: "Reply" }).click();
    await card.getByText("Cut: we had no count.").waitFor();
    await card.getByRole("button", { name: "Resolve" }).click();
    await card.waitFor({ state: "detached" });
    const stored = (await commentsOf(docId)).find((c) => c.id === id)!;
    expect(stored.replies.map((r) => r.body)).toEqual(["Cut: we had no count."]);
    expect(stored.resolved).toBeTruthy();
  });

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
