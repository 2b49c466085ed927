import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import {
  answerGroups,
  answerNonInteractively,
  answersFromData,
  checkAnswer,
  checkAnswers,
  createCritic,
  emptyAnswers,
  findRule,
  interviewScript,
  OPEN_MARK,
  parseDocument,
  renderDraft,
  rules,
  scriptFields,
  type HardQuestion,
  type InterviewAnswers,
} from "../../src/core";

const critic = createCritic({ rules });
const steps = interviewScript("prfaq", critic.lexicons.hardQuestions);
const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

function goodAnswers(): InterviewAnswers {
  const { answers, problems } = answersFromData(parseYaml(fixture("answers-good.yml")), critic.lexicons.hardQuestions);
  expect(problems).toEqual([]);
  return answers;
}

describe("the interview script", () => {
  it("asks in the method's order: customer, day, problem, alternative, outcome, product, hard questions, kill criteria", () => {
    expect(steps.map((s) => s.id)).toEqual(["customer", "day", "problem", "alternative", "outcome", "product", "hard-questions", "kill-criteria"]);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("asks every core hard question from the lexicons, and a team's own extra question too", () => {
    const extra: HardQuestion = { id: "data-residency", question: "Where is customer data stored?", paraphrases: ["data residency"], core: true };
    const teamCritic = createCritic({ rules, config: { rules: {}, lexicons: { hardQuestions: [extra] } } });
    const asked = interviewScript("prfaq", teamCritic.lexicons.hardQuestions).find((s) => s.id === "hard-questions")!.fields.map((f) => f.hardQuestion);
    for (const q of teamCritic.lexicons.hardQuestions.filter((q) => q.core)) expect(asked).toContain(q.id);
    expect(asked).toContain("data-residency");
  });

  it("keeps the brief to one page: the product step asks only its name and solution", () => {
    const brief = interviewScript("brief", critic.lexicons.hardQuestions);
    expect(brief.find((s) => s.id === "product")!.fields.map((f) => f.id)).toEqual(["product.name", "product.solution"]);
    const nonCore = critic.lexicons.hardQuestions.filter((q) => !q.core).map((q) => q.id);
    for (const f of brief.find((s) => s.id === "hard-questions")!.fields) expect(nonCore).not.toContain(f.hardQuestion);
  });

  it("gathers the customer's name, role and context into one answer", () => {
    expect(answerGroups(steps[0]).map((g) => g.map((f) => f.id))).toEqual([["customer.name", "customer.role", "customer.context"]]);
  });
});

describe("checking an answer as it is given", () => {
  it('pushes back on "enterprise customers" with the critic\'s question', () => {
    const { pushbacks } = checkAnswers(critic, steps, emptyAnswers(), { "customer.name": "enterprise customers", "customer.role": "IT buyers", "customer.context": "in every industry" });
    const vague = pushbacks.find((p) => p.ruleId === "vague-customer");
    expect(vague?.fieldId).toBe("customer.name");
    expect(vague?.question).toBe(findRule("vague-customer")!.meta.question);
    expect(vague?.question).toBe("Name one representative customer: who, what role, where?");
  });

  it("accepts a named customer with a role and a place", () => {
    const { pushbacks } = checkAnswers(critic, steps, emptyAnswers(), { "customer.name": "Ana Ruiz", "customer.role": "front-desk manager", "customer.context": "a three-vet clinic in Porto" });
    expect(pushbacks.filter((p) => p.fieldId === "customer.name" && p.ruleId === "vague-customer")).toEqual([]);
  });

  it("asks for numbers when the problem has none, and not when it has them", () => {
    const vague = checkAnswer(critic, steps, emptyAnswers(), "problem", "Owners forget their appointments and the front desk is stressed.");
    expect(vague.pushbacks.map((p) => p.question).join(" ")).toMatch(/how often|how long|how much/i);
    const specific = checkAnswer(critic, steps, emptyAnswers(), "problem", "The clinic lost 11% of its 9,600 appointments last year to no-shows.");
    expect(specific.pushbacks.filter((p) => p.ruleId === null || p.ruleId === "unquantified-problem")).toEqual([]);
  });

  it('counts "TBD" and "there are no competitors" as dodges, wherever they are typed', () => {
    for (const dodge of ["TBD", "There are no competitors."]) {
      const { pushbacks } = checkAnswer(critic, steps, emptyAnswers(), "alternative", dodge);
      expect(pushbacks.some((p) => p.ruleId === "evasive-answer")).toBe(true);
    }
  });

  it("flags a kill criterion with no number", () => {
    const { pushbacks } = checkAnswer(critic, steps, emptyAnswers(), "kill_criteria", "We stop if people don't like it.");
    expect(pushbacks.length).toBeGreaterThan(0);
    expect(pushbacks.every((p) => p.fieldId === "kill_criteria")).toBe(true);
  });

  it("flags superiority without a baseline in the solution", () => {
    const { pushbacks } = checkAnswer(critic, steps, emptyAnswers(), "product.solution", "PawCall texts owners, and it is just better than anything else.");
    expect(pushbacks.some((p) => p.ruleId === "better-without-reason")).toBe(true);
  });

  it("raises nothing on the complete, specific answers of the fixture", () => {
    const run = answerNonInteractively(critic, goodAnswers());
    expect(run.pushbacks.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("the draft", () => {
  it("holds every answer as given, in its place, and parses into the PR/FAQ's parts", () => {
    const answers = goodAnswers();
    const draft = renderDraft(answers, steps, { date: "2027-03-01" });
    for (const field of scriptFields(steps)) {
      const given = answers.values[field.id];
      // The product's name goes into the front matter's title; every other answer has a place in the text.
      if (field.id === "product.name") continue;
      if (given) expect(draft.text.slice(draft.ranges[field.id].start, draft.ranges[field.id].end)).toBe(given.replace(/\s*\n\s*/g, " ").trim());
    }
    const doc = parseDocument(draft.text);
    const kinds = doc.parts.map((p) => p.kind);
    for (const kind of ["headline", "subheading", "summary", "problem", "solution", "getting-started", "faq", "success-metrics", "kill-criteria"] as const) expect(kinds).toContain(kind);
    const quotes = doc.parts.filter((p) => p.kind === "quote");
    expect(quotes.map((q) => q.kind === "quote" && q.voice)).toEqual(["spokesperson", "customer"]);
    expect(doc.frontMatter?.data).toMatchObject({ title: "PawCall", stage: "draft", format: "prfaq", created: expect.anything() });
  });

  it("marks what is unanswered as an open question and invents no text (any subset of answers)", () => {
    const complete = goodAnswers();
    const ids = Object.keys(complete.values);
    fc.assert(
      fc.property(fc.subarray(ids), (chosen) => {
        const answers = { ...emptyAnswers(), values: Object.fromEntries(chosen.map((id) => [id, complete.values[id]])) };
        const draft = renderDraft(answers, steps);
        // Remove every answer, every open mark and the fixed scaffolding: nothing else may remain.
        let rest = draft.text;
        for (const id of Object.keys(draft.ranges).sort((a, b) => draft.ranges[b].start - draft.ranges[a].start)) {
          rest = rest.slice(0, draft.ranges[id].start) + rest.slice(draft.ranges[id].end);
        }
        const scaffold = /^(?:---|title: .*|status: draft|stage: draft|format: prfaq|#{1,2}(?: .*)?|\*\*Q: .*\*\*|A: ?(?:TODO)?|- \[ \] .*|TODO: .*|[“”—, .]*(?:TODO: .*)?)$/;
        const invented = rest.split("\n").filter((line) => !scaffold.test(line.trim()));
        expect(invented).toEqual([]);
        for (const field of scriptFields(steps)) {
          if (answers.values[field.id] || field.id.endsWith(".speaker")) continue;
          expect(draft.openQuestions.some((q) => q.fieldId === field.id)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps a pushback the author overrode as an open question", () => {
    const answers: InterviewAnswers = {
      ...emptyAnswers(),
      values: { "customer.name": "enterprise customers" },
      kept: [{ fieldId: "customer.name", ruleId: "vague-customer", severity: "warning", message: "m", question: "Name one representative customer: who, what role, where?" }],
    };
    const draft = renderDraft(answers, steps);
    expect(draft.text).toContain("enterprise customers");
    expect(draft.openQuestions).toContainEqual({ fieldId: "customer.name", label: "Customer", question: "Name one representative customer: who, what role, where?", why: "kept" });
    expect(draft.text).toMatch(/- \[ \] Name one representative customer: who, what role, where\? \(customer: the critic asked; the answer was kept\)/);
  });

  it("leaves an unanswered part for the critic to report as unfinished", () => {
    const result = critic.check(renderDraft(emptyAnswers(), steps).text);
    expect(result.verdict.readiness).toBe("not-ready");
    expect(result.findings.some((f) => f.ruleId === "placeholder-text" && f.message.includes(OPEN_MARK))).toBe(true);
  });

  it("drafts a one-page brief with the brief's sections", () => {
    const answers = { ...goodAnswers(), format: "brief" as const };
    const brief = interviewScript("brief", critic.lexicons.hardQuestions);
    const draft = renderDraft(answers, brief);
    const headings = draft.text.split("\n").filter((l) => l.startsWith("## ") && l !== "## Open questions");
    expect(headings).toEqual(["## Customer", "## Problem", "## Solution", "## What success looks like", "## Hard questions", "## Kill criteria"]);
    const doc = parseDocument(draft.text);
    expect(doc.parts.map((p) => p.kind)).toEqual(expect.arrayContaining(["problem", "solution", "faq", "success-metrics", "kill-criteria"]));
    expect(draft.text).not.toContain("Customer quote");
  });
});

describe("answers from a file", () => {
  it("reports unknown keys instead of dropping them", () => {
    const { problems } = answersFromData({ probem: "typo", customer: { nmae: "x" } }, []);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^probem: unknown key/);
    expect(problems[1]).toMatch(/^customer\.nmae: unknown key/);
  });

  it("reads shorthand and the declared format, and keeps unknown hard questions as extra ones", () => {
    const { answers, problems } = answersFromData(
      { format: "brief", customer: "Ana Ruiz", hard_questions: { "What happens to our support load?": "It doubles in March." } },
      [{ id: "why-now", question: "Why now?", paraphrases: ["why now"], core: true }],
    );
    expect(problems).toEqual([]);
    expect(answers.format).toBe("brief");
    expect(answers.values["customer.name"]).toBe("Ana Ruiz");
    expect(answers.extraQuestions).toEqual([{ question: "What happens to our support load?", answer: "It doubles in March." }]);
  });

  it("matches a hard question by its paraphrases", () => {
    const { answers } = answersFromData({ hard_questions: [{ question: "So why is now the right time?", answer: "The SMS gateway shipped in 2027." }] }, [
      { id: "why-now", question: "Why now?", paraphrases: ["why now", "right time"], core: true },
    ]);
    expect(answers.values["hard_questions.why-now"]).toBe("The SMS gateway shipped in 2027.");
  });

  it("rejects a value that is not text", () => {
    expect(answersFromData({ problem: ["a", "b"] }, []).problems).toEqual(["problem: expected text, found a list"]);
  });
});
