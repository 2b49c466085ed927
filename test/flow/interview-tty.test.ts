/**
 * The interview as a person meets it: `prfaq new` in a real pseudo-terminal
 * (tmux), answered by typing at its prompts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCritic, interviewScript, parseDocument, rules, scriptFields } from "../../src/core";
import { BIN, ensureBuilt, has, tempDir } from "./helpers";

const critic = createCritic({ rules });
const fields = scriptFields(interviewScript("prfaq", critic.lexicons.hardQuestions));
const prompt = (id: string) => fields.find((f) => f.id === id)!.prompt;

class Terminal {
  private static count = 0;
  readonly name = `prfaq-flow-${process.pid}-${Terminal.count++}`;
  private consumed = 0;

  constructor(cwd: string, command: string) {
    const env = `NO_COLOR=1 PRFAQ_TODAY=2027-03-01`;
    execFileSync("tmux", ["new-session", "-d", "-s", this.name, "-x", "200", "-y", "60", `cd '${cwd}' && ${env} '${process.execPath}' '${BIN}' ${command}; echo "EXIT=$?"; sleep 120`]);
  }

  screen(): string {
    return execFileSync("tmux", ["capture-pane", "-p", "-J", "-S", "-3000", "-t", this.name], { encoding: "utf8" });
  }

  /** Waits until text appears after everything already waited for, so the same prompt asked twice is told apart. */
  async waitFor(text: string, timeout = 20_000): Promise<void> {
    const until = Date.now() + timeout;
    for (;;) {
      const screen = this.screen();
      const at = screen.indexOf(text, this.consumed);
      if (at >= 0) {
        this.consumed = at + text.length;
        return;
      }
      if (Date.now() > until) throw new Error(`timed out waiting for ${JSON.stringify(text)}; the screen shows:\n${screen}`);
      await new Promise((r) => setTimeout(r, 60));
    }
  }

  type(text: string): void {
    if (text) execFileSync("tmux", ["send-keys", "-t", this.name, "-l", text]);
  }

  press(...keys: string[]): void {
    execFileSync("tmux", ["send-keys", "-t", this.name, ...keys]);
  }

  async answer(id: string, text: string): Promise<void> {
    await this.waitFor(prompt(id).slice(0, 60));
    await new Promise((r) => setTimeout(r, 80));
    this.type(text);
    this.press("Enter");
  }

  close(): void {
    spawnSync("tmux", ["kill-session", "-t", this.name]);
  }
}

const open: Terminal[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

beforeAll(ensureBuilt);

describe.skipIf(!has("tmux"))("prfaq new in a terminal (tmux)", () => {
  it("asks in order, pushes back, lets the author revise or keep, and writes the draft", async () => {
    const dir = tempDir();
    const t = new Terminal(dir, "new idea.md");
    open.push(t);
    await t.waitFor("1. The customer");
    await t.answer("customer.name", "enterprise customers");
    await t.answer("customer.role", "IT buyer");
    await t.answer("customer.context", "in every industry");
    await t.waitFor("is a segment, not a customer.");
    await t.waitFor("Name one representative customer: who, what role, where?");
    await t.waitFor("The critic pushes back. What now?");
    t.press("Down");
    t.press("Enter");
    // The context names a segment too; the critic asks again, and the author keeps that as well.
    await t.waitFor(`Customer's context: "in every industry"`);
    await t.waitFor("The critic pushes back. What now?");
    t.press("Down");
    t.press("Enter");

    await t.waitFor("2. Their day today");
    await t.answer("day", "");
    await t.waitFor("3. The problem");
    await t.answer("problem", "IT buyers are frustrated.");
    await t.waitFor("The critic pushes back. What now?");
    t.press("Enter");
    // Revising shows the answer again; replace it.
    await t.waitFor(prompt("problem").slice(0, 60));
    for (let i = 0; i < 30; i++) t.press("BSpace");
    t.type("Buyers spend 6 hours a week reconciling 14 licence spreadsheets.");
    t.press("Enter");

    await t.waitFor("4. What they use today");
    // Every remaining question, left empty: each becomes an open question.
    // A speaker is asked only for a quote, and a customer question's answer only for a question.
    for (const field of fields.slice(fields.findIndex((f) => f.id === "alternative"))) {
      if (field.placement === "internal-faq") break;
      if (!field.after) await t.answer(field.id, "");
    }
    for (const field of fields.filter((f) => f.placement === "internal-faq")) await t.answer(field.id, "");
    await t.waitFor("Another hard question leadership will ask?");
    t.press("Enter");
    await t.answer("kill_criteria", "We stop if fewer than 20% of buyers import a spreadsheet within 4 weeks.");
    await t.waitFor("Draft saved: idea.md");
    await t.waitFor("EXIT=0");

    const text = readFileSync(join(dir, "idea.md"), "utf8");
    expect(text).toContain("enterprise customers is an IT buyer in every industry.");
    expect(text).toContain("- [ ] Name one representative customer: who, what role, where? (customer: the critic asked; the answer was kept)");
    expect(text).toContain("Buyers spend 6 hours a week reconciling 14 licence spreadsheets.");
    expect(text).not.toContain("IT buyers are frustrated.");
    expect(text).toContain("We stop if fewer than 20% of buyers import a spreadsheet within 4 weeks.");
    expect(text).toContain("TODO: What does the customer's day look like today, where the problem shows up?");
    const doc = parseDocument(text);
    expect(doc.parts.find((p) => p.kind === "kill-criteria")).toBeTruthy();
    expect(t.screen()).toMatch(/idea\.md: not ready for review; \d+ errors, \d+ warnings, \d+ open questions\./);
  }, 120_000);

  it("re-asks the quote's speaker, not the quote, when the critic objects to who says it", async () => {
    const dir = tempDir();
    const t = new Terminal(dir, "new quote.md");
    open.push(t);
    for (const field of fields.slice(0, fields.findIndex((f) => f.id === "quotes.customer.text"))) if (!field.after) await t.answer(field.id, "");
    await t.answer("quotes.customer.text", "Swapping a shift used to take me six phone calls; now it takes one tap.");
    await t.answer("quotes.customer.speaker", "a nurse manager");
    await t.waitFor("names nobody");
    await t.waitFor("The critic pushes back. What now?");
    t.press("Enter");
    // The speaker's prompt comes back with the answer to fix; the quote's doesn't.
    await t.waitFor(prompt("quotes.customer.speaker").slice(0, 40));
    expect(t.screen().slice(t.screen().lastIndexOf("What now?"))).not.toContain(prompt("quotes.customer.text").slice(0, 40));
    for (let i = 0; i < 20; i++) t.press("BSpace");
    t.type("Aileen Moss, charge nurse on the renal ward at Ninewells Hospital");
    t.press("Enter");
    await t.waitFor(prompt("product.getting_started").slice(0, 40));
    t.press("C-c");
    await t.waitFor("EXIT=0");
    const text = readFileSync(join(dir, "quote.md"), "utf8");
    expect(text).toContain("Aileen Moss, charge nurse on the renal ward at Ninewells Hospital");
    expect(text).not.toContain("a nurse manager");
  }, 120_000);

  it("saves what was answered when the author stops with Ctrl-C", async () => {
    const dir = tempDir();
    const t = new Terminal(dir, "new partial.md");
    open.push(t);
    await t.answer("customer.name", "Ana Ruiz");
    await t.answer("customer.role", "front-desk manager");
    await t.answer("customer.context", "a three-vet clinic in Porto");
    await t.waitFor(prompt("day").slice(0, 60));
    t.press("C-c");
    await t.waitFor("Interview stopped. What you answered is saved in partial.md.");
    await t.waitFor("EXIT=0");
    const text = readFileSync(join(dir, "partial.md"), "utf8");
    expect(text).toContain("Ana Ruiz is a front-desk manager at a three-vet clinic in Porto.");
    expect(text).toContain("TODO: What does the customer's day look like today");
  }, 60_000);

  it("refuses to start over an existing file before asking anything", async () => {
    const dir = tempDir();
    execFileSync("sh", ["-c", "echo mine > taken.md"], { cwd: dir });
    const t = new Terminal(dir, "new taken.md");
    open.push(t);
    await t.waitFor("prfaq: taken.md already exists");
    await t.waitFor("EXIT=2");
    expect(readFileSync(join(dir, "taken.md"), "utf8")).toBe("mine\n");
    expect(existsSync(join(dir, "taken.md"))).toBe(true);
  }, 30_000);
});
