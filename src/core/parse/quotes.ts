import { attributionVerbs, customerSpeakerCues, spokespersonTitles } from "../lexicons/cues";
import { compilePhrases } from "../lexicons/match";
import type { Block, Part, QuotePart, QuoteSpeaker } from "../model/types";
import { spanOf } from "./regions";
import { countWords } from "./text";

/**
 * Quotes in a press release: which paragraphs are quotations, who said them,
 * and whether the speaker talks for the company or as a customer.
 */
const attribution = compilePhrases(attributionVerbs);
const spokesperson = compilePhrases(spokespersonTitles);
const customerSpeaker = compilePhrases(customerSpeakerCues);

/** "— Ada Greene, director of Development Services", standing on its own line. */
export function isAttributionLine(block: Block): boolean {
  const text = block.text.trim();
  return countWords(text) <= 14 && !/[.!?]$/.test(text.replace(/\.$/, "")) && /^[—–-]*\s*(?:Dr\.?\s+|Prof\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*,\s*\S/u.test(text);
}

/** True when the paragraph is a quote with an attribution, or a bare quotation. */
export function isQuoteBlock(block: Block): boolean {
  const text = block.text.trim();
  // 「…」 quotes a whole paragraph in Japanese; inside a sentence it marks a term, so only a paragraph that opens with one counts.
  if (/^[「『][^」』]{12,}[」』]/.test(text)) return true;
  const quoted = /["“„«]([^"”“„«»]{12,})["”“»]/.exec(text);
  if (!quoted) return false;
  // In a list, a quoted phrase opens an item ("“Just some old cards” sold for $2,847"); a bare quote must be nearly all of it.
  if (/^["“„«]/.test(text) && quoted[1].length > text.length * (block.listDepth > 0 ? 0.85 : 0.4)) return true;
  return attributedNextToQuote(text) || /["”»]\s*[—–-]\s+\p{Lu}/u.test(text);
}

const QUOTATION = /["“„«]([^"”“„«»]{12,})["”“»]/g;

/**
 * True when a verb of saying stands next to a quotation: "…,” said Ada
 * Greene, founder." or "As Ben put it, he said: “…”". A verb elsewhere in the
 * paragraph ("publish it to the shared catalog") attributes nothing.
 */
function attributedNextToQuote(text: string): boolean {
  QUOTATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTATION.exec(text))) {
    // The words between the quotation and the nearest sentence end on either side, six at most.
    const after = text.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/)[0].trim().split(/\s+/).slice(0, 6).join(" ");
    const before = text.slice(0, m.index).split(/[.!?]\s/).pop()!.trim().split(/\s+/).slice(-6).join(" ");
    // Before the quotation, the verb leads into it: "Ada said: “…”", "According to Ada, “…”" ("no shared answer to “…”" does not).
    if (attribution.test(after) || (/[,:]$/.test(before) && attribution.test(before))) return true;
  }
  return false;
}

/** "Hypothetical", "(illustrative)", "[draft quote]": the author says nobody has said this yet. */
const HONESTY_TAG = /^\s*(?:hypothetical|illustrative|fictional|fictitious|sample|example|imagined|draft)\b[\s:,-]*|\s*[([](?:hypothetical|illustrative|fictional|draft|placeholder|sample)[^)\]]*[)\]]/gi;

function parseSpeaker(text: string): { quoteText: string; speaker: QuoteSpeaker | null } {
  const pieces: string[] = [];
  // 「…『…』…」 nests: the inner marks quote a phrase inside the speaker's words, so 「 closes only at 」.
  const re = /「([^」]+)」|["“„«『]([^"”“„«»』]+)["”“»』]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) pieces.push((m[1] ?? m[2]).trim());
  const outside = text.replace(re, " | ").replace(/\s+/g, " ").trim();
  const quoteText = pieces.join(" ");
  const cleaned = outside
    .replace(/\|/g, "")
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, "")
    .trim();
  if (!cleaned) return { quoteText, speaker: null };
  let who = cleaned
    .replace(HONESTY_TAG, " ")
    .replace(/\b(said|says|added|adds|explained|explains|noted|notes|commented|stated|states|shared|shares|told|recalls|recalled|remarked|continued|sagt|sagte|erklärt)\b/gi, " ")
    .replace(/\baccording to\b/gi, " ")
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // "— *[Placeholder: Founder quote]*": nobody is named yet, but the slot still says whose voice it is.
  if (!who) return { quoteText, speaker: /\p{L}{3}/u.test(cleaned) ? { name: null, description: null, attribution: cleaned } : null };
  who = who.replace(/\s*[,.]\s*$/, "");
  const nameMatch = /^((?:Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|da|del|la|le|bin|al)){1,3})/u.exec(who);
  let name: string | null = null;
  let description: string | null = who;
  if (nameMatch && nameMatch.index === 0 && !/^(The|A|An|Our|Their|One|Every|This|That)\b/.test(nameMatch[2])) {
    name = (nameMatch[1] ?? "") + nameMatch[2];
    description = who.slice(nameMatch[0].length).replace(/^[\s,–—-]+/, "").trim() || null;
  }
  return { quoteText, speaker: { name, description, attribution: cleaned } };
}

const SPOKESPERSON_CONTENT = /\b(our customers|our users|customers told us|we heard from|we are (?:excited|proud|thrilled|pleased|delighted)|we're (?:excited|proud|thrilled|pleased|delighted)|we (?:built|created|designed|launched|developed|want|wanted|believe|set out|started|made)|I (?:built|created|wanted to build|set out to build|made)|our (?:goal|mission|team|vision)|we see\b|for our customers)\b/i;
const CUSTOMER_CONTENT = /\b(I|I'm|I've|I'd|my|me|mine)\b|\b[Ww]e (?:used to|were|had to|spent|would|used)\b|\bsaved (?:me|us)\b|\b[Nn]ow (?:I|we) (?:can|see|get|know)\b|\bbefore \p{Lu}/u;

/** How strongly a quote speaks for the company (positive) or as a customer (negative). */
const OTHER_ORGANISATION = /,\s*(?:an?\s+|one\s+)?(?:(?:large|small|mid-sized|midsize|mid-size|medium-sized|mid-market|regional|global|national|local|big|major|leading|fortune \d+|us|uk|eu)\s+)*(?:[\p{L}-]+\s+){0,2}(?:bank|company|firm|hospital|clinic|school|university|college|agency|retailer|insurer|startup|manufacturer|store|restaurant|gym|studio|practice|nonprofit|charity|council|utility|carrier|distributor|saas|fintech|e-?commerce|enterprise|business|scale-?up|marketplace)\b/iu;
const USER_WORDS = /利用者|ユーザー|顧客|お客様|사용자|고객|用户|客户|usuári[oa]s?\b|cliente\b/iu;

/** "said the creator", "the product owner", "Sandip Dev, who built Samaritan": the people who make the product. */
const MAKER = /\b(?:the|our|its) (?:creator|creators|developer|developers|founder|founders|maker|makers|author|builder)\b|\b(?:product owner|project lead|pilot lead|product team)\b|\bwho (?:built|created|made|designed|wrote|started)\b|\b(?:creator|maker|author|builder) of\b/i;

function voiceScore(speaker: QuoteSpeaker | null, quoteText: string, context: VoiceContext): { score: number; customerCues: number; companyCues: number } {
  const about = speaker?.attribution ?? "";
  const customerCues = customerSpeaker.count(about);
  let companyCues = spokesperson.count(about) + (MAKER.test(about) ? 3 : 0);
  let customer = customerCues;
  // "…, plant manager at Dunmore": the speaker's organisation decides whose side they speak for.
  const at = /(?:\b(?:at|of|from)|@|\bworks? for)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*)*)/u.exec(speaker?.description ?? "");
  if (at) {
    const theirs = significantWords(at[1]);
    const ours = new Set([...significantWords(context.organisation ?? ""), ...significantWords(context.productName ?? "")]);
    if (theirs.some((w) => ours.has(w))) companyCues += 3;
    else if (ours.size) customer += 1;
  }
  // "Director of Data Governance, large US bank", "想定利用者": someone at a customer's organisation, or a user.
  if (OTHER_ORGANISATION.test(about) || USER_WORDS.test(about)) customer += 2;
  // "Before Skiljo, our team handled credit memos by hand": life before the product is a customer's story.
  if (context.productName && new RegExp(`\\b[Bb]efore ${context.productName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(quoteText)) customer += 2;
  let company = companyCues;
  if (SPOKESPERSON_CONTENT.test(quoteText)) company += 1;
  if (CUSTOMER_CONTENT.test(quoteText)) customer += 1;
  return { score: company - customer, customerCues, companyCues };
}

function significantWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{N}'’-]{2,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !/^(the|inc|ltd|llc|corp|group|company)$/.test(w));
}

export interface VoiceContext {
  productName: string | null;
  /** Who makes the announcement ("Bellevue College is excited to announce…"). */
  organisation: string | null;
}

/** The organisation that announces, from the summary's "X today announced" or "X is excited to announce". */
export function announcingOrganisation(text: string): string | null {
  const m =
    /(?:^|[—–-]\s+|\.\s+|,\s+|\n\s*)(?:Today,?\s+)?((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|for|and|the)){0,6}?)(?:,[^,]{0,80},)?\s+(?:today\s+)?(?:(?:will|is to|is going to)\s+(?:open|launch|release|introduce|start|roll out)\b|(?:is|are)\s+(?:opening|launching|releasing|introducing)\b|opens|opened|rolls out|rolled out|announced|announces|launched|launches|released|releases|introduced|introduces|unveiled|unveils|started|is (?:excited|proud|pleased|thrilled) to announce|kündigt)/u.exec(text);
  if (!m) return null;
  const name = m[1].replace(/^the\s+/i, "").trim();
  return name.length >= 2 && !/^(We|Our|It|This|Today|They)$/.test(name) ? name : null;
}


const quoteScores = new WeakMap<QuotePart, { score: number; explicit: boolean; customerCues: number; companyCues: number }>();

export function quotePart(blocks: Block[], label: Block | null, explicit: "spokesperson" | "customer" | null, context: VoiceContext, order: number): QuotePart {
  // A run-in label ("**Quotes.** “…”") is not part of the attribution.
  const text = blocks.map((b) => (b.names && b.leadEmphasis && b.text.startsWith(b.leadEmphasis) ? b.text.slice(b.leadEmphasis.length) : b.text)).join(" ");
  const { quoteText, speaker } = parseSpeaker(text);
  const { score, customerCues, companyCues } = voiceScore(speaker, quoteText, context);
  // The first quote of a press release is usually the company's; a named first speaker with
  // nothing marking them as a customer keeps that reading unless the evidence clearly says otherwise.
  const leaning = order === 0 && !!speaker?.name && customerCues === 0 ? score >= -1 : score > 0 || (score === 0 && order === 0);
  const voice = explicit ?? (leaning ? "spokesperson" : "customer");
  const part: QuotePart = { kind: "quote", voice, speaker, quoteText: quoteText || text, blocks, label, span: spanOf(blocks, label) };
  quoteScores.set(part, { score, explicit: !!explicit, customerCues, companyCues });
  return part;
}

/**
 * A press release normally quotes one person from the company and one
 * customer. When every quote leans the same way, the one that leans least
 * (the earliest, on a tie) is read as the other voice.
 */
export function balanceVoices(quotes: QuotePart[]): void {
  if (quotes.length < 2) return;
  for (const missing of ["spokesperson", "customer"] as const) {
    if (quotes.some((q) => q.voice === missing)) continue;
    // Only a named speaker with nothing in their attribution that places them on the other side.
    const open = quotes.filter((q) => {
      const info = quoteScores.get(q);
      if (!info || info.explicit || !q.speaker?.name) return false;
      return missing === "spokesperson" ? info.customerCues === 0 : info.companyCues === 0;
    });
    if (!open.length) continue;
    const lean = (q: QuotePart) => (quoteScores.get(q)?.score ?? 0) * (missing === "spokesperson" ? 1 : -1);
    const pick = open.reduce((best, q) => (lean(q) > lean(best) ? q : best), open[0]);
    pick.voice = missing;
  }
}

/**
 * "Ana Ruiz is a front-desk manager at the clinic. Ana starts each morning…"
 * and later "“…,” said Ana Ruiz, front-desk manager at the clinic": the
 * person whose day the problem tells is the customer, even when they work
 * for the organisation that announces. Applies only when no quote was read
 * as the customer's and exactly one speaker appears in that story.
 */
export function customerFromStory(quotes: QuotePart[], story: string): void {
  if (quotes.length < 2 || quotes.some((q) => q.voice === "customer")) return;
  // A press release quotes a handful of people and tells its story in a page: bounded, so a huge input stays linear.
  const page = story.slice(0, 20_000);
  const told = quotes.slice(0, 8).filter((q) => q.speaker?.name && !quoteScores.get(q)?.explicit && page.includes(q.speaker.name));
  if (told.length === 1) told[0].voice = "customer";
}

/**
 * Splits a run of quote paragraphs into quotes: each new quotation starts a
 * quote, and an attribution line ("— Ada Greene, director") or a following
 * paragraph without quotation marks stays with the quote before it.
 */
export function groupQuotes(blocks: Block[]): Block[][] {
  const groups: Block[][] = [];
  for (const b of blocks) {
    const startsQuote = /^\s*["“„«]/.test(b.text) || isQuoteBlock(b);
    const current = groups[groups.length - 1];
    const hasQuote = current?.some((x) => /["“„«]/.test(x.text));
    if (!current || (startsQuote && hasQuote)) groups.push([b]);
    else current.push(b);
  }
  return groups;
}

/**
 * "“…,” said Fatma Serce, Chair of the department." then "“It has become a
 * lifesaver…”" with nothing outside its quotation marks: a quotation with no
 * speaker of its own, in the paragraph right after one that names its
 * speaker, is that speaker going on, as a quote's later paragraphs are
 * written. It joins the quote before it, unless an attribution line follows
 * it ("— Ben Ode, driver"), which makes it a testimonial of its own.
 */
export function joinContinuedQuotes(parts: Part[], blocks: Block[]): void {
  for (let i = parts.length - 1; i > 0; i--) {
    const quote = parts[i];
    const before = parts[i - 1];
    if (quote.kind !== "quote" || before.kind !== "quote" || quote.speaker !== null || !before.speaker?.name || quote.label) continue;
    const first = quote.blocks[0];
    const last = before.blocks[before.blocks.length - 1];
    if (!first || !last || first.index !== last.index + 1 || !/^\s*["“„«]/.test(first.text)) continue;
    const next = blocks[quote.blocks[quote.blocks.length - 1].index + 1];
    if (next && !/^\s*["“„«]/.test(next.text) && (isAttributionLine(next) || /^\s*[—–-]/.test(next.text))) continue;
    before.blocks = [...before.blocks, ...quote.blocks];
    before.quoteText = `${before.quoteText} ${quote.quoteText}`;
    before.span = spanOf(before.blocks, before.label);
    parts.splice(i, 1);
  }
}

/** "Gavin McFarland", "Kari Hough", "Jeff Watson": a first name and a surname, each capitalised. */
const FULL_NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+/gu;

/** The full name in text that ends with this surname ("Jeff Watson" for "Watson"), the latest one when there are several. */
function fullNameEndingWith(text: string, surname: string): string | null {
  let found: string | null = null;
  FULL_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FULL_NAME.exec(text))) {
    const words = m[0].split(/\s+/);
    if (words[words.length - 1] === surname && words[0] !== surname && !/^(The|A|An|Our|Their|This|That|Today|When|With|For)$/.test(words[0])) found = m[0];
  }
  return found;
}

/**
 * "…,” said McFarland." after "…,” said Gavin McFarland, founder of RealWorth."
 * is the same person: a later quote attributed by surname alone takes the
 * earlier speaker's name and voice. A surname whose full name the release
 * gave in its prose ("Today, Jeff Watson released ApplyKit… ,” said Watson.")
 * takes that name; when that person is the one who announces the product,
 * the quote is the maker's.
 */
export function followEarlierSpeakers(quotes: QuotePart[], announcer: string | null = null, proseBefore: (quote: QuotePart) => string = () => ""): void {
  quotes.forEach((quote, i) => {
    const named = quote.speaker?.name ?? null;
    if (named && named === announcer && /\s/.test(announcer)) quote.byMaker = true;
    const who = (named ?? quote.speaker?.description ?? "").trim();
    if (!who || /\s/.test(who) || !/^\p{Lu}/u.test(who)) return;
    const earlier = quotes
      .slice(0, i)
      .reverse()
      .find((q) => q.speaker?.name && q.speaker.name !== who && q.speaker.name.split(/\s+/).pop() === who);
    if (earlier?.speaker) {
      quote.voice = earlier.voice;
      quote.speaker = { ...quote.speaker!, name: earlier.speaker.name, description: earlier.speaker.description };
      if (earlier.byMaker) quote.byMaker = true;
      const info = quoteScores.get(quote);
      if (info) info.explicit = true;
      return;
    }
    // Only a bare surname: "said Watson", not "said Engineering".
    if (quote.speaker?.name || quote.speaker?.description !== who) return;
    const full = fullNameEndingWith(proseBefore(quote), who);
    if (!full) return;
    quote.speaker = { ...quote.speaker!, name: full, description: null };
    if (announcer && full === announcer) quote.byMaker = true;
  });
}
