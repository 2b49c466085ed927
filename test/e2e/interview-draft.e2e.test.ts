/**
 * The guided interview in the browser, to its end: the customer questions
 * step, and a draft that reads as a press release and opens in the editor
 * without a structure error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersFromData, createCritic, interviewScript, rules } from "../../src/core";
import { expectAccessible } from "./axe";
import { canRun, launchBrowser, newWatchedContext, repoRoot, signIn, startWorkspace, type TestWorkspace, type Watched } from "./harness";

const critic = createCritic({ rules });
const steps = interviewScript("prfaq", critic.lexicons.hardQuestions);
const customerStep = steps.findIndex((s) => s.id === "customer-faq");

/** Every answer of the fixture's interview but the customer questions, which the test types in. */
function answersBeforeCustomerQuestions() {
  const fixture = readFileSync(join(repoRoot, "test", "flow", "fixtures", "answers-complete.yml"), "utf8");
  const { answers } = answersFromData(parseYaml(fixture), critic.lexicons.hardQuestions);
  for (const id of Object.keys(answers.values)) if (id.startsWith("customer_faq.")) delete answers.values[id];
  return answers;
}

/** Presses Check and continue; where the critic pushes back, keeps the answer, as an author may. */
async function checkAndContinue(page: Page, next: RegExp): Promise<void> {
  await page.getByRole("button", { name: /Check and continue|Check again/ }).click();
  const heading = page.getByRole("heading", { name: next });
  const keep = page.getByLabel(/Keep my answer/);
  await expect.poll(async () => (await heading.count()) + (await keep.count()), { timeout: 20_000 }).toBeGreaterThan(0);
  if (await heading.count()) return;
  for (let i = 0; i < (await keep.count()); i++) await keep.nth(i).check();
  await page.getByRole("button", { name: /Check and continue|Check again/ }).click();
  await heading.waitFor({ timeout: 20_000 });
}

describe.skipIf(!canRun)("the interview's draft, in the browser", () => {
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

  it("asks the customer's questions, drafts a press release, and the document opens with no structure error", async () => {
    // The earlier steps are answered already (the trust tests walk them); pick up at the customer questions.
    await page.evaluate(
      ({ answers, step }) => localStorage.setItem("prfaq.interview", JSON.stringify({ answers, step, reached: step })),
      { answers: answersBeforeCustomerQuestions(), step: customerStep },
    );
    await page.goto(`${workspace.url}/new?from=interview`);
    await page.getByRole("heading", { name: `${customerStep + 1}. Customer questions` }).waitFor();
    await expectAccessible(page, "interview: customer questions");
    await page.getByLabel(/What will a customer ask first/).fill("Does it cost me anything?");
    await page.locator("textarea").nth(1).fill("No. Delivery and returns are free for readers over 70.");
    await page.locator("textarea").nth(2).fill("What if the locker is full?");
    await page.locator("textarea").nth(3).fill("The courier uses the next locker on your list, and the text says which one.");
    await checkAndContinue(page, new RegExp(`^${customerStep + 2}\\. The hard questions`));
    await checkAndContinue(page, new RegExp(`^${customerStep + 3}\\. Kill criteria`));
    await checkAndContinue(page, /^Your draft$/);

    const draft = (await page.getByLabel("Draft text").textContent()) ?? "";
    expect(draft).toContain("GDAŃSK, Poland — 14 September 2028 — Gdańsk City Library today launched BookPost");
    expect(draft).toContain("Tomasz Wójcik is a retired bus driver in a ground-floor flat");
    expect(draft).toContain("said Katarzyna Nowak, director of Gdańsk City Library.");
    expect(draft).toContain("## Customer FAQ\n\n**Q: Does it cost me anything?**\nA: No. Delivery and returns are free for readers over 70.\n\n**Q: What if the locker is full?**");
    expect(draft).not.toMatch(/^## (?:Summary|Problem|Solution|Customer quote)$/m);

    await page.getByRole("button", { name: "Create the document" }).click();
    await page.waitForURL(/\/d\/doc_/);
    await page.locator(".editor-column .cm-content").waitFor();
    await expect.poll(() => page.getByTestId("verdict").textContent(), { timeout: 20_000 }).toMatch(/^(?!.*not ready).*ready for review/i);
    const panel = (await page.locator(".critique-panel").textContent()) ?? "";
    expect(panel).not.toContain("has no customer FAQ");
    expect(panel).not.toMatch(/structure\/|no (?:headline|summary|problem|solution)\b/);
    expect(owner.problems).toEqual([]);
    expect(owner.foreignRequests).toEqual([]);
  }, 120_000);
});
