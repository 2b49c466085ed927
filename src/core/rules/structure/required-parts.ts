import { defineRule, type RuleContext, type Severity } from "../../engine/types";
import { namedProblemCues, problemCues } from "../../lexicons/cues";
import { compilePhrases } from "../../lexicons/match";
import type { Block, PartKind } from "../../model/types";

interface Requirement {
  name: string;
  present: (has: (kind: PartKind) => boolean, ctx: Parameters<typeof check>[0]) => boolean;
  severity: Severity;
  question: string;
  /**
   * Text of this part's kind that the reader could not place: when there is some, the part may be there
   * in a layout the reader does not know, so its absence is reported as advice, with what to label.
   */
  unplaced?: (ctx: RuleContext) => { block: Block; hint: string } | null;
  /** Why the part is only advice in this document's context, or null when it is required here. */
  advisory?: (ctx: RuleContext) => string | null;
  /**
   * Where the document gets near the part without stating it: then its absence is arguable, so it is a
   * warning that says what the reader found, not a blocking error.
   */
  implied?: (ctx: RuleContext) => { block: Block; hint: string } | null;
}

const problemWords = compilePhrases(problemCues);
const namedProblem = compilePhrases(namedProblemCues);
const INTERNAL_HINT = /\b(?:internal|stakeholders?|business|strategy|leadership|investors?|IFAQ|I-?\d{1,2})\b|内部|社内|내부/i;
const englishWords = /\b(?:the|and|of|to|is|for|with)\b/gi;

/** True when the words checked here are English words: in another language, their silence says nothing. */
function readsAsEnglish(ctx: RuleContext): boolean {
  const sample = ctx.analysis.pressReleaseText.slice(0, 4000) || ctx.doc.text.slice(0, 4000);
  const words = sample.split(/\s+/).length;
  return (sample.match(englishWords)?.length ?? 0) >= Math.max(3, words * 0.05);
}

/** A press-release sentence that states a customer's trouble, which the reader did not take for the problem. */
function unplacedProblem(ctx: RuleContext): { block: Block; hint: string } | null {
  const blocks = ctx.analysis.pressReleaseBlocks.filter((b) => b.kind === "paragraph");
  if (!readsAsEnglish(ctx) && blocks.length) return { block: blocks[0], hint: "the press release is not in English, and the words that mark a problem are" };
  for (const block of blocks) {
    const sentence = block.sentences.find((x) => problemWords.count(x.text) >= 2 || namedProblem.count(x.text) > 0);
    if (sentence) return { block, hint: `"${sentence.text.length > 70 ? `${sentence.text.slice(0, 67)}…` : sentence.text}" may state it` };
  }
  return null;
}

/**
 * "…without asking you to write C++", "so crews no longer have to phone the depot", "instead of re-keying every
 * order": the release sets the product against a burden the customer carries today, which implies a problem
 * without stating it.
 */
const BURDEN_LIFTED =
  /\bwithout (?:asking|having|needing|forcing|requiring|making) (?:\w+ ){0,2}to\b|\bno (?:longer|more) (?:\w+ )?(?:have|has|need|needs) to\b|\bso (?:that )?(?:\w+ ){1,3}(?:don't|doesn't|do not|does not|never|no longer) (?:have|has|need) to\b|\binstead of (?:having to|waiting|spending|re-?\w+ing|manually|writing|building|copying|phoning|calling)\b|\bno need to\b/i;

/** A press-release sentence that sets the product against a burden, for a problem the release only implies. */
function impliedProblem(ctx: RuleContext): { block: Block; hint: string } | null {
  for (const block of ctx.analysis.pressReleaseBlocks) {
    if (block.kind !== "paragraph") continue;
    const sentence = block.sentences.find((x) => BURDEN_LIFTED.test(x.text));
    if (sentence) {
      const at = BURDEN_LIFTED.exec(sentence.text)!;
      const rest = sentence.text.slice(at.index);
      const phrase = (rest.length > 60 ? rest.slice(0, 60).replace(/\s+\S*$/, "") : rest).replace(/[.!?,;:]+$/, "");
      return { block, hint: `"…${phrase}…" only implies one` };
    }
  }
  return null;
}

/**
 * Questions a team asks itself rather than a customer: whether it is safe, what is left out on purpose, what
 * stands between today and launch, why one design over another, what it costs to run.
 */
const TEAM_QUESTION =
  /\b(?:is it safe|how safe|what could go wrong|not (?:being )?(?:built|building|doing|included)|out of scope|deliberately|on purpose|stands? between|left to (?:do|build)|blockers?|before (?:we )?launch|why (?:an? |the )?[\w-]+(?: [\w-]+){0,3} (?:instead of|rather than|over|vs\.?)|trade-?offs?|who (?:owns|maintains|pays)|what (?:does|will) it cost (?:us|to run|to build))\b/i;

/** In an FAQ not split by audience, a question the team asks itself, which may make the FAQ an internal one too. */
function teamQuestionInUndividedFaq(ctx: RuleContext): { block: Block; hint: string } | null {
  const entry = ctx.analysis.faqEntries.find((e) => e.audience === "unspecified" && TEAM_QUESTION.test(e.questionText));
  if (!entry) return null;
  const q = entry.questionText.trim();
  return { block: entry.question, hint: `the FAQ is not split by audience, and "${q.length > 70 ? `${q.slice(0, 67)}…` : q}" reads as the team's own question` };
}

/** "A group of cloud engineers today launched…" filed under another part: the announcement a summary makes. */
const ANNOUNCEMENT = /\b(?:today|now)\b[^.!?]{0,80}\b(?:announce[sd]?|launch(?:ed|es)?|releas(?:ed|es)|introduc(?:ed|es)|unveil(?:s|ed)?|opens?|opened)\b|\b(?:announce[sd]?|launch(?:ed|es)?|releas(?:ed|es)|introduc(?:ed|es)|unveil(?:s|ed)?)\b[^.!?]{0,80}\btoday\b/i;

/** The release's announcing sentence, read as another part because of the heading above it. */
function unplacedSummary(ctx: RuleContext): { block: Block; hint: string } | null {
  const block = ctx.analysis.pressReleaseBlocks.find((b) => b.kind === "paragraph" && b.sentences.slice(0, 2).some((x) => ANNOUNCEMENT.test(x.text)));
  return block ? { block, hint: "the paragraph that announces the product may be meant as one" } : null;
}

/** A line outside every FAQ that names internal or stakeholder questions, under which no question was read. */
function unplacedInternalFaq(ctx: RuleContext): { block: Block; hint: string } | null {
  const inFaq = new Set(ctx.analysis.faqs.flatMap((f) => f.blocks));
  const block = ctx.doc.blocks.find((b) => !inFaq.has(b) && (b.kind === "heading" || b.labelOnly || b.text.length <= 60) && INTERNAL_HINT.test(b.text) && /\b(?:faqs?|questions?)\b|[?？]|질문|質問|问题/i.test(b.text));
  return block ? { block, hint: `"${block.text.trim().slice(0, 60)}" looks like one, but no question was read under it` } : null;
}

/** "**Acme gives night nurses their evenings back.** Today…": a bold sentence opening the release's first paragraph. */
const BOLD_LEAD = /^\s*(?:\*\*|__)([^*_\n]{15,200}?)(?:\*\*|__)/;

/** A bold sentence opening the release, which many authors use as the headline without giving it a line of its own. */
function unplacedHeadline(ctx: RuleContext): { block: Block; hint: string } | null {
  const first = ctx.analysis.pressReleaseBlocks.find((b) => b.kind === "paragraph" && b.text.trim());
  if (!first) return null;
  const lead = BOLD_LEAD.exec(ctx.doc.text.slice(first.span.start.offset, first.span.end.offset));
  const words = lead ? lead[1].trim().split(/\s+/).length : 0;
  return lead && words >= 4 && words <= 30 ? { block: first, hint: `the bold sentence opening the release ("${lead[1].trim().slice(0, 60)}") may be meant as one` } : null;
}

/** An open-source or one-person project has no company to speak for it: a spokesperson quote is advice there. */
function soloProject(ctx: RuleContext): string | null {
  return ctx.analysis.projectContext.soloOrOpenSource ? "the document reads as an open-source or one-person project, where a quote from the maker on why they built it is welcome but not required" : null;
}

/**
 * The customer's words carry a press release; a leader's quote on why the company cares adds commitment but no
 * evidence, and reviewers judged its absence form, not substance, wherever a customer already speaks.
 */
function customerSpeaks(ctx: RuleContext): string | null {
  return ctx.analysis.parts("quote").some((q) => q.voice === "customer")
    ? "the customer already speaks in the release, so a quote from whoever leads it, on why the company cares, is welcome but not required"
    : null;
}

const requirements: Requirement[] = [
  { name: "headline", present: (has) => has("headline"), severity: "error", question: "What is the one-line headline a customer would read?", unplaced: unplacedHeadline },
  { name: "subheading", present: (has) => has("subheading"), severity: "info", question: "Who is the customer, and what do they get, in one sentence under the headline?" },
  { name: "summary paragraph", present: (has) => has("summary"), severity: "error", question: "What launches, for whom, and where, in the opening paragraph?", unplaced: unplacedSummary },
  {
    name: "problem",
    present: (has) => has("problem"),
    severity: "error",
    question: "What problem does the customer have today, in their words and with numbers?",
    unplaced: unplacedProblem,
    implied: impliedProblem,
  },
  { name: "solution", present: (has) => has("solution"), severity: "error", question: "How does the product solve that problem for the customer?" },
  {
    name: "spokesperson quote",
    // "Today, Jeff Watson released ApplyKit … ,” said Watson": the builder who announces it speaks for the maker.
    present: (_has, ctx) => ctx.analysis.parts("quote").some((q) => q.voice === "spokesperson" || q.byMaker),
    severity: "warning",
    question: "Why does the company care about this problem? Who says so?",
    advisory: (ctx) => soloProject(ctx) ?? customerSpeaks(ctx),
  },
  {
    name: "customer quote",
    present: (_has, ctx) => ctx.analysis.parts("quote").some((q) => q.voice === "customer"),
    severity: "warning",
    question: "What would one named customer say after using it?",
  },
  {
    name: "how to get started",
    present: (has, ctx) => has("getting-started") || closesAfterQuotes(ctx),
    severity: "warning",
    question: "How does a customer start using it, today?",
  },
  {
    name: "customer FAQ",
    present: (_has, ctx) => ctx.analysis.customerEntries.length > 0,
    severity: "error",
    question: "What will customers ask before they buy or use it?",
  },
  {
    name: "internal FAQ",
    present: (_has, ctx) => ctx.analysis.internalEntries.length > 0,
    severity: "error",
    question: "What are the hard questions your leadership will ask: cost, risk, competitors, why now?",
    unplaced: (ctx) => unplacedInternalFaq(ctx) ?? teamQuestionInUndividedFaq(ctx),
  },
];

const LABEL_FOR: Record<string, string> = { problem: "The problem", "internal FAQ": "Internal FAQ", "summary paragraph": "Summary" };

/**
 * A short paragraph that closes the press release after the quotes is where
 * a press release says how to start ("Commuters text the number on their
 * stop to 31010"), even when nothing in it reads as a call to action.
 */
function closesAfterQuotes(ctx: import("../../engine/types").RuleContext): boolean {
  const pr = ctx.doc.parts.filter((p) => ["summary", "problem", "solution", "quote", "getting-started"].includes(p.kind));
  const lastQuote = pr.map((p) => p.kind).lastIndexOf("quote");
  if (lastQuote < 0 || lastQuote === pr.length - 1) return false;
  const closing = pr.slice(lastQuote + 1).flatMap((p) => p.blocks).filter((b) => b.kind === "paragraph" && b.text.trim());
  return closing.length > 0 && closing.length <= 2 && closing.every((b) => ctx.analysis.wordCount(b.text) <= 60);
}

/**
 * A one-page customer brief (`format: brief`) has no press release: it needs
 * the customer, the problem, the solution and the hard questions. Its outcome
 * and kill criteria are checked by the success and decision rules.
 */
const briefRequirements: Requirement[] = [
  {
    name: "customer section",
    present: (_has, ctx) => ctx.analysis.customerSections.length > 0 || ctx.analysis.representativeCustomers.length > 0,
    severity: "error",
    question: "Who is the representative customer: name, role, and the situation they are in?",
  },
  requirements.find((r) => r.name === "problem")!,
  requirements.find((r) => r.name === "solution")!,
  { ...requirements.find((r) => r.name === "internal FAQ")!, name: "hard questions section" },
];

function check(ctx: import("../../engine/types").RuleContext): void {
  const has = (kind: PartKind) => ctx.analysis.has(kind);
  const top = ctx.doc.blocks.find((b) => b.kind !== "html") ?? ctx.doc.blocks[0];
  const at = top ? { block: top } : { span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } };
  for (const requirement of ctx.doc.format === "brief" ? briefRequirements : requirements) {
    if (requirement.present(has, ctx)) continue;
    const unplaced = requirement.unplaced?.(ctx) ?? null;
    if (unplaced) {
      ctx.report({
        message: `No ${requirement.name} was found under a heading or label, and the reader is not sure it is absent: ${unplaced.hint}. Give it a heading or a bold label ("${LABEL_FOR[requirement.name] ?? requirement.name}") so it can be checked.`,
        at: { block: unplaced.block },
        question: requirement.question,
        severity: "info",
      });
      continue;
    }
    const implied = requirement.implied?.(ctx) ?? null;
    if (implied) {
      ctx.report({
        message: `The press release never states the ${requirement.name}: ${implied.hint}. Say it outright, as the customer's trouble today.`,
        at: { block: implied.block },
        question: requirement.question,
        severity: "warning",
      });
      continue;
    }
    const advice = requirement.advisory?.(ctx) ?? null;
    if (advice) {
      ctx.report({ message: `The document has no ${requirement.name}; ${advice}.`, at, question: requirement.question, severity: "info" });
      continue;
    }
    // An FAQ not split by audience may hold the internal questions, or the customer's, without saying so: the gap is real, but not beyond dispute.
    const undivided = (requirement.name === "internal FAQ" || requirement.name === "customer FAQ") && ctx.analysis.faqEntries.some((e) => e.audience === "unspecified");
    ctx.report({
      message: `The document has no ${requirement.name}.`,
      at,
      question: requirement.question,
      severity: undivided && requirement.severity === "error" ? "warning" : requirement.severity,
    });
  }
  for (const part of ctx.doc.parts) {
    // A label whose text the reader filed under another part of the same kind is not an empty section.
    const filedNext = (label: Block) => ctx.doc.parts.some((q) => q !== part && q.kind === part.kind && q.blocks.some((b) => b.index > label.index && b.index <= label.index + 2));
    if ((part.kind === "problem" || part.kind === "solution" || part.kind === "getting-started") && part.label && !part.blocks.some((b) => b.text.trim()) && !filedNext(part.label)) {
      ctx.report({ message: `The "${part.label.text.trim()}" section is empty.`, at: { block: part.label }, severity: "error" });
    }
    if (part.kind === "faq" && part.label && part.entries.length === 0 && !part.blocks.some((b) => b.text.trim() && b.kind !== "html")) {
      ctx.report({ message: `The "${part.label.text.trim()}" section has no questions.`, at: { block: part.label }, severity: "error" });
    }
  }
}

export default defineRule({
  meta: {
    id: "required-parts",
    category: "structure",
    severity: "error",
    description: "The press release and FAQ have every part a Working Backwards review expects.",
    question: "Which part of the PR/FAQ is still missing?",
    rationale:
      "Each part answers a question reviewers will ask: who the customer is (headline, subheading), what hurts (problem), " +
      "what changes (solution), who vouches for it (quotes), how to start, and what customers and leaders will ask (the FAQs). " +
      "A missing part is a question nobody has answered yet. Success metrics and kill criteria are checked by the success and decision rules.",
    examples: { flagged: ["A press release with no FAQ at all."], passes: ["Headline, subheading, summary, problem, solution, two quotes, getting started, customer FAQ, internal FAQ."] },
  },
  check,
});
