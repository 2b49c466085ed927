/**
 * Invitations in Chromium: the Team screen lists the ones nobody has accepted
 * yet, with their expiry and a way to revoke them, and an existing account
 * joins another workspace on the invitation screen.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe";
import { apiFromPage, canRun, launchBrowser, newWatchedContext, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

interface SessionJson {
  user: { id: string; email: string };
  workspaces: { id: string; name: string }[];
}

const DAY_MS = 24 * 3600 * 1000;

describe.skipIf(!canRun)("invitations in the browser", () => {
  let workspace: TestWorkspace;
  let browser: Browser;
  const watched: Watched[] = [];
  let ownerPage: Page;
  let workspaceId = "";

  beforeAll(async () => {
    workspace = await startWorkspace();
    browser = await launchBrowser();
    const owner = await newWatchedContext(browser, workspace.url);
    watched.push(owner);
    ownerPage = await signIn(owner.context, workspace.signInUrl);
    workspaceId = (await apiFromPage<SessionJson>(ownerPage, "GET", "/api/session")).workspaces[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  async function inviteFromTeamScreen(email: string, name: string, role: string): Promise<string> {
    await ownerPage.goto(`${workspace.url}/team`);
    await ownerPage.getByRole("heading", { name: "Team" }).waitFor();
    const form = ownerPage.locator("form.invite-form");
    await form.getByLabel("E-mail").fill(email);
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Role").selectOption(role);
    await form.getByRole("button", { name: "Invite" }).click();
    const link = form.getByLabel(`Sign-in link for ${name}`);
    await link.waitFor();
    return link.inputValue();
  }

  const pendingRow = (email: string) => ownerPage.locator(".pending-invitations tbody tr", { hasText: email });

  it("lists a new invitation as pending with its expiry, and revoking it kills the link", async () => {
    const link = await inviteFromTeamScreen("ines.moreau@example.com", "Inès Moreau", "reviewer");
    const row = pendingRow("ines.moreau@example.com");
    await row.waitFor();
    expect(await row.locator("th").textContent()).toBe("Inès Moreau");
    expect(await row.textContent()).toContain("reviewer");
    const expires = await row.locator("time").getAttribute("datetime");
    const daysLeft = (Date.parse(expires!) - Date.now()) / DAY_MS;
    expect(daysLeft).toBeGreaterThan(6.9);
    expect(daysLeft).toBeLessThanOrEqual(7);
    expect(await row.locator("time").textContent()).toBe("in 7 days");
    await expectAccessible(ownerPage, "team screen with a pending invitation");

    // Still there after a reload: the list comes from the server.
    await ownerPage.reload();
    await pendingRow("ines.moreau@example.com").waitFor();

    ownerPage.once("dialog", (dialog) => void dialog.accept());
    await pendingRow("ines.moreau@example.com").getByRole("button", { name: "Revoke the invitation of Inès Moreau" }).click();
    await pendingRow("ines.moreau@example.com").waitFor({ state: "detached" });
    await ownerPage.getByText("No invitation is waiting.").waitFor();

    const stranger = await newWatchedContext(browser, workspace.url);
    watched.push(stranger);
    const page = await stranger.context.newPage();
    await page.goto(link);
    await page.getByText("That sign-in link didn't work").waitFor();
    await stranger.context.close();
  });

  it("lets an existing account accept on the invitation screen, and the invitation leaves the pending list", async () => {
    // Tomás joins the first workspace through his link and sets a password.
    const firstLink = await inviteFromTeamScreen("tomas.ruiz@example.com", "Tomás Ruiz", "editor");
    const tomas = await newWatchedContext(browser, workspace.url);
    watched.push(tomas);
    const tomasPage = await signIn(tomas.context, firstLink);
    await apiFromPage(tomasPage, "POST", "/api/account/password", { newPassword: "a long harbour password" });
    await ownerPage.reload();
    await ownerPage.getByRole("heading", { name: "Team" }).waitFor();
    expect(await pendingRow("tomas.ruiz@example.com").count()).toBe(0);

    // A second workspace invites the same address: an existing account is asked, not joined.
    const second = await apiFromPage<{ id: string }>(ownerPage, "POST", "/api/workspaces", { name: "Harbour board" });
    const { signInUrl } = await apiFromPage<{ signInUrl: string }>(ownerPage, "POST", `/api/workspaces/${second.id}/members`, {
      email: "tomas.ruiz@example.com",
      role: "reviewer",
    });

    // Signed out, the link asks him to sign in first, then shows the invitation.
    const fresh = await newWatchedContext(browser, workspace.url);
    watched.push(fresh);
    const page = await fresh.context.newPage();
    await page.goto(signInUrl);
    await page.getByRole("heading", { name: "You have been invited" }).waitFor();
    await expectAccessible(page, "sign-in for an invited account");
    await page.getByLabel("E-mail").fill("tomas.ruiz@example.com");
    await page.getByLabel("Password").fill("a long harbour password");
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { name: "Join Harbour board?" }).waitFor();
    const screen = await page.getByRole("main").textContent();
    expect(screen).toContain("tomas.ruiz@example.com");
    expect(screen).toContain("as reviewer");
    await expectAccessible(page, "invitation screen");
    // Not yet a member: opening the link joined nothing.
    expect((await apiFromPage<SessionJson>(page, "GET", "/api/session")).workspaces.map((w) => w.name)).toEqual(["My workspace"]);

    await page.getByRole("button", { name: "Join Harbour board" }).click();
    await page.getByRole("heading", { name: "Portfolio" }).waitFor();
    expect(page.url()).not.toContain("invitation=");
    expect((await apiFromPage<SessionJson>(page, "GET", "/api/session")).workspaces.map((w) => w.name).sort()).toEqual(["Harbour board", "My workspace"]);
    await page.getByLabel("Workspace").waitFor();
    expect(await apiFromPage<{ invitations: unknown[] }>(ownerPage, "GET", `/api/workspaces/${second.id}/invitations`)).toEqual({ invitations: [] });
  });

  it("tells someone signed in as another account how to accept, and joins nobody", async () => {
    const { signInUrl } = await apiFromPage<{ signInUrl: string }>(ownerPage, "POST", `/api/workspaces/${workspaceId}/members`, {
      email: "owner-of-the-link@example.com",
      role: "viewer",
    });
    // The owner is signed in as someone else in this browser.
    await ownerPage.goto(signInUrl);
    await ownerPage.getByRole("heading", { name: "Join My workspace?" }).waitFor();
    const alert = ownerPage.getByRole("alert");
    expect(await alert.textContent()).toContain("Sign out, then sign in as owner-of-the-link@example.com");
    expect(await ownerPage.getByRole("button", { name: /^Join / }).count()).toBe(0);
    await ownerPage.getByRole("button", { name: "Sign out, to sign in as owner-of-the-link@example.com" }).waitFor();
    await expectAccessible(ownerPage, "invitation for another account");
    await ownerPage.getByRole("button", { name: "Not now" }).click();
    await ownerPage.getByRole("heading", { name: "Portfolio" }).waitFor();
    // The owner has two workspaces by now; the invitation is to the first.
    await ownerPage.getByLabel("Workspace").selectOption({ label: "My workspace" });
    await ownerPage.goto(`${workspace.url}/team`);
    await pendingRow("owner-of-the-link@example.com").waitFor();
  });

  it("made no requests to other hosts and logged no errors", () => {
    for (const w of watched) {
      expect(w.foreignRequests).toEqual([]);
      expect(w.problems).toEqual([]);
    }
  });
});
