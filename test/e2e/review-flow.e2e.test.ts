/**
 * The review as a team runs it, in Chromium: deciding against a reviewer's
 * verdict is explicit and stays on record.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { draft } from "./fixtures";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

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
    const added = await apiFromPage<{ member: { user: { id: string } }; signInUrl: string }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/members`, {
      email: "sam@example.com",
      name: "Sam Okafor",
      role: "reviewer",
    });
    samId = added.member.user.id;
    const sam = await newWatchedContext(browser, workspace.url);
    watched.push(sam);
    samPage = await signIn(sam.context, added.signInUrl);
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

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
