import { defineRule } from "../../engine/types";
import type { Sentence } from "../../model/types";

/**
 * Words that make a number a statistic about the world rather than a fact
 * about the product: an estimate, an industry figure, a share of a population,
 * a market size.
 */
const STATISTIC =
  /\b(?:an? estimated|estimated (?:at|to be)|estimates? (?:say|show|suggest|put)|industry (?:data|reports?|figures|research|studies|average)|(?:studies|research|data|surveys|reports|statistics|analysts) (?:shows?|suggests?|finds?|found|indicates?|says?|estimates?)|(?:an?|one) (?:(?:recent|new|industry|independent|major|large|national|global|academic|university|sector|market) )*(?:study|survey|report|poll|analysis) (?:shows?|showed|suggests?|suggested|finds|found|indicates?|says|said|estimates?|estimated)|according to |on average|(?:market|industry|sector),? (?:is |was )?(?:valued|worth|estimated) at|(?:tam|sam|som)\b|market (?:size|value)|there (?:are|were) (?:now )?(?:approximately|roughly|nearly|about|over|more than|some|~)\s?\$?\d)/i;

/**
 * A share of people or organisations: "40% of developers", "one in three nurses", "about half of all new volunteers".
 * A share in words needs its "of": "half the people on the team" is about the team, not a statistic.
 */
const SHARE_OF_PEOPLE =
  /\b(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)|(?:one|two|three|four|five|\d+) (?:in|out of) (?:every )?(?:\d+|two|three|four|five|ten)|(?:about |roughly |nearly |almost |around |over |more than |less than |fewer than |under )?(?:half|a third|a quarter|two[- ]thirds|three[- ]quarters)(?=\s+of\b))\s+(?:of\s+)?(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:people|adults|americans|users|customers|consumers|developers|engineers|teams|companies|businesses|organi[sz]ations|enterprises|employees|workers|managers|nurses|doctors|patients|parents|students|teachers|households|homeowners|owners|renters|tenants|residents|volunteers|players|gamers|readers|listeners|viewers|subscribers|clients|guests|travell?ers|commuters|citizens|voters|carers|caregivers|farmers|growers|smbs|startups|founders|shoppers|drivers|members|professionals|freelancers|creators|marketers|buyers|sellers|restaurants|clinics|hospitals|schools)\b/i;

/** Where the figure comes from: a named source, a citation or a link, or the team's own observation. */
const SOURCE =
  /\baccording to\b(?!\s+(?:(?:some|many|most|recent|the|an?)\s+)?(?:(?:industry|market|sector|expert|analyst|internal|recent|published|various|several|some)\s+)?(?:figures|data|numbers|estimates|research|studies|reports|surveys|experts|analysts|sources|statistics|stats)\b)|\bsource[sd]?\s*:|\(source|\[\d+\]|\[\^?\w+\]|https?:\/\/|\bwww\.|\b(?:gartner|forrester|mckinsey|idc|deloitte|statista|pew|nielsen|census|bureau|oecd|eurostat|world bank|who|bls|stack overflow|github octoverse)\b|\b(?:we|our team) (?:measured|counted|found|observed|logged|tracked|tested)\b|\bin (?:our|the) (?:pilot|trial|beta|test|tests|testing|study)\b|\bin testing\b|\[[A-Z][A-Z -]+:[^\]]*\]/i;

/** "(CareerPlug, 2024)": an author-and-year citation. */
const CITATION = /\((?:\p{Lu}[\p{L}&.'-]*\s?){1,5},? (?:19|20)\d{2}\)/u;

/** A named study: "the 2024 Freelancer Income Report", "Stack Overflow's survey", "a Stanford study". Case matters: the capitals are the name. */
const NAMED_STUDY = /\b(?:[Pp]er|[Ff]rom|[Bb]y|[Ii]n|[Tt]he|[Aa]n?) (?:the )?(?:(?:19|20)\d{2} )?(?:\p{Lu}[\p{L}&.-]*\s?){1,4}(?:'s )?(?:(?:19|20)\d{2} )?(?:[Ss]urvey|[Ss]tudy|[Rr]eport|[Cc]ensus|[Dd]ata|[Rr]esearch|[Ii]ndex|[Aa]nalysis)\b/u;

/** A survey or interviews the team ran, by count. */
const OWN_SURVEY = /\b(?:(?:our|a|the|an informal) survey of|(?:we|i) (?:surveyed|interviewed|polled|asked|spoke (?:to|with)|talked (?:to|with))) (?:\d+|\w+ (?:dozen|hundred))\b/i;

/** Who was asked, and when: what lets a reader weigh a survey. */
const SURVEY_WHEN_OR_HOW =
  /\b(?:19|20)\d{2}\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|quarter|year|spring|summer|autumn|fall|winter))\b|\b(?:recruited|randomly|at random|selected|chosen|drawn from|sampled|who (?:use|run|work|manage|own|had|have))\b/i;
/** Where the people were: "at St Mary's", "in Leeds". */
const SURVEY_WHERE = /\b(?:at|in|from) (?:\p{Lu}[\p{L}'-]*\s?){1,3}/u;

/**
 * The team weighing its own cost against a saving ("two engineers for a quarter, about $110,000, against an estimated
 * $300,000 a year in support"): a business case the team owns, not a figure about the world that needs a source.
 */
const OWN_BUSINESS_CASE = /\b(?:engineers? for (?:a|one|two|three|\d+) (?:quarter|month|year|sprint)s?|(?:our|the team's) (?:own )?(?:costs?|budget|support costs?|spend)|to build (?:it|this)|build cost|headcount)\b/i;

/** Targets, plans and conditions: their numbers are goals, not claims about the world. */
const NOT_A_CLAIM = /\b(?:will|would|could|should|target\w*|goal|aim\w*|plan\w*|expect\w*|forecast\w*|project(?:ed|ion)s?|if|unless|hypothes\w*|assum\w*)\b|\bby (?:19|20)\d{2}\b/i;

/**
 * What people were reported to say: "two thirds of renters say they would switch if they could". The conditional is
 * theirs, quoted by the writer; the writer's claim is the share of people who said it.
 */
const REPORTED_SPEECH = /\b(?:say|says|said|tell us|told us)\b.*$/i;

export default defineRule({
  meta: {
    id: "sourceless-statistic",
    category: "evidence",
    severity: "warning",
    repeats: "advise",
    description: "A statistic about the world (an estimate, an industry figure, a share of people, a market size) or a survey with no source, sample or date.",
    question: "Where does this figure come from: who measured it, when, and how were the people chosen?",
    rationale:
      "One statistic often carries the whole problem statement. \"Developers spend an estimated 30% of their time debugging\" " +
      "is only as good as the study behind it; without a source the reviewer can't tell a measurement from a guess, and a " +
      "survey of forty people means little until the reader knows who ran it, when and how they were chosen.",
    examples: {
      flagged: ["Freelancers lose an estimated 20% of their income to late payments.", "In our survey of 40 nurses, 31 said handovers run late."],
      passes: ["According to the 2024 Freelancer Income Report, freelancers lose 20% of their income to late payments.", "In our pilot, 31 of 40 nurses finished handover on time."],
    },
  },
  check(ctx) {
    const { analysis } = ctx;
    const excluded = new Set(analysis.blocksOf("success-metrics", "kill-criteria"));
    const questions = new Set(analysis.faqEntries.map((e) => e.question));
    const reportAt = (sentence: Sentence, from: number, to: number, message: string, question?: string) =>
      ctx.report({ message, at: analysis.within(sentence, from, to), ...(question ? { question } : {}) });
    // A Markdown link keeps its address in the source, not in the text the rules read.
    const sourced = (sentence: Sentence) =>
      SOURCE.test(sentence.text) || NAMED_STUDY.test(sentence.text) || CITATION.test(sentence.text) || /\]\(\s*(?:https?:|www\.)/.test(analysis.doc.text.slice(sentence.span.start.offset, sentence.span.end.offset));
    // A figure cited once ("1.77 million hosts (Colker, 2026)") keeps its source when the document repeats it.
    let cited: Set<string> | null = null;
    const citedFigures = () => {
      if (cited) return cited;
      cited = new Set<string>();
      for (const block of analysis.proseBlocks) {
        for (const sentence of block.sentences) {
          const measures = analysis.measures(sentence);
          if (measures.length && sourced(sentence)) for (const m of measures) cited.add(sentence.text.slice(m.start, m.end).toLowerCase());
        }
      }
      return cited;
    };
    for (const block of analysis.proseBlocks) {
      if (excluded.has(block) || questions.has(block) || block.kind === "heading") continue;
      for (const sentence of block.sentences) {
        const text = sentence.text;
        // Only a figure or a survey can be flagged: the long source patterns need not run on other sentences.
        if (!analysis.measures(sentence).length && !OWN_SURVEY.test(text)) continue;
        if (/\?\s*$/.test(text) || NOT_A_CLAIM.test(text.replace(REPORTED_SPEECH, "")) || OWN_BUSINESS_CASE.test(text) || sourced(sentence)) continue;
        const survey = OWN_SURVEY.exec(text);
        if (survey) {
          const rest = text.slice(survey.index);
          if (!SURVEY_WHEN_OR_HOW.test(rest) && !SURVEY_WHERE.test(rest)) {
            reportAt(sentence, survey.index, survey.index + survey[0].length, `"${survey[0]}" says nothing of who was asked, when, or how they were chosen.`, "Who ran the survey, when, and how were the people chosen?");
          }
          continue;
        }
        if (!analysis.measures(sentence).length) continue;
        const cue = STATISTIC.exec(text) ?? SHARE_OF_PEOPLE.exec(text);
        if (!cue) continue;
        // Quote the figure with its cue: "an estimated $4.4 trillion", not just "an estimated".
        const figure = analysis.measures(sentence).find((m) => m.end > cue.index && m.start - (cue.index + cue[0].length) < 40);
        if (figure && citedFigures().has(text.slice(figure.start, figure.end).toLowerCase())) continue;
        const end = figure ? Math.max(figure.end, cue.index + cue[0].length) : cue.index + cue[0].length;
        reportAt(sentence, cue.index, end, `"${text.slice(cue.index, end).trim()}" is a statistic with no source.`);
      }
    }
  },
});
