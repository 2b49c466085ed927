/**
 * People named in prose: "Luis Cárdenas signed a lease…", "Dana, a night
 * nurse in Leeds, …", "Dr. Fiona Hale". A capitalised run counts as a person
 * only when something confirms it (a given name, a title, an apposition or a
 * pronoun that refers back), so "East Cesar Chavez" or "Development Services"
 * stay places and offices.
 */
import type { PhraseMatcher } from "../lexicons";
import { dualPattern } from "../parse/ascii";

export interface PersonMention {
  /** The name as written ("Luis Cárdenas"). */
  name: string;
  /** Lower-cased words of the name, for matching later mentions. */
  parts: string[];
  start: number;
  end: number;
  /** The role or situation the sentence gives them ("a staff nurse on Ward 7"), when it gives one. */
  role: string | null;
}

const TITLE = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Frau|Herr|Señor|Señora|Sra|Sr)\.?$/;

/** Capitalised words that start sentences or name things, never people. */
const NOT_A_NAME = new Set([
  "the", "a", "an", "this", "that", "these", "those", "today", "tomorrow", "yesterday", "now", "currently", "when", "while",
  "if", "our", "we", "they", "he", "she", "it", "its", "his", "her", "their", "you", "your", "i", "my", "last", "next",
  "every", "each", "all", "most", "many", "some", "one", "two", "three", "in", "on", "at", "by", "for", "from", "with",
  "without", "after", "before", "during", "since", "until", "once", "as", "and", "but", "or", "so", "because", "although",
  "however", "meanwhile", "instead", "still", "then", "there", "here", "what", "who", "why", "how", "where", "which",
  "customer", "customers", "user", "users", "faq", "internal", "external", "q", "a", "press", "release", "headline",
  "summary", "problem", "solution", "quote", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "north", "south", "east", "west", "new", "saint", "st", "mount", "lake", "port", "fort", "san", "santa", "los", "las",
  "great", "little", "upper", "lower", "old", "royal", "national", "international", "global", "general", "chief", "head",
  "director", "manager", "team", "support", "service", "services", "department", "office", "city", "county", "state",
  "school", "university", "college", "hospital", "clinic", "bank", "group", "company", "inc", "ltd", "llc", "corp",
  "introducing", "announcing", "meet", "dear", "hi", "hello", "thanks", "please", "note", "yes", "no", "not", "ok",
]);

/** Last words that make a capitalised run an organisation or a place. */
const ORGANISATION = /^(?:Inc|Ltd|LLC|Corp|Co|Company|Group|Bank|Vets?|Clinic|Hospital|School|College|University|Services?|Department|Office|Council|Centre|Center|Foundation|Labs?|Systems|Technologies|Partners|Associates|Café|Cafe|Farms?|Motors|Market|Stores?|Shop|Bakery|Restaurant|Hotel|Street|St|Road|Rd|Avenue|Ave|Lane|Way|Square|Park|Station|Airport|Ward|Wards|Building|Tower|Hall|Bridge|River|Valley|County|City|State|Region|Province|District|Institute|Society|Club|Union|Agency|Authority|Board|Committee|Ministry|Trust|Fund|Capital|Ventures|Health|Care|Pharmacy|Practice|Surgery|Cloud|Platform|App|Pro|Plus|AI|API|FAQ)$/;

export const NAME_RUN = dualPattern(/(?<![\p{L}\p{N}])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:de|da|van|von|der|del|di|du|le|la|al|bin|ben|ten|ter)\s+)?\p{Lu}[\p{Ll}’'-]+){0,2}(?![\p{L}\p{N}])/gu);

/** Words that say what someone does: the role in "Dana, a night nurse" or "pharmacist Ade Bello". */
const ROLE_WORDS =
  "nurse|doctor|dr|physician|surgeon|teacher|professor|owner|co-owner|manager|engineer|developer|designer|analyst|driver|farmer|" +
  "parent|mother|father|mum|mom|dad|student|pupil|chef|cook|pilot|accountant|advisor|adviser|clerk|founder|director|officer|lead|" +
  "head|customer|user|host|seller|buyer|member|coordinator|dispatcher|planner|technician|mechanic|pharmacist|lawyer|paralegal|" +
  "recruiter|agent|rep|representative|administrator|admin|operator|scientist|researcher|librarian|volunteer|caregiver|carer|" +
  "landlord|tenant|homeowner|renter|shopkeeper|baker|plumber|electrician|contractor|architect|editor|writer|producer|consultant|" +
  "cashier|supervisor|vet|veterinarian|dentist|therapist|midwife|paramedic|worker|employee|specialist|assistant|associate|" +
  "executive|partner|principal|president|vp|ceo|cto|cfo|coo|chair|chairman|chairwoman|secretary|treasurer|resident|citizen|" +
  "patient|retiree|freelancer|entrepreneur|graduate|intern|apprentice|trainee|coach|instructor|tutor|counsellor|counselor|" +
  "inspector|auditor|officer|guard|firefighter|sergeant|captain|commander|mayor|councillor|councilor|judge|journalist|" +
  "reporter|photographer|artist|musician|author|programmer|tester|maintainer|contributor|sre|devops|fisherman|fisher|grower|" +
  "rancher|breeder|trader|broker|banker|investor|buyer|purchaser|merchant|retailer|wholesaler|courier|dispatcher|waiter|" +
  "waitress|bartender|barista|cleaner|caretaker|janitor|porter|receptionist|steward|stewardess|attendant|guide|ranger|" +
  "wife|husband|son|daughter|grandmother|grandfather|grandparent|neighbour|neighbor|friend|colleague";
const ROLE = new RegExp(`\\b(?:${ROLE_WORDS})s?\\b`, "i");
const ROLE_ONLY = new RegExp(`^(?:${ROLE_WORDS})s?$`, "i");
/** ", a nurse in Leeds" describes the name before it; ", and Member Tools" goes on with a list it belongs to. */
const APPOSITION = /^\s*(?:,|\(|—|–)\s*(?!\s*(?:and|or|&|plus)\s)([^,.;()—–]{2,120})/u;
const ROLE_BEFORE = new RegExp(`\\b(?:${ROLE_WORDS})\\s*$`, "i");
/** The longest role word, plus the character before it that the word boundary looks at. */
const ROLE_BEFORE_REACH = Math.max(...ROLE_WORDS.split("|").map((w) => w.length)) + 1;
/** "East Cesar Chavez", "San Marcos", "Lake Louise": a place, whatever the rest looks like. */
const PLACE_PREFIX = /^(?:north|south|east|west|new|saint|st|mount|lake|port|fort|san|santa|los|las|upper|lower|great|little|old|royal)$/;
const PRONOUN_IN = /\b(?:he|she|him|his|hers|himself|herself)\b/i;
const PRONOUN_START = /^\s*(?:he|she|his|her)\b/i;
/** "Owen Baxter is the fresh-produce buyer for a store in Rugby": a name said to be someone with a role. */
const COPULA_ROLE = /^\s+(?:is|was|works as)\s+(?:a|an|the|one of the)\s+([^,.;()—–]{2,120})/u;

export interface PeopleLexicons {
  firstNames: PhraseMatcher;
  famous: PhraseMatcher;
}

function isFirstName(word: string, firstNames: Set<string>): boolean {
  return firstNames.has(word.toLowerCase());
}

const firstNameSets = new WeakMap<readonly string[], Set<string>>();
function firstNameSet(matcher: PhraseMatcher): Set<string> {
  let set = firstNameSets.get(matcher.entries);
  if (!set) {
    set = new Set(matcher.entries.map((e) => e.toLowerCase()));
    firstNameSets.set(matcher.entries, set);
  }
  return set;
}

/**
 * People named in one sentence. `next` is the following sentence, whose
 * pronouns can confirm a name ("… Sanjay Mistry. He missed …").
 */
export function findPeople(sentence: string, next: string, lexicons: PeopleLexicons, exclude: ReadonlySet<string> = new Set()): PersonMention[] {
  const names = firstNameSet(lexicons.firstNames);
  const out: PersonMention[] = [];
  const nameRun = NAME_RUN.for(sentence);
  let m: RegExpExecArray | null;
  while ((m = nameRun.exec(sentence))) {
    const words = m[0].split(/\s+/);
    const titled = TITLE.test(words[0]);
    let nameWords = titled ? words.slice(1) : words;
    // A possessive ends the name: "Dan's Brazil pick" names Dan, and what is his says his situation.
    const possessiveAt = nameWords.findIndex((w) => /['’]s$/.test(w));
    const possessive = possessiveAt >= 0;
    if (possessive) nameWords = [...nameWords.slice(0, possessiveAt), nameWords[possessiveAt].slice(0, -2)];
    if (!nameWords.length) continue;
    // A sentence-initial common word ("Today Morag…") is dropped, and the rest retried.
    let dropped = "";
    while (nameWords.length && NOT_A_NAME.has(nameWords[0].toLowerCase())) dropped = nameWords.shift()!.toLowerCase();
    if (!nameWords.length || PLACE_PREFIX.test(dropped)) continue;
    const last = nameWords[nameWords.length - 1];
    if (ORGANISATION.test(last) || nameWords.some((w) => exclude.has(w.toLowerCase()))) continue;
    // One capitalised word that is a role ("Pilot") or an adverb ("Previously") names nobody, even before a comma.
    if (!titled && nameWords.length === 1 && !isFirstName(nameWords[0], names) && (ROLE_ONLY.test(nameWords[0]) || /ly$/i.test(nameWords[0]))) continue;
    const name = nameWords.join(" ");
    const start = m.index + m[0].lastIndexOf(nameWords[0]);
    const end = possessive ? m.index + m[0].indexOf(nameWords[nameWords.length - 1], start - m.index) + nameWords[nameWords.length - 1].length : m.index + m[0].length;
    const after = sentence.slice(end);
    const before = sentence.slice(0, m.index);
    const appositionMatch = APPOSITION.exec(after);
    // An apposition confirms a person only when it gives a role or a situation ("a staff nurse on Ward 7",
    // "who owns a spaniel"); "a two-level Merkle archive" after a list item does not.
    // A lone word no list knows as a first name needs a real apposition ("Okonkwo, a nurse…"): "via Stripe, built-in
    // member tools" is a list going on.
    const loneUnknownWord = nameWords.length === 1 && !isFirstName(nameWords[0], names);
    const apposition =
      appositionMatch &&
      (ROLE.test(appositionMatch[1].split(/\s+/).slice(0, 5).join(" ")) || /^\s*(?:who|whose|aged?\s+\d|\d{2}\b)/i.test(appositionMatch[1])) &&
      (!loneUnknownWord || /^\s*(?:a|an|the|our|their|his|her|who|whose|aged?|\d)\b/i.test(appositionMatch[1]))
        ? appositionMatch
        : null;
    // Only the end of what comes before can hold the role: searching all of it for every name would cost the square of a long sentence.
    const roleBefore = ROLE_BEFORE.exec(before.slice(Math.max(0, before.trimEnd().length - ROLE_BEFORE_REACH)));
    // A full name said to hold a role, with the person taken up by a pronoun in the next sentence ("Three mornings a week his delivery is late").
    const copulaMatch = COPULA_ROLE.exec(after);
    const copula = copulaMatch && nameWords.length >= 2 && ROLE.test(copulaMatch[1].split(/\s+/).slice(0, 5).join(" ")) && PRONOUN_IN.test(next) ? copulaMatch : null;
    const confirmed =
      titled ||
      isFirstName(nameWords[0], names) ||
      !!apposition ||
      !!copula ||
      ((nameWords.length >= 2 || (m.index === 0 && /^\s+[a-z]+(?:s|ed)\b/.test(after))) && (PRONOUN_IN.test(after.slice(0, 80)) || PRONOUN_START.test(next))) ||
      !!roleBefore;
    // Famous names are looked up last: the lookup costs more than the tests above, which rule out most capitalised words.
    if (!confirmed || lexicons.famous.test(name)) continue;
    let role: string | null = null;
    if (apposition) role = apposition[1].trim();
    else if (copula) role = copula[1].trim();
    else if (roleBefore) role = roleBefore[0].trim();
    else if (/^\s*(?:,\s*)?(?:who|whose)\b/i.test(after)) role = after.trim().slice(0, 120);
    else if (possessive) role = /^['’]s\s+([^,.;:!?—–]{3,80})/u.exec(after)?.[1].trim() ?? null;
    out.push({ name, parts: nameWords.map((w) => w.toLowerCase()), start, end, role });
  }
  return out;
}

/** Words that, right after a name, make it a product: "Claude Code", "Gemini API", "Copilot Chat". */
const PRODUCT_SUFFIX = /^(?:AI|Code|API|APIs|app|apps|model|models|Desktop|CLI|SDK|Studio|Cloud|Chat|Pro|Plus|Max|Sonnet|Opus|Haiku|Flash|Turbo|Mini|Enterprise|Workspace|\d[\w.]*)$/;
/**
 * Where a word that may be a product suffix starts, after a space. Every word PRODUCT_SUFFIX accepts starts like one of
 * these, and they are rare, so the name before each is read only there instead of at every capitalised word.
 */
const SUFFIX_START = /\s(?=AI|Code|API|app|model|Desktop|CLI|SDK|Studio|Cloud|Chat|Pro|Plus|Max|Sonnet|Opus|Haiku|Flash|Turbo|Mini|Enterprise|Workspace|\d)/g;
/** A capitalised word and the word after it, read from where the capitalised word starts. */
const NAME_AND_NEXT = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]+)\s+([\p{L}\d]\w*(?:\.\d+)*)/uy;
const WHITESPACE = /\s/;
const LETTER = /^\p{L}$/u;

/** Where the run of letters that ends at `end` starts (`end` itself when there is none), reading astral letters whole. */
function lettersStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start >= 2 && text.charCodeAt(start - 2) >= 0xd800 && text.charCodeAt(start - 2) <= 0xdbff;
    const width = pair ? 2 : 1;
    if (!LETTER.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

/**
 * Capitalised words the document itself uses as product names ("Claude" in
 * "Claude Code", "Claude AI"): a name that the text also puts before a
 * product word is a product wherever it appears, however human it sounds.
 */
export function productNamesIn(text: string): Set<string> {
  const out = new Set<string>();
  SUFFIX_START.lastIndex = 0;
  let candidate: RegExpExecArray | null;
  while ((candidate = SUFFIX_START.exec(text))) {
    // The name ends where the run of spaces before the suffix begins.
    let nameEnd = candidate.index;
    while (nameEnd > 0 && WHITESPACE.test(text[nameEnd - 1])) nameEnd--;
    NAME_AND_NEXT.lastIndex = lettersStart(text, nameEnd);
    const m = NAME_AND_NEXT.exec(text);
    if (m && PRODUCT_SUFFIX.test(m[2])) out.add(m[1].toLowerCase());
  }
  return out;
}

/** True when a quote's speaker reads as a person's name ("Luis Cárdenas", "Dr. Fiona Hale"), not a sentence fragment. */
export function looksLikeName(name: string): boolean {
  const words = name.trim().split(/\s+/).filter((w) => !TITLE.test(w));
  if (!words.length || words.length > 4) return false;
  return words.every((w, i) => (/^\p{Lu}[\p{Ll}’'.-]*$/u.test(w) && !/['’]/.test(w.slice(1, -1)) && !NOT_A_NAME.has(w.toLowerCase())) || (i > 0 && /^(?:de|da|van|von|der|del|di|du|le|la|al|bin|ben)$/.test(w)));
}

/** Role words too broad to describe anyone: "a user who wants…" is the segment restated. */
const GENERIC_ROLE = /^(?:customer|user|member|person|people|client|buyer|worker|employee|citizen|resident)s?$/i;
const ROLE_IN_SITUATION = dualPattern(
  /(?<![\p{L}\p{N}])(?:a|an|one)\s+((?:(?!(?:for|of|to|with|in|on|at|by|from|and|or|that|which|powered|based|built)\s)[\p{L}\p{N}][\p{L}\p{N}'’&/-]*\s+){0,5}?)([\p{L}-]{4,})(?:,?\s+(?:at|in|on|from)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+,?)?\s+(who|whose|[\p{Ll}-]+(?:s|ed)|[\p{Ll}]+ly\s+[\p{Ll}-]+(?:s|ed))\s+(.*)/giu,
);
/** Agent nouns no list can hold ("radiographer", "bookkeeper", "archivist"), checked against things that end the same way. */
const AGENT_NOUN = /(?:er|or|ist|ian)$/i;
const NOT_A_PERSON =
  /^(?:whether|other|another|either|neither|rather|together|however|whatever|whenever|wherever|ever|never|after|over|under|later|sooner|faster|slower|better|easier|harder|longer|shorter|further|earlier|cheaper|safer|proper|power|tower|server|browser|container|controller|router|scheduler|compiler|parser|folder|letter|number|layer|filter|buffer|marker|sensor|monitor|processor|vendor|provider|computer|printer|scanner|trailer|poster|paper|water|order|error|factor|sector|colou?r|vector|cluster|center|centre|header|footer|counter|trigger|wrapper|adapter|connector|indicator|calculator|generator|helper|timer|slider|tracker|reminder|register|chapter|quarter|summer|winter|answer|matter|manner|banner|border|corner|dinner|finger|hour|event|component|document|element|environment|segment|payment|statement|moment|amount|account|percent|point|plant|restaurant|render|agent|integrator|orchestrator|executor|handler|listener|subscriber|publisher)$/i;
/** Words after an indefinite article that end the noun phrase: "a way for", "a pilot of 30 families". */
const NOT_A_VERB =
  /^(?:is|was|has|as|its|this|thus|does|goes|of|plus|versus|always|sometimes|perhaps|across|towards|less|unless|needs|powered|based|built|designed|driven|trained|called|named|used|made|listed|required|needed|tagged|labelled|labeled)$/i;
/** People described without a job: "a widower who cooks for one", "a couple who rent their spare room". */
const PERSON_NOUN = /^(?:woman|man|mother|father|family|couple|teenager|teen|child|kid|girl|boy|widow|widower|pensioner|household|neighbour|neighbor|someone)$/i;
/** Modifiers that make the noun a program, not a person: "an AI commentator", "a virtual assistant". */
const MACHINE_MODIFIER = /\b(?:ai|bot|virtual|digital|automated|robotic|software|llm|chat)\b/i;

/**
 * A customer described by role and situation without a name: "a night-shift
 * pharmacist who waits 40 minutes for a taxi", "A localization producer
 * versions key art for 37 languages". A reviewer can go and find people like
 * them, which is what the representative customer is for. Returns the phrase,
 * or null when the sentence only names a role ("a happy parent").
 */
export function roleInSituation(sentence: string): string | null {
  const pattern = ROLE_IN_SITUATION.for(sentence);
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(sentence))) {
    const [, modifiers, head, verb, rest] = m;
    pattern.lastIndex = m.index + 1;
    if (GENERIC_ROLE.test(head) || NOT_A_VERB.test(verb.split(/\s+/)[0]) || MACHINE_MODIFIER.test(modifiers)) continue;
    const person = !NOT_A_PERSON.test(head) && (PERSON_NOUN.test(head) || ROLE_ONLY.test(head) || AGENT_NOUN.test(head));
    // The situation must be concrete enough to find such a person: more than a clause of a few words.
    // "a producer sends its first message" is a program in a pipeline, not a person.
    if (person && !/^its\b/i.test(rest) && rest.trim().split(/\s+/).length >= 5) return m[0].trim();
  }
  return null;
}

const ATTRIBUTION_CONTEXT = /(?:,|\bon\b|\bat\b|\bin\b|\bfrom\b|\bwith\b|\bof\b)\s*\S/i;

/**
 * A quote attributed to a role with a setting ("a senior engineer on the
 * platform team", "Director of Data Governance, large US bank"): an
 * anonymous customer, but a described one.
 */
export function describedRole(attribution: string): boolean {
  const words = attribution.replace(/[*_]/g, "").trim();
  // An attribution is a name and a title, not a paragraph: a long one is prose the quote reader swept in.
  if (words.split(/\s+/).length > 14) return false;
  const role = new RegExp(`\\b(${ROLE_WORDS})s?\\b`, "i").exec(words);
  if (!role || GENERIC_ROLE.test(role[1])) return false;
  return ATTRIBUTION_CONTEXT.test(words.slice(role.index + role[0].length)) || ATTRIBUTION_CONTEXT.test(words.slice(0, role.index).replace(/^\s*(?:said|says)\b/i, ""));
}
