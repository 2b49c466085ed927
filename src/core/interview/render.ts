import { stringify as yamlScalar } from "yaml";
import { datelineOf } from "../parse/dateline";
import { answerOf, type InterviewAnswers, type Pushback } from "./answers";
import { CUSTOMER_QUESTIONS, customerQuestionFieldId, scriptFields, type InterviewField, type InterviewStep } from "./script";

export interface TextRange {
  start: number;
  end: number;
}

export interface Draft {
  text: string;
  /** Where each given answer sits in the text. */
  ranges: Record<string, TextRange>;
  /** Questions the draft leaves open: unanswered parts and pushbacks the author kept. */
  openQuestions: OpenQuestion[];
}

export interface OpenQuestion {
  fieldId: string;
  label: string;
  question: string;
  why: "unanswered" | "kept";
}

export interface RenderOptions {
  /** ISO date recorded as `created:`; omitted when not given. */
  date?: string;
  /**
   * "press-release" (the default) writes the press release as prose, as a
   * customer would read it. "sections" puts each part under its own
   * heading: the interview checks answers in that layout, because a draft
   * still missing its headline or quotes parses into its parts only when
   * headings name them.
   */
  layout?: "press-release" | "sections";
}

/** The word that marks an unanswered place; the critic flags it as unfinished. */
export const OPEN_MARK = "TODO";

class Writer {
  text = "";
  readonly ranges: Record<string, TextRange> = {};

  write(text: string): void {
    this.text += text;
  }

  answer(fieldId: string, text: string): void {
    const start = this.text.length;
    this.text += text;
    this.ranges[fieldId] = { start, end: this.text.length };
  }

  blank(): void {
    if (!this.text) return;
    this.text = this.text.replace(/\n*$/, "\n\n");
  }
}

/** Answers go in as written, but a heading or a one-line slot can't hold a line break. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

function paragraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .join("\n\n");
}

function stripQuotes(text: string): string {
  return text.replace(/^\s*["“„«]+/, "").replace(/["”»]+\s*$/, "").trim();
}

function open(field: InterviewField): string {
  return `${OPEN_MARK}: ${field.openQuestion}`;
}

interface Context {
  w: Writer;
  answers: InterviewAnswers;
  fields: Map<string, InterviewField>;
}

function field(ctx: Context, id: string): InterviewField {
  const f = ctx.fields.get(id);
  if (!f) throw new Error(`interview script has no field ${id}`);
  return f;
}

/** Writes a paragraph answer, or the open question in its place. */
function paragraph(ctx: Context, id: string): void {
  const given = answerOf(ctx.answers, id);
  ctx.w.blank();
  if (given) ctx.w.answer(id, paragraphs(given));
  else ctx.w.write(open(field(ctx, id)));
  ctx.w.write("\n");
}

/**
 * A heading that ends in a question mark reads as an FAQ question, so an
 * unanswered heading carries only the mark and its name; the question itself
 * is listed under Open questions.
 */
function heading(ctx: Context, depth: number, id: string): void {
  const given = oneLine(answerOf(ctx.answers, id));
  ctx.w.blank();
  ctx.w.write(`${"#".repeat(depth)} `);
  if (given) ctx.w.answer(id, given);
  else ctx.w.write(`${OPEN_MARK}: ${field(ctx, id).label.toLowerCase()}`);
  ctx.w.write("\n");
}

function section(ctx: Context, title: string): void {
  ctx.w.blank();
  ctx.w.write(`## ${title}\n`);
}

/**
 * The outcome and its measure as one paragraph: each paragraph of a success
 * section reads as a metric, and the outcome alone has no number by design.
 */
function outcomeParagraph(ctx: Context): void {
  ctx.w.blank();
  const outcome = oneLine(answerOf(ctx.answers, "outcome"));
  const measure = oneLine(answerOf(ctx.answers, "measure"));
  if (outcome) {
    ctx.w.answer("outcome", outcome);
    if (!/[.!?]["”’)]?$/.test(outcome)) ctx.w.write(".");
  } else ctx.w.write(open(field(ctx, "outcome")));
  ctx.w.write(" ");
  if (measure) ctx.w.answer("measure", measure);
  else ctx.w.write(open(field(ctx, "measure")));
  ctx.w.write("\n");
}

/** "Morag Fraser, staff nurse on Ward 7, St. Columba's Hospital." with open questions for what is missing. */
function customerLine(ctx: Context): void {
  ctx.w.blank();
  const ids = ["customer.name", "customer.role", "customer.context"];
  const given = ids.filter((id) => answerOf(ctx.answers, id));
  given.forEach((id, i) => {
    if (i > 0) ctx.w.write(", ");
    ctx.w.answer(id, oneLine(answerOf(ctx.answers, id)).replace(/[.;,]\s*$/, ""));
  });
  if (given.length) ctx.w.write(".");
  const missing = ids.filter((id) => !answerOf(ctx.answers, id));
  if (missing.length) {
    if (given.length) ctx.w.write(" ");
    // One open question covers the customer as a whole when nothing is known yet.
    ctx.w.write(given.length ? missing.map((id) => open(field(ctx, id))).join(" ") : open(field(ctx, "customer.name")));
  }
  ctx.w.write("\n");
}

function quote(ctx: Context, who: "spokesperson" | "customer"): void {
  const textId = `quotes.${who}.text`;
  const speakerId = `quotes.${who}.speaker`;
  const text = stripQuotes(oneLine(answerOf(ctx.answers, textId)));
  const speaker = oneLine(answerOf(ctx.answers, speakerId));
  ctx.w.blank();
  if (!text) {
    ctx.w.write(`${open(field(ctx, textId))}\n`);
    return;
  }
  ctx.w.write("“");
  ctx.w.answer(textId, text);
  ctx.w.write("” — ");
  if (speaker) ctx.w.answer(speakerId, speaker);
  else ctx.w.write(open(field(ctx, speakerId)));
  ctx.w.write("\n");
}

/** The same parts as the press release, each under the heading that names it. */
function renderPrfaqSections(ctx: Context, steps: readonly InterviewStep[]): void {
  heading(ctx, 1, "product.headline");
  heading(ctx, 2, "product.subheading");
  section(ctx, "Summary");
  summaryParagraph(ctx);
  section(ctx, "Problem");
  customerParagraph(ctx);
  proseParagraph(ctx, "problem");
  proseParagraph(ctx, "alternative");
  section(ctx, "Solution");
  proseParagraph(ctx, "product.solution");
  section(ctx, "Spokesperson quote");
  quote(ctx, "spokesperson");
  section(ctx, "Customer quote");
  quote(ctx, "customer");
  section(ctx, "Getting started");
  proseParagraph(ctx, "product.getting_started");
  faqsAndAfter(ctx, steps);
}

function faqEntry(ctx: Context, question: string, answerId: string | null, answer: string): void {
  ctx.w.blank();
  ctx.w.write(`**Q: ${oneLine(question)}**\n`);
  ctx.w.write("A: ");
  const given = paragraphs(answer);
  if (given && answerId) ctx.w.answer(answerId, given);
  else ctx.w.write(given || OPEN_MARK);
  ctx.w.write("\n");
}

function hardQuestionEntries(ctx: Context, steps: readonly InterviewStep[]): void {
  const step = steps.find((s) => s.id === "hard-questions");
  for (const f of step?.fields ?? []) faqEntry(ctx, f.prompt, f.id, answerOf(ctx.answers, f.id));
  for (const extra of ctx.answers.extraQuestions) if (extra.question.trim()) faqEntry(ctx, extra.question, null, extra.answer);
}

function openQuestionsOf(answers: InterviewAnswers, steps: readonly InterviewStep[]): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  const seen = new Set<string>();
  for (const f of scriptFields(steps)) {
    if (!answerOf(answers, f.id)) {
      // A missing speaker matters only once there is a quote to attribute; an optional part not at all.
      if (f.optional || (f.after && !answerOf(answers, f.after))) continue;
      out.push({ fieldId: f.id, label: f.label, question: f.openQuestion, why: "unanswered" });
      continue;
    }
    for (const p of answers.kept.filter((k: Pushback) => k.fieldId === f.id)) {
      const key = `${f.id}\n${p.question}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ fieldId: f.id, label: f.label, question: p.question, why: "kept" });
    }
  }
  for (const extra of answers.extraQuestions) {
    if (extra.question.trim() && !extra.answer.trim()) out.push({ fieldId: "hard_questions", label: "Hard question", question: oneLine(extra.question), why: "unanswered" });
  }
  return out;
}

function openQuestionsSection(ctx: Context, questions: OpenQuestion[]): void {
  if (!questions.length) return;
  section(ctx, "Open questions");
  ctx.w.blank();
  for (const q of questions) {
    // The question leads: a line that starts with a part's name ("Kill criteria: …") would read as that part's label.
    const why = q.why === "kept" ? "the critic asked; the answer was kept" : "not answered yet";
    ctx.w.write(`- [ ] ${q.question} (${q.label.toLowerCase()}: ${why})\n`);
  }
}

function frontMatter(ctx: Context, options: RenderOptions): void {
  const title = oneLine(answerOf(ctx.answers, "product.name")) || oneLine(answerOf(ctx.answers, "product.headline"));
  const lines = ["---"];
  if (title) lines.push(`title: ${yamlScalar(title).trimEnd()}`);
  lines.push("status: draft", "stage: draft", `format: ${ctx.answers.format}`);
  if (options.date) lines.push(`created: ${options.date}`);
  lines.push("---");
  ctx.w.write(`${lines.join("\n")}\n`);
}

const SENTENCE_END = /[.!?…]["”’)]*$/;

/** An answer as prose: a sentence ends with its stop, though the author may not have typed one. */
function prose(ctx: Context, id: string): void {
  const given = paragraphs(answerOf(ctx.answers, id));
  ctx.w.answer(id, given);
  if (!SENTENCE_END.test(given)) ctx.w.write(".");
}

/** A paragraph of the press release: the answer as prose, or the open question in its place. */
function proseParagraph(ctx: Context, id: string): void {
  ctx.w.blank();
  if (answerOf(ctx.answers, id)) prose(ctx, id);
  else ctx.w.write(open(field(ctx, id)));
  ctx.w.write("\n");
}

/** "Porto, Portugal" → "PORTO, Portugal": the city leads a dateline in capitals, as newswires write it. */
function datelinePlace(place: string): string {
  const comma = place.indexOf(",");
  return comma < 0 ? place.toUpperCase() : place.slice(0, comma).toUpperCase() + place.slice(comma);
}

/**
 * "PORTO, Portugal — 3 March 2028 — " and the summary: the opening
 * paragraph of a press release. A summary that already opens with its own
 * dateline keeps it.
 */
function summaryParagraph(ctx: Context): void {
  ctx.w.blank();
  const summary = answerOf(ctx.answers, "product.summary");
  if (!summary || !datelineOf(summary)) {
    const place = oneLine(answerOf(ctx.answers, "launch.place")).replace(/[\s,.—–-]+$/, "");
    const date = oneLine(answerOf(ctx.answers, "launch.date")).replace(/[\s,.—–-]+$/, "");
    if (place) {
      const start = ctx.w.text.length;
      ctx.w.write(datelinePlace(place));
      ctx.w.ranges["launch.place"] = { start, end: ctx.w.text.length };
      ctx.w.write(" — ");
    }
    if (date) {
      ctx.w.answer("launch.date", date);
      ctx.w.write(" — ");
    }
  }
  if (summary) prose(ctx, "product.summary");
  else ctx.w.write(open(field(ctx, "product.summary")));
  ctx.w.write("\n");
}

const PREPOSITION = /^(?:at|in|on|for|with|from|near|of|inside|across|around|outside|within|between|who|which|where|working|living|running)\b/i;

/** "front-desk manager" → "a front-desk manager", "IT buyer" → "an IT buyer"; a role with its own article keeps it. */
function withArticle(role: string): string {
  if (/^(?:a|an|the|one|our|their|his|her)\s/i.test(role)) return role;
  return /^(?:[aeio]|u(?:n|p|r|s[hk])|honou?r|hour)/i.test(role) ? `an ${role}` : `a ${role}`;
}

/**
 * The customer in one sentence, then their day, as a press release
 * introduces its customer: "Ana Ruiz is a front-desk manager at Clínica
 * Veterinária Foz, a three-vet clinic in Porto. Ana starts each morning…"
 */
function customerParagraph(ctx: Context): void {
  ctx.w.blank();
  const name = oneLine(answerOf(ctx.answers, "customer.name")).replace(/[.;,]\s*$/, "");
  const role = oneLine(answerOf(ctx.answers, "customer.role")).replace(/[.;,]\s*$/, "");
  const context = oneLine(answerOf(ctx.answers, "customer.context")).replace(/[.;,]\s*$/, "");
  const missing: string[] = [];
  if (name) {
    ctx.w.answer("customer.name", name);
    if (role) {
      ctx.w.write(" is ");
      const article = withArticle(role).slice(0, -role.length);
      ctx.w.write(article);
      ctx.w.answer("customer.role", role);
    } else missing.push("customer.role");
    if (context) {
      // A place reads after "at"; a phrase that brings its own preposition ("in a flat in Leeds") after a space.
      ctx.w.write(PREPOSITION.test(context) ? " " : role ? " at " : ", ");
      ctx.w.answer("customer.context", context);
    } else missing.push("customer.context");
    ctx.w.write(".");
  } else {
    // One open question covers the customer as a whole when nobody is named yet.
    missing.push("customer.name");
    for (const id of ["customer.role", "customer.context"]) {
      if (answerOf(ctx.answers, id)) {
        ctx.w.write(ctx.w.text.endsWith("\n") ? "" : " ");
        prose(ctx, id);
      }
    }
  }
  for (const id of missing) {
    if (!ctx.w.text.endsWith("\n")) ctx.w.write(" ");
    ctx.w.write(open(field(ctx, id)));
  }
  if (answerOf(ctx.answers, "day")) {
    ctx.w.write(" ");
    prose(ctx, "day");
  } else ctx.w.write(` ${open(field(ctx, "day"))}`);
  ctx.w.write("\n");
}

/**
 * "“Every empty slot is a sick animal,” said Rui Matos, clinical director."
 * The quote's closing stop becomes the comma before "said", as quotations
 * are written in prose.
 */
function saidQuote(ctx: Context, who: "spokesperson" | "customer"): void {
  const textId = `quotes.${who}.text`;
  const speakerId = `quotes.${who}.speaker`;
  const text = stripQuotes(oneLine(answerOf(ctx.answers, textId))).replace(/[.,;:]+$/, "");
  const speaker = oneLine(answerOf(ctx.answers, speakerId)).replace(/[.,;:]+$/, "");
  ctx.w.blank();
  if (!text) {
    ctx.w.write(`${open(field(ctx, textId))}\n`);
    return;
  }
  ctx.w.write("“");
  ctx.w.answer(textId, text);
  if (speaker) {
    ctx.w.write(/[!?…]$/.test(text) ? "” said " : ",” said ");
    ctx.w.answer(speakerId, speaker);
    ctx.w.write(".");
  } else {
    ctx.w.write(/[!?…]$/.test(text) ? "” " : ".” ");
    ctx.w.write(open(field(ctx, speakerId)));
  }
  ctx.w.write("\n");
}

/**
 * The solution, led by the product's name when the answer doesn't start
 * with it: after the problem, the reader should know the turn has come.
 */
function solutionParagraph(ctx: Context): void {
  const name = oneLine(answerOf(ctx.answers, "product.name"));
  const solution = answerOf(ctx.answers, "product.solution");
  if (!name || !solution || solution.startsWith(name)) {
    proseParagraph(ctx, "product.solution");
    return;
  }
  ctx.w.blank();
  ctx.w.answer("product.name", name);
  ctx.w.write(" works like this: ");
  prose(ctx, "product.solution");
  ctx.w.write("\n");
}

function customerFaqEntries(ctx: Context): void {
  let written = 0;
  for (let n = 1; n <= CUSTOMER_QUESTIONS; n++) {
    const questionId = customerQuestionFieldId(n, "question");
    const answerId = customerQuestionFieldId(n, "answer");
    const question = oneLine(answerOf(ctx.answers, questionId));
    if (!question) continue;
    written++;
    ctx.w.blank();
    ctx.w.write("**Q: ");
    ctx.w.answer(questionId, question);
    ctx.w.write("**\nA: ");
    const answer = paragraphs(answerOf(ctx.answers, answerId));
    if (answer) ctx.w.answer(answerId, answer);
    else ctx.w.write(OPEN_MARK);
    ctx.w.write("\n");
  }
  if (!written) {
    ctx.w.blank();
    ctx.w.write(`${open(field(ctx, customerQuestionFieldId(1, "question")))}\n`);
  }
}

/**
 * The press release as a customer would read it on launch day: headline,
 * subheading, the dateline and summary, the customer and their day, the
 * problem, what they use today, the solution, the two quotes and how to
 * start; then the FAQs. Only the FAQs and what follows carry headings.
 */
function renderPrfaq(ctx: Context, steps: readonly InterviewStep[]): void {
  heading(ctx, 1, "product.headline");
  heading(ctx, 2, "product.subheading");
  summaryParagraph(ctx);
  customerParagraph(ctx);
  proseParagraph(ctx, "problem");
  proseParagraph(ctx, "alternative");
  solutionParagraph(ctx);
  saidQuote(ctx, "spokesperson");
  saidQuote(ctx, "customer");
  proseParagraph(ctx, "product.getting_started");
  faqsAndAfter(ctx, steps);
}

function faqsAndAfter(ctx: Context, steps: readonly InterviewStep[]): void {
  section(ctx, "Customer FAQ");
  customerFaqEntries(ctx);
  section(ctx, "Internal FAQ");
  hardQuestionEntries(ctx, steps);
  section(ctx, "Success metrics");
  outcomeParagraph(ctx);
  section(ctx, "Kill criteria");
  paragraph(ctx, "kill_criteria");
}

function renderBrief(ctx: Context, steps: readonly InterviewStep[]): void {
  const name = oneLine(answerOf(ctx.answers, "product.name"));
  ctx.w.blank();
  ctx.w.write("# Customer brief: ");
  if (name) ctx.w.answer("product.name", name);
  else ctx.w.write(open(field(ctx, "product.name")));
  ctx.w.write("\n");
  section(ctx, "Customer");
  customerLine(ctx);
  paragraph(ctx, "day");
  section(ctx, "Problem");
  paragraph(ctx, "problem");
  paragraph(ctx, "alternative");
  // The solution comes before the outcome on the page, as in a press release.
  section(ctx, "Solution");
  paragraph(ctx, "product.solution");
  section(ctx, "What success looks like");
  outcomeParagraph(ctx);
  section(ctx, "Hard questions");
  hardQuestionEntries(ctx, steps);
  section(ctx, "Kill criteria");
  paragraph(ctx, "kill_criteria");
}

/**
 * The draft PR/FAQ (or one-page brief) from the interview's answers. Every
 * answer goes in as the author gave it; a part with no answer carries its
 * open question, marked so the critic reports it as unfinished. Nothing is
 * made up to fill a gap.
 */
export function renderDraft(answers: InterviewAnswers, steps: readonly InterviewStep[], options: RenderOptions = {}): Draft {
  const ctx: Context = { w: new Writer(), answers, fields: new Map(scriptFields(steps).map((f) => [f.id, f])) };
  frontMatter(ctx, options);
  if (answers.format === "brief") renderBrief(ctx, steps);
  else if (options.layout === "sections") renderPrfaqSections(ctx, steps);
  else renderPrfaq(ctx, steps);
  const openQuestions = openQuestionsOf(answers, steps);
  openQuestionsSection(ctx, openQuestions);
  return { text: ctx.w.text.replace(/\n*$/, "\n"), ranges: ctx.w.ranges, openQuestions };
}

