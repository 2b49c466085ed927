/** axe-core in the page, for the end-to-end tests' accessibility checks. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { expect } from "vitest";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Resolves once the DOM has gone `quietMs` without a change (live critique, SSE refetches), or after `maxMs`. */
export async function waitForQuietDom(page: Page, quietMs = 400, maxMs = 5000): Promise<void> {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quietMs);
        const cap = setTimeout(done, maxMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quietMs);
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        function done() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          resolve();
        }
      }),
    { quietMs, maxMs },
  );
}

/** Runs axe-core (WCAG 2 A and AA rules, and best practices) on the page and fails with a readable list of violations. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // CDP evaluation isn't bound by the page's CSP, so axe can be loaded without weakening it.
  const run = async () => {
    // axe indexes the DOM before it reports; a re-render in between (the critique arriving) breaks its selectors.
    await waitForQuietDom(page);
    await page.evaluate(axeSource);
    return runAxe(page);
  };
  let violations: Awaited<ReturnType<typeof runAxe>>;
  try {
    violations = await run();
  } catch (err) {
    // axe itself crashes when a node it indexed is gone by the time it names it; that is no finding, so look again once things settle.
    if (!/nthChild|is not attached|detached/i.test(String(err))) throw err;
    violations = await run();
  }
  expect(violations, `${screen}: accessibility violations\n${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

function runAxe(page: Page) {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

