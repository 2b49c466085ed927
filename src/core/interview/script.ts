/**
 * The guided interview as data: the steps of Working Backwards in the
 * method's order, from the customer to the kill criteria. The CLI (`prfaq
 * new`) and the workspace both walk this script, so they ask the same
 * questions in the same order and check answers the same way.
 */
import type { Category } from "../engine/types";
import type { HardQuestion } from "../lexicons";

export type InterviewFormat = "prfaq" | "brief";
export const INTERVIEW_FORMATS: readonly InterviewFormat[] = ["prfaq", "brief"];

export type StepId = "customer" | "day" | "problem" | "alternative" | "outcome" | "product" | "customer-faq" | "hard-questions" | "kill-criteria";

/**
 * Where an answer sits in a PR/FAQ. The critic reads the answer in that
 * place, so its rules judge it as they would judge the finished document.
 */
export type Placement =
  | "customer"
  | "day"
  | "problem"
  | "alternative"
  | "headline"
  | "subheading"
  | "summary"
  | "solution"
  | "spokesperson-quote"
  | "spokesperson"
  | "customer-quote"
  | "customer-speaker"
  | "getting-started"
  | "dateline"
  | "customer-faq-question"
  | "customer-faq-answer"
  | "internal-faq"
  | "success-metrics"
  | "kill-criteria";

export interface NumberCheck {
  message: string;
  question: string;
}

export interface InterviewField {
  /** Stable id; also the answer's path in answers.yml ("customer.name"). */
  id: string;
  /** Short name of what is asked, for lists and the open-questions section. */
  label: string;
  /** The question put to the author. */
  prompt: string;
  /** An example of a good answer, shown greyed out. */
  hint: string;
  /** What the draft asks in this place while the field is unanswered. */
  openQuestion: string;
  placement: Placement;
  /** Categories of the critic's rules that judge this answer beyond its own text. */
  categories: readonly Category[];
  /** Push back when the answer states no number at all. */
  needsNumber?: NumberCheck;
  /** For a hard question: its id in the hard-questions lexicon. */
  hardQuestion?: string;
  /**
   * Fields that together make one answer (the customer's name, role and
   * context) share a group; the critic judges the group once it is complete,
   * so it doesn't object to a missing role before the role was asked.
   */
  group?: string;
  /** False for names and attributions, which can't dodge a question. */
  canEvade?: boolean;
  /**
   * The field this one only makes sense after (a quote's speaker after the
   * quote, an answer after its question): while that one is empty, this one
   * is not asked and not listed as open.
   */
  after?: string;
  /** Worth answering but not required: left empty, it is not an open question. */
  optional?: boolean;
}

export interface InterviewStep {
  id: StepId;
  /** 1-based position in the method's order. */
  order: number;
  title: string;
  /** Why this step comes here: shown before its questions. */
  intro: string;
  fields: InterviewField[];
}

const customerFields: InterviewField[] = [
  {
    id: "customer.name",
    label: "Customer",
    prompt: "Who is one representative customer? Give a name (a real or typical person, or one organisation).",
    hint: "Morag Fraser",
    openQuestion: "Name one representative customer: who, what role, where?",
    placement: "customer",
    categories: ["customer"],
    group: "customer",
  },
  {
    id: "customer.role",
    label: "Customer's role",
    prompt: "What is their role?",
    hint: "staff nurse on nights, Ward 7",
    openQuestion: "What is the representative customer's role?",
    placement: "customer",
    categories: ["customer"],
    group: "customer",
  },
  {
    id: "customer.context",
    label: "Customer's context",
    prompt: "Where do they work or live, and in what setting?",
    hint: "St. Columba's Hospital, Glasgow: 212 nurses on four surgical wards",
    openQuestion: "Where is the representative customer, and in what setting?",
    placement: "customer",
    categories: ["customer"],
    group: "customer",
  },
];

const dayField: InterviewField = {
  id: "day",
  label: "Their day today",
  prompt: "Walk through their day today, where the problem shows up. What do they do, step by step?",
  hint: "She texts colleagues one by one to swap a shift, then waits for the charge nurse to sign a paper form.",
  openQuestion: "What does the customer's day look like today, where the problem shows up?",
  placement: "day",
  categories: ["customer", "problem"],
};

const problemField: InterviewField = {
  id: "problem",
  label: "Problem",
  prompt: "What is the problem, with numbers: how often, how long, how much?",
  hint: "1,460 swap requests last year; a median of 3.5 days to approve; 31% never filled.",
  openQuestion: "How often does the problem happen to the customer, how long does it take, and what does it cost them?",
  placement: "problem",
  categories: ["problem", "customer"],
  needsNumber: {
    message: "The problem has no number: nothing says how often, how long or how much.",
    question: "How often does this happen to the customer, how long does it take, and what does it cost them?",
  },
};

const alternativeField: InterviewField = {
  id: "alternative",
  label: "What they use today",
  prompt: "What do they use today instead, and why does it fall short?",
  hint: "A paper form and text messages; approval waits for a charge nurse who checks skill mix by hand.",
  openQuestion: "What does the customer use today, and why does it fall short?",
  placement: "alternative",
  categories: ["differentiation", "problem"],
};

const outcomeFields: InterviewField[] = [
  {
    id: "outcome",
    label: "Outcome",
    prompt: "What outcome does the customer want? Say it from their side, not the product's.",
    hint: "A swap she posts is taken and approved before her next shift.",
    openQuestion: "What outcome does the customer want, in their terms?",
    placement: "success-metrics",
    categories: ["success"],
    group: "outcome",
  },
  {
    id: "measure",
    label: "Measure of success",
    prompt: "How will you measure it: from what baseline, to what target, by when?",
    hint: "Median time to approval falls from 3.5 days to under 1 day by March 2028.",
    openQuestion: "How will the outcome be measured: from what baseline, to what target, by when?",
    placement: "success-metrics",
    categories: ["success"],
    group: "outcome",
    needsNumber: {
      message: "This measure has no number: no baseline, target or date.",
      question: "What will you count, from what baseline, to what target, by when?",
    },
  },
];

const productName: InterviewField = {
  id: "product.name",
  label: "Name of the product",
  prompt: "Only now, the product. What is it called?",
  hint: "ShiftSwap",
  openQuestion: "What is the product called?",
  placement: "summary",
  categories: ["tech-first"],
  canEvade: false,
};

const productFields: InterviewField[] = [
  productName,
  {
    id: "product.headline",
    label: "Headline",
    prompt: "The headline: who gets what, in one line a customer would read.",
    hint: "ShiftSwap lets ward nurses trade a shift in minutes instead of days",
    openQuestion: "What is the one-line headline a customer would read?",
    placement: "headline",
    categories: ["tech-first", "evidence", "customer", "differentiation"],
  },
  {
    id: "product.subheading",
    label: "Subheading",
    prompt: "The subheading: who the customer is and what they get, in one sentence.",
    hint: "Nurses post a shift they can't work and see it taken and approved before their next break",
    openQuestion: "Who is the customer, and what do they get, in one sentence under the headline?",
    placement: "subheading",
    categories: ["tech-first", "evidence", "customer", "differentiation"],
  },
  {
    id: "launch.place",
    label: "Launch place",
    prompt: "Where would this press release be datelined: the city (and region or country)?",
    hint: "Glasgow, Scotland",
    openQuestion: "In which city is the launch announced?",
    placement: "dateline",
    categories: [],
    group: "launch",
    canEvade: false,
  },
  {
    id: "launch.date",
    label: "Launch date",
    prompt: "On what date would it go out, the day customers can first use it?",
    hint: "3 March 2028",
    openQuestion: "On what date does it launch?",
    placement: "dateline",
    categories: [],
    group: "launch",
    canEvade: false,
  },
  {
    id: "product.summary",
    label: "Summary",
    prompt: "The opening paragraph, after the dateline: who launches what, for whom, and what changes for them.",
    hint: "St. Columba's Hospital today started ShiftSwap, a shift-trading board for the 212 nurses on its surgical wards.",
    openQuestion: "What launches, for whom, and where, in the opening paragraph?",
    placement: "summary",
    categories: ["tech-first", "evidence", "customer", "differentiation"],
  },
  {
    id: "product.solution",
    label: "Solution",
    prompt: "How does the product solve the problem for this customer, step by step?",
    hint: "A nurse posts the shift; colleagues with the same competencies take it; the charge nurse approves in one tap.",
    openQuestion: "How does the product solve the problem for the customer, step by step?",
    placement: "solution",
    categories: ["tech-first", "evidence", "differentiation"],
  },
  {
    id: "quotes.spokesperson.text",
    label: "Spokesperson quote",
    prompt: "A quote from someone at your company: why do you care about this problem?",
    hint: "Every unfilled swap is a nurse who comes in exhausted.",
    openQuestion: "Why does the company care about this problem? Who says so?",
    placement: "spokesperson-quote",
    categories: ["evidence", "tech-first"],
    group: "quotes.spokesperson",
  },
  {
    id: "quotes.spokesperson.speaker",
    label: "Spokesperson",
    prompt: "Who says it: name and role?",
    hint: "Eilidh Grant, Director of Nursing",
    openQuestion: "Who at the company says this: name and role?",
    placement: "spokesperson",
    categories: [],
    group: "quotes.spokesperson",
    canEvade: false,
    after: "quotes.spokesperson.text",
  },
  {
    id: "quotes.customer.text",
    label: "Customer quote",
    prompt: "A quote from the customer after using it: what changed for them?",
    hint: "I posted my Thursday night at 2 p.m. and it was taken by half past.",
    openQuestion: "What would one named customer say after using it?",
    placement: "customer-quote",
    categories: ["evidence", "customer"],
    group: "quotes.customer",
  },
  {
    id: "quotes.customer.speaker",
    label: "Quoted customer",
    prompt: "Who says it: name, role and where?",
    hint: "Morag Fraser, a staff nurse on Ward 7",
    openQuestion: "Which customer says this: name, role and where?",
    placement: "customer-speaker",
    categories: ["customer"],
    group: "quotes.customer",
    canEvade: false,
    after: "quotes.customer.text",
  },
  {
    id: "product.getting_started",
    label: "Getting started",
    prompt: "How does a customer start using it, on day one?",
    hint: "Nurses on Wards 5 to 8 sign in with their hospital login from today.",
    openQuestion: "How does a customer start using it, today?",
    placement: "getting-started",
    categories: [],
  },
];

/** How many customer questions the interview asks for; more can be added to the draft afterwards. */
export const CUSTOMER_QUESTIONS = 3;

const customerQuestionHints: readonly [string, string][] = [
  ["What does it cost me?", "Nothing for owners; the clinic pays €60 a month for the texts."],
  ["Do I need to install anything?", "No. The reminders are ordinary text messages to the number the clinic has on file."],
  ["What if I change my mind about a visit later?", "Reply 2 at any time before the visit, or call the clinic as before."],
];

/** The field id of the nth (1-based) customer question or its answer. */
export function customerQuestionFieldId(n: number, part: "question" | "answer"): string {
  return `customer_faq.${n}.${part}`;
}

function customerQuestionFields(n: number): InterviewField[] {
  const [questionHint, answerHint] = customerQuestionHints[(n - 1) % customerQuestionHints.length];
  const first = n === 1;
  return [
    {
      id: customerQuestionFieldId(n, "question"),
      label: `Customer question ${n}`,
      prompt: first ? "What will a customer ask first, before they buy or use it?" : "Another question a customer will ask (leave it empty if there is none)",
      hint: questionHint,
      openQuestion: "What will customers ask before they buy or use it?",
      placement: "customer-faq-question",
      categories: ["customer"],
      group: `customer_faq.${n}`,
      canEvade: false,
      optional: !first,
    },
    {
      id: customerQuestionFieldId(n, "answer"),
      label: `Answer to customer question ${n}`,
      prompt: "Your answer, as you would give it to that customer",
      hint: answerHint,
      openQuestion: "What is the answer to the customer's question?",
      placement: "customer-faq-answer",
      categories: ["hard-questions"],
      group: `customer_faq.${n}`,
      after: customerQuestionFieldId(n, "question"),
    },
  ];
}

const briefProductFields: InterviewField[] = [productName, productFields.find((f) => f.id === "product.solution")!];

const killField: InterviewField = {
  id: "kill_criteria",
  label: "Kill criteria",
  prompt: "Before anything is built: what result, by when, would make you stop?",
  hint: "We stop if, after 12 weeks, fewer than 40% of swap requests go through it.",
  openQuestion: "What result, by when, would make the team kill this idea?",
  placement: "kill-criteria",
  categories: ["decision"],
  needsNumber: {
    message: "These kill criteria have no number: nobody could tell whether they were met.",
    question: "What threshold, measured by when, would make you stop?",
  },
};

/** The field id under which a hard question's answer is kept. */
export function hardQuestionFieldId(questionId: string): string {
  return `hard_questions.${questionId}`;
}

function hardQuestionField(question: HardQuestion): InterviewField {
  return {
    id: hardQuestionFieldId(question.id),
    label: "Hard question",
    prompt: question.question,
    hint: "Yes, no, a number, or \"we don't know yet; here is how we'll find out\"",
    openQuestion: question.question,
    placement: "internal-faq",
    categories: ["hard-questions"],
    hardQuestion: question.id,
  };
}

/**
 * The interview for a format. The hard questions come from the lexicons
 * (built-in plus `.prfaq.yml`), so a team's extra question is asked too.
 * The one-page brief asks only the core ones.
 */
export function interviewScript(format: InterviewFormat, hardQuestions: readonly HardQuestion[]): InterviewStep[] {
  const asked = hardQuestions.filter((q) => q.core || format === "prfaq");
  return [
    {
      id: "customer",
      order: 1,
      title: "The customer",
      intro: "Start from one representative customer, not a segment or a persona: a name, a role, a place.",
      fields: customerFields,
    },
    { id: "day", order: 2, title: "Their day today", intro: "Show where the problem shows up in their day, before any product exists.", fields: [dayField] },
    { id: "problem", order: 3, title: "The problem", intro: "State the problem as their friction, with numbers: how often, how long, how much.", fields: [problemField] },
    {
      id: "alternative",
      order: 4,
      title: "What they use today",
      intro: "Name what they do instead today and where it falls short; that is what the product must beat.",
      fields: [alternativeField],
    },
    {
      id: "outcome",
      order: 5,
      title: "The outcome",
      intro: "Define success for the customer, and how you will measure it.",
      fields: outcomeFields,
    },
    {
      id: "product",
      order: 6,
      title: "The product",
      intro:
        format === "brief"
          ? "Only now, the product: its name and how it solves the problem."
          : "Only now, the product: the press release a customer would read on launch day.",
      fields: format === "brief" ? briefProductFields : productFields,
    },
    ...(format === "brief"
      ? []
      : [
          {
            id: "customer-faq" as const,
            order: 7,
            title: "Customer questions",
            intro: "What a customer asks before they buy or use it: what it costs, what they need, what happens when it goes wrong. Answer as you would to them.",
            fields: Array.from({ length: CUSTOMER_QUESTIONS }, (_, i) => customerQuestionFields(i + 1)).flat(),
          },
        ]),
    {
      id: "hard-questions",
      order: format === "brief" ? 7 : 8,
      title: "The hard questions",
      intro: "The questions leadership will ask. \"TBD\" and \"we'll figure it out\" count as unanswered; \"we don't know yet, and here is how we'll find out\" is an answer.",
      fields: asked.map(hardQuestionField),
    },
    {
      id: "kill-criteria",
      order: format === "brief" ? 8 : 9,
      title: "Kill criteria",
      intro: "Write down now what result would make you stop, before results can bend it.",
      fields: [killField],
    },
  ];
}

export function scriptFields(steps: readonly InterviewStep[]): InterviewField[] {
  return steps.flatMap((s) => s.fields);
}

/** A step's fields, gathered into the answers the critic judges as one. */
export function answerGroups(step: InterviewStep): InterviewField[][] {
  const groups: InterviewField[][] = [];
  for (const field of step.fields) {
    const last = groups[groups.length - 1];
    if (field.group && last && last[0].group === field.group) last.push(field);
    else groups.push([field]);
  }
  return groups;
}
