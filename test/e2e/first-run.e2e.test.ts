/**
 * The first sign-in of `npm start`'s local owner, in Chromium: asked once for
 * the name the team will see, instead of appearing as the computer's user
 * name ("root" on many machines), and free to skip.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type Watched } from "./harness";

interface SessionJson {
  user: { id: string; name: string; needsName?: boolean };
  workspaces: { id: string }[];
}

describe.skipIf(!canRun)("a display name at the first sign-in", () => {
  let browser: Browser;
  const watched: Watched[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("asks the local owner for a name once, and shows it in the header, on documents and on comments", async () => {
    const workspace = await startWorkspace();
    try {
      const owner = await newWatchedContext(browser, workspace.url);
      watched.push(owner);
      const page = await signIn(owner.context, workspace.signInUrl, { keepNamePrompt: true });
      const suggested = (await apiFromPage<SessionJson>(page, "GET", "/api/session")).user.name;
      await page.getByRole("heading", { name: "What should your team call you?" }).waitFor();
      expect(await page.getByRole("main").textContent()).toContain(`For now it is “${suggested}”`);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("autocomplete"))).toBe("name");
      await expectAccessible(page, "first-run name question");

      // An empty name is not a choice; the question stays.
      await page.getByRole("button", { name: "Save my name" }).click();
      await page.getByText("Enter the name others should see").waitFor();

      await page.getByLabel("Your name").fill("Morwenna Tregear");
      await page.getByRole("button", { name: "Save my name" }).click();
      await page.getByRole("heading", { name: "Portfolio" }).waitFor();
      expect(await page.locator(".account-link").textContent()).toBe("Morwenna Tregear");

      // Everywhere after: as a document's author, and on a comment in the review.
      const session = await apiFromPage<SessionJson>(page, "GET", "/api/session");
      expect(session.user).toMatchObject({ name: "Morwenna Tregear", needsName: false });
      const { document: created } = await apiFromPage<{ document: { id: string } }>(page, "POST", `/api/workspaces/${session.workspaces[0].id}/documents`, { text: draft });
      await apiFromPage(page, "POST", `/api/documents/${created.id}/comments`, { revision: 1, anchor: null, body: "Check the pontoon count with the harbour office." });
      await page.goto(`${workspace.url}/d/${created.id}/review`);
      const thread = page.locator(".thread", { hasText: "Check the pontoon count" });
      await thread.waitFor();
      expect(await thread.locator(".comment-meta strong").first().textContent()).toBe("Morwenna Tregear");
      await page.goto(`${workspace.url}/d/${created.id}/history`);
      await page.locator("table.revisions").getByText("Morwenna Tregear").first().waitFor();

      // Asked once: a reload, or a deep link, goes straight to the screen.
      await page.goto(`${workspace.url}/team`);
      await page.getByRole("heading", { name: "Team" }).waitFor();
      expect(await page.getByRole("heading", { name: "What should your team call you?" }).count()).toBe(0);
    } finally {
      await workspace.close();
    }
  });

  it("lets the owner keep the suggested name, and doesn't ask again", async () => {
    const workspace = await startWorkspace();
    try {
      const owner = await newWatchedContext(browser, workspace.url);
      watched.push(owner);
      const page = await signIn(owner.context, workspace.signInUrl, { keepNamePrompt: true });
      const suggested = (await apiFromPage<SessionJson>(page, "GET", "/api/session")).user.name;
      await page.getByRole("button", { name: `Keep “${suggested}”` }).click();
      await page.getByRole("heading", { name: "Portfolio" }).waitFor();
      await page.reload();
      await page.getByRole("heading", { name: "Portfolio" }).waitFor();
      expect(await page.getByRole("heading", { name: "What should your team call you?" }).count()).toBe(0);
      expect((await apiFromPage<SessionJson>(page, "GET", "/api/session")).user).toMatchObject({ name: suggested, needsName: false });
    } finally {
      await workspace.close();
    }
  });

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
