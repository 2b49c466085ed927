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
  outlineOf,
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
  it("asks in the method's order: customer, day, problem, alternative, outcome, product, customer questions, hard questions, kill criteria", () => {
    expect(steps.map((s) => s.id)).toEqual(["customer", "day", "problem", "alternative", "outcome", "product", "customer-faq", "hard-questions", "kill-criteria"]);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const brief = interviewScript("brief", critic.lexicons.hardQuestions);
    expect(brief.map((s) => s.id)).not.toContain("customer-faq");
    expect(brief.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("asks for customer questions in pairs, each answer only after its question", () => {
    const step = steps.find((s) => s.id === "customer-faq")!;
    const pairs = answerGroups(step).map((g) => g.map((f) => f.id));
    expect(pairs).toEqual([1, 2, 3].map((n) => [`customer_faq.${n}.question`, `customer_faq.${n}.answer`]));
    for (const [question, answer] of pairs) expect(step.fields.find((f) => f.id === answer)!.after).toBe(question);
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
      if (field.id === "product.name" || !given) continue;
      const placed = draft.text.slice(draft.ranges[field.id].start, draft.ranges[field.id].end);
      // A quote's closing stop becomes the comma before "said", and the dateline's city is in capitals.
      const expected = given.replace(/\s*\n\s*/g, " ").trim().replace(field.placement.endsWith("quote") ? /[.]$/ : /$^/, "");
      if (field.id === "launch.place") expect(placed.toLowerCase()).toBe(expected.toLowerCase());
      else expect(placed).toBe(expected);
    }
    const doc = parseDocument(draft.text);
    const kinds = doc.parts.map((p) => p.kind);
    for (const kind of ["headline", "subheading", "summary", "problem", "solution", "getting-started", "faq", "success-metrics", "kill-criteria"] as const) expect(kinds).toContain(kind);
    expect(doc.parts.filter((p) => p.kind === "faq").map((p) => p.kind === "faq" && p.audience)).toEqual(["customer", "internal"]);
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
        const scaffold = /^(?:---|title: .*|status: draft|stage: draft|format: prfaq|#{1,2}(?: .*)?|\*\*Q: .*\*\*|A: ?(?:TODO)?|- \[ \] .*|TODO: .*)$/;
        // The words that join answers into prose: "is a", "at", "said", the dateline's dashes, the turn to the product.
        const joining = /\b(?:is|an?|at|said)\b|\*\*Q: |\*\*|works like this:|[“”—,.:]/g;
        const invented = rest
          .split("\n")
          .filter((line) => !scaffold.test(line.trim()))
          .map((line) => line.replace(/TODO: [^.?]*[.?]?/g, "").replace(joining, "").trim())
          .filter(Boolean);
        expect(invented).toEqual([]);
        for (const field of scriptFields(steps)) {
          if (answers.values[field.id] || field.optional || (field.after && !answers.values[field.after])) continue;
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

function answersFrom(name: string): InterviewAnswers {
  const { answers, problems } = answersFromData(parseYaml(fixture(name)), critic.lexicons.hardQuestions);
  expect(problems).toEqual([]);
  return answers;
}

describe("the draft reads as a press release", () => {
  const fixtures = ["answers-good.yml", "answers-complete.yml"];

  it("opens with headline, subheading and a datelined summary, then prose paragraphs, not form fields", () => {
    for (const name of fixtures) {
      const text = renderDraft(answersFrom(name), steps).text;
      const pressRelease = text.slice(0, text.indexOf("## Customer FAQ"));
      expect(pressRelease.split("\n").filter((l) => l.startsWith("## "))).toHaveLength(1);
      for (const form of ["## Summary", "## Problem", "## Solution", "## Spokesperson quote", "## Customer quote", "## Getting started"]) expect(text).not.toContain(form);
      const paragraphs = pressRelease.split(/\n\n/).slice(3).map((p) => p.trim()).filter(Boolean);
      expect(paragraphs[0]).toMatch(/^\p{Lu}{2,}[^—]*, \p{Lu}[\p{L}]+ — \d{1,2} \p{L}+ \d{4} — \p{Lu}/u);
      // Every paragraph ends as a sentence ends.
      for (const paragraph of paragraphs) expect(paragraph).toMatch(/[.!?]["”’)]*$/);
    }
  });

  it("introduces the customer in a sentence and quotes people the way newspapers do", () => {
    const text = renderDraft(answersFrom("answers-good.yml"), steps).text;
    expect(text).toContain("PORTO, Portugal — 3 March 2028 — Clínica Veterinária Foz today started PawCall");
    expect(text).toContain("Ana Ruiz is a front-desk manager at Clínica Veterinária Foz, a three-vet clinic in Porto with 4,100 registered pets. Ana starts each morning");
    expect(text).toContain("“Every empty slot is a sick animal we could have seen that day,” said Rui Matos, clinical director at Clínica Veterinária Foz.");
    expect(text).toContain("“I used to lose my whole morning to the phone. Now I fill the gaps before nine,” said Ana Ruiz");
    const bookPost = renderDraft(answersFrom("answers-complete.yml"), steps).text;
    expect(bookPost).toContain("Tomasz Wójcik is a retired bus driver in a ground-floor flat in Gdańsk-Orunia");
  });

  it("keeps a dateline the author already wrote instead of adding a second one", () => {
    const answers = answersFrom("answers-good.yml");
    answers.values["product.summary"] = "LEEDS, England — May 4, 2028 — Kirkgate Market today opened StallPay for its 800 traders.";
    const text = renderDraft(answers, steps).text;
    expect(text).toContain("\nLEEDS, England — May 4, 2028 — Kirkgate Market today opened StallPay");
    expect(text).not.toContain("PORTO");
  });

  it("parses back into the same parts: headline, dateline and summary, problem, solution, both voices, how to start, both FAQs", () => {
    for (const name of fixtures) {
      const answers = answersFrom(name);
      const doc = parseDocument(renderDraft(answers, steps).text);
      const outline = outlineOf(doc);
      const kinds = outline.map((entry) => entry.kind);
      for (const kind of ["headline", "subheading", "summary", "problem", "solution", "getting-started"]) expect(kinds, name).toContain(kind);
      expect(outline.find((entry) => entry.kind === "summary")?.label, name).toMatch(/dateline "\p{Lu}{2,}/u);
      const quotes = doc.parts.filter((p) => p.kind === "quote");
      expect(quotes.map((q) => q.kind === "quote" && [q.voice, q.speaker?.name]), name).toEqual([
        ["spokesperson", answers.values["quotes.spokesperson.speaker"].split(",")[0]],
        ["customer", answers.values["quotes.customer.speaker"].split(",")[0]],
      ]);
      expect(outline.filter((entry) => entry.kind === "faq").map((f) => [f.audience, f.questions]), name).toEqual([
        ["customer", 2],
        ["internal", 9],
      ]);
      const headline = doc.parts.find((p) => p.kind === "headline");
      expect(headline?.kind === "headline" && headline.text).toBe(answers.values["product.headline"]);
    }
  });

  it("gives a fully answered interview no structure error, and a ready verdict when the answers are good", () => {
    const run = answerNonInteractively(critic, answersFrom("answers-complete.yml"));
    const result = critic.check(renderDraft(run.answers, steps).text);
    expect(result.findings.filter((f) => f.category === "structure")).toEqual([]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.verdict.readiness).toBe("ready");
  });

  it("lists the first customer question as open while none is given, and a question without its answer", () => {
    const none = renderDraft(emptyAnswers(), steps);
    expect(none.openQuestions.filter((q) => q.fieldId.startsWith("customer_faq")).map((q) => q.fieldId)).toEqual(["customer_faq.1.question"]);
    expect(none.text).toMatch(/## Customer FAQ\n\nTODO: What will customers ask before they buy or use it\?\n/);
    const unanswered = renderDraft({ ...emptyAnswers(), values: { "customer_faq.1.question": "Can I bring my own cat carrier?" } }, steps);
    expect(unanswered.text).toContain("**Q: Can I bring my own cat carrier?**\nA: TODO");
    expect(unanswered.openQuestions.map((q) => q.fieldId)).toContain("customer_faq.1.answer");
  });
});

describe("answers from a file", () => {
  it("reads customer questions as a list or as a mapping, and refuses more than the interview drafts", () => {
    const asList = answersFromData({ customer_faq: [{ question: "Is it free?", answer: "Yes, for riders." }] }, []);
    expect(asList.problems).toEqual([]);
    expect(asList.answers.values).toMatchObject({ "customer_faq.1.question": "Is it free?", "customer_faq.1.answer": "Yes, for riders." });
    const asMap = answersFromData({ customer_faq: { "Is it free?": "Yes.", "Does it work offline?": "Only the timetable." } }, []);
    expect(asMap.answers.values["customer_faq.2.question"]).toBe("Does it work offline?");
    const tooMany = answersFromData({ customer_faq: { a: "1", b: "2", c: "3", d: "4" } }, []);
    expect(tooMany.problems).toEqual([expect.stringMatching(/^customer_faq: the interview drafts 3 customer questions and 4 were given/)]);
  });

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
