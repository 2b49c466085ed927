import type { PhraseLexicon } from "./types";

/**
 * Promises a press release makes that an FAQ answer can take back. Each family
 * pairs the promise with its contrary; `claimUnless` and `contraryUnless` name
 * the words that, in the same sentence, make either side too qualified to
 * contradict ("free trial", "if you turn on cloud sync").
 */
export interface ContradictionFamily {
  id: "data-location" | "price" | "accounts" | "availability";
  /** What the two lines disagree about, for the message. */
  topic: string;
  claim: string;
  contrary: string;
  claimUnless: string;
  contraryUnless: string;
  /** Where a contrary counts: any FAQ answer, or only an answer to customers (internal plans may precede a launch). */
  contraryIn: "any-faq" | "customer-faq";
  /** Words that, anywhere in the contrary's FAQ entry, show it is about something else ("a server you rent costs $5 a month"). */
  contraryEntryUnless?: string;
  /** The claim names what it protects ("your tax documents never touch our servers"): the contrary's entry must name it too. */
  subjectMustMatch: boolean;
}

const DEVICE = "(?:own )?(?:local )?(?:device|machine|computer|laptop|phone|browser|mac|pc|hardware|disk|drive|network|premises)s?";

export const localDataClaims: PhraseLexicon = {
  name: "claims-data-local",
  description: "Promises that data stays with the user: \"never leaves your device\", \"never touches our servers\".",
  entries: [
    `re:\\bnever (?:leaves?|leave) (?:your|their|the|(?:the )?[\\w-]+['’]s) ${DEVICE}\\b`,
    `re:\\b(?:doesn['’]t|does not|don['’]t|do not|won['’]t|will not) (?:ever )?leave (?:your|their|the|(?:the )?[\\w-]+['’]s) ${DEVICE}\\b`,
    `re:\\b(?:stays?|remains?|is kept|are kept|lives?) (?:entirely |only |always |locally )?(?:on|in) (?:your|their|the|(?:the )?[\\w-]+['’]s) ${DEVICE}\\b`,
    "re:\\bnever (?:touch(?:es)?|reach(?:es)?|hits?|goes? to|go to) (?:our|any|a|the|external|remote) (?:servers?|cloud|backend)\\b",
    "re:\\b(?:is|are) never (?:sent|uploaded|transmitted|shared) (?:to|with) (?:our|any|the|a|an|external|third-party|remote) ?(?:\\w+ )?(?:servers?|cloud|third[- ]part(?:y|ies)|anyone|service)\\b",
    `re:\\bruns? (?:entirely|completely|fully|only|100%) (?:locally|offline|on[- ]device|(?:on|in) (?:your|the|(?:the )?[\\w-]+['’]s) ${DEVICE})\\b`,
    "re:\\b(?:100%|fully|completely|entirely) (?:local|offline|on-device)\\b",
    `re:\\b(?:no|none of your) (?:data|information|files?|documents?|content) (?:ever )?(?:leaves?|leave) (?:your|the) ${DEVICE}\\b`,
    `re:\\bnothing (?:ever )?(?:leaves|is sent off) (?:your|the) ${DEVICE}\\b`,
    // "stay on the clinic's own servers": servers someone names as theirs, not the vendor's ("our servers" is the vendor's).
    "re:\\b(?:stays?|remains?|is kept|are kept|lives?|is stored|are stored|is held|are held|never leaves?) (?:entirely |only |always )?(?:on|in|within)? ?(?:your|their|(?:the )?[\\w-]+['’]s) (?:own )?(?:in-house |on-site |local )?servers?\\b",
    "re:\\binfrastructure (?:that )?you (?:control|own)\\b",
  ],
};

export const remoteDataContraries: PhraseLexicon = {
  name: "claims-data-remote",
  description: "Statements that data goes elsewhere: sent to a hosted model, uploaded, stored in the cloud, a third-party API.",
  entries: [
    "re:\\b(?:sent|sends|send|sending|uploaded|uploads|upload|uploading|transmitted|transmits|forwarded|forwards|passed|passes|routed|routes|streamed|streams|posted|posts) (?:[\\w'’-]+,? ){0,12}?(?:to|through|via|into) (?:a |an |the |our |their |(?:the |a )?[\\w-]+['’]s )?(?:hosted|cloud|remote|third[- ]party|external|server[- ]side|managed)\\b",
    "re:\\b(?:sent|sends|send|sending|uploaded|uploads|upload|uploading|transmitted|forwarded|passed|routed|streamed) (?:[\\w'-]+ ){0,4}?(?:to|through|via|into) (?:the )?(?:openai|anthropic|claude|gemini|gpt|azure|aws|bedrock|google cloud|vertex|our (?:servers?|cloud|backend|api))\\b",
    "re:\\b(?:uses?|using|calls?|calling|through|via|to|by|powered by|relies on|rely on) (?:the )?(?:openai|anthropic|claude|gemini|mistral|cohere|gpt-?[\\w.]*|bedrock|vertex ai)(?:['’]s)? (?:api|endpoint)s?\\b",
    "re:\\b(?:uses?|using|calls?|calling|through|via|to|by|powered by|relies on|rely on|runs? on) (?:a |an |the |our |their )?(?:[\\w-]+ )?(?:hosted|cloud|remote|third[- ]party|external) (?:ai |llm |ml |vision |ocr |speech )?(?:model|llm|api|inference|endpoint|ocr|transcription service)s?\\b",
    "re:\\b(?:stored|kept|saved|backed up|synced|processed|parsed|analy[sz]ed) (?:[\\w'-]+ ){0,3}?(?:in|on|by) (?:the cloud|our servers?|our cloud|our backend|remote servers?|aws|s3|azure|google cloud)\\b",
    "re:\\bour servers? (?:process|store|parse|analy[sz]e|receive|see)s?\\b",
  ],
};

export const localDataExceptions: PhraseLexicon = {
  name: "claims-data-local-unless",
  description: "Words that make a data-location promise conditional (\"by default\", \"unless you\").",
  entries: ["unless", "by default", "optional*", "except", "if you", "when you"],
};

export const remoteDataExceptions: PhraseLexicon = {
  name: "claims-data-remote-unless",
  description: "Words that make a statement about sending data optional, negated or about something else.",
  entries: [
    "if", "unless", "optional*", "opt in", "opt-in", "opts in", "only when", "can choose", "choose to", "you can", "may", "might",
    "your own api key", "your own key", "bring your own", "byok", "when enabled", "turn on", "switch on", "instead of", "rather than",
    "unlike", "compared", "competitors", "alternatives", "today", "currently", "fall back", "falls back", "fallback",
  ],
};

/** "Free this week", "free to book": a machine, room or slot that is not taken, which says nothing about price. */
export const freeClaims: PhraseLexicon = {
  name: "claims-free",
  description: "Promises that the product costs nothing: \"completely free\", \"free of charge\", \"no subscription\".",
  entries: [
    "re:\\b(?:is|are|it['’]s|remains?|stays?|will be|always|completely|totally|entirely|100%|absolutely) (?:completely |totally |entirely |100% |always |absolutely )?free\\b(?![- ](?:trial|tier|plan|version|edition|account|download|to (?:try|start|download)|of ads|from|up to|during|until|while|in beta|and open|(?:this|next|that) (?:week|weekend|morning|afternoon|evening|month)|tomorrow|tonight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \\d|for (?:booking|hire|use|a slot)|to (?:book|borrow|use|hire)))",
    "re:\\bfree (?:of charge|forever)\\b",
    "re:\\b(?:a |is |are )?free(?:,| and) open[- ]source\\b",
    "re:\\bat no cost\\b",
    "re:\\bcosts? (?:you )?nothing\\b",
    "re:\\bno (?:fees?|subscription|charge|cost|payment|credit card)s?\\b(?! (?:for (?:the first|\\d)|until|during))",
  ],
};

export const pricedContraries: PhraseLexicon = {
  name: "claims-priced",
  description: "A price for the product: \"$9/month\", \"costs $40 a seat\", \"the Pro tier is $12\".",
  entries: [
    "re:[$€£¥₹]\\s?\\d+(?:[.,]\\d+)?(?:\\s?[km])?\\s?(?:\\/|per |a |an |each )\\s?(?:month|mo|year|yr|user|seat|developer|dev|team|member|licen[cs]e|annum|report|document|scan|request|site)\\b",
    "re:\\b\\d+(?:[.,]\\d+)?\\s?(?:usd|eur|gbp|dollars|euros|pounds)\\s?(?:\\/|per |a |an )\\s?(?:month|year|user|seat|licen[cs]e)\\b",
    "re:\\b(?:costs?|priced at|charges?|charging|pricing (?:is|starts at)|subscription (?:is|costs)|fee of|starts at|sells? for|pay) (?:\\w+ )?[$€£¥₹]\\s?\\d",
    "re:\\b(?:pro|premium|paid|business|team|enterprise|plus) (?:tier|plan|subscription|version|edition)s? (?:costs? |is |at |for )?\\(?[$€£¥₹]\\s?\\d",
  ],
};

export const freeExceptions: PhraseLexicon = {
  name: "claims-free-unless",
  description: "Words that make a \"free\" promise partial: a trial, a tier, a first meeting, personal use.",
  entries: [
    "trial", "tier", "tiers", "freemium", "first", "basic", "core", "starter", "for personal", "for individuals", "non-commercial",
    "for teams of", "up to", "during", "until", "limited", "premium", "pro", "paid", "plans", "plan", "in-app",
    "to try", "to start", "introductory", "launch period", "pilot", "beta", "open-source version", "self-hosted", "community edition",
    "for now", "no extra", "no additional", "at no extra", "included", "includes", "existing", "already pay",
  ],
};

export const pricedExceptions: PhraseLexicon = {
  name: "claims-priced-unless",
  description: "Prices that are not the product's today: a competitor's, today's spending, a possible future plan.",
  entries: [
    "whatever", "unlike", "compared", "versus", "vs", "instead of", "currently", "today", "spend", "spending", "spends", "save", "saves",
    "saving", "savings", "may", "might", "could", "later", "eventually", "in the future", "considering", "if", "enterprise",
    "donation*", "sponsor*",
  ],
};

export const pricedElsewhere: PhraseLexicon = {
  name: "claims-priced-elsewhere",
  description: "An FAQ answer about what someone else charges: a server to rent, a model provider, a competitor.",
  entries: [
    "you'll need", "you will need", "you need", "your own", "provider*", "rent", "renting", "hosting", "third-party", "third party",
    "api costs", "api usage", "tokens", "server", "servers", "instance", "vps", "competitor*", "alternative*", "incumbent*",
  ],
};

export const noAccountClaims: PhraseLexicon = {
  name: "claims-no-account",
  description: "Promises that no account is needed: \"no sign-up\", \"without an account\".",
  entries: [
    "re:\\bno (?:sign[- ]?ups?|log[- ]?ins?|registration|accounts?|sign[- ]?ins?)\\b(?! (?:manager|executive|team|number|details|data|history|owner)s?\\b)",
    "re:\\bwithout (?:creating |making |opening |signing up for |registering )?(?:an |a )?(?:account|sign[- ]?up|login|log-in|registration)\\b",
    "re:\\b(?:doesn['’]t|does not|don['’]t|do not|never) (?:need|require|ask (?:you )?(?:for|to create)) (?:an |a |any )?(?:account|sign[- ]?up|login|log-in|registration)s?\\b",
  ],
};

export const accountContraries: PhraseLexicon = {
  name: "claims-account-required",
  description: "Statements that the product needs an account: \"create an account\", \"sign in with your email\".",
  entries: [
    "re:\\b(?:create|make|set up|open|register) (?:an |a |your |a free )?(?:\\w+ )?account\\b",
    "re:\\bsign (?:up|in|on) (?:with|using|for|at|via|through)\\b",
    "re:\\blog (?:in|on) (?:with|using|via|through)\\b",
    "re:\\b(?:requires?|need|needs) (?:an |a |your )?(?:\\w+ )?(?:account|login|log-in|sign[- ]?in)\\b",
    "re:\\bregister (?:with|using) (?:your )?(?:email|phone|work email)\\b",
  ],
};

export const noAccountExceptions: PhraseLexicon = {
  name: "claims-no-account-unless",
  description: "Words that narrow a no-account promise to one use (\"no sign-up to try it\").",
  entries: ["to try", "trial", "demo", "to browse", "guest", "for viewers", "to view", "to read"],
};

export const accountExceptions: PhraseLexicon = {
  name: "claims-account-required-unless",
  description: "Account requirements that are optional, for someone else, or with another company.",
  entries: [
    "if", "unless", "optional*", "you can", "can choose", "to sync", "to unlock", "premium", "pro", "admin*", "administrator*",
    "existing", "github account", "gitlab account", "aws account", "azure account", "google cloud account", "openai account",
    "anthropic account", "provider", "instead of", "rather than", "unlike", "competitors", "alternatives", "today", "currently",
  ],
};

export const availableNowClaims: PhraseLexicon = {
  name: "claims-available-now",
  description: "Promises that customers can have it now: \"available today\", \"now available\", \"generally available\".",
  entries: [
    "re:\\b(?:is |are )?(?:available|live|shipping) (?:today|now|immediately)\\b",
    "re:\\bnow (?:available|live|shipping)\\b",
    "re:\\bgenerally available\\b",
    "re:\\btoday announced (?:the )?general availability\\b",
  ],
};

export const notYetContraries: PhraseLexicon = {
  name: "claims-not-yet-available",
  description: "Statements that customers cannot have it yet: in beta, a waitlist, invitation only, not yet available.",
  entries: [
    "re:\\b(?:is|are|remains?) (?:currently |still |only )*(?:in )?(?:a )?(?:private|closed|invite-only|limited) (?:beta|preview|alpha)\\b",
    "re:\\b(?:is|are) (?:currently |still )*in (?:beta|alpha|preview)\\b",
    "re:\\b(?:join|joining|sign up for|on|added to|put on) (?:the|our|a) wait[- ]?list\\b",
    // "On the waiting list" alone is often the customer's own queue (a clinic's, a council's), so only joining one or being told there is one.
    "re:\\b(?:join|joining|sign up for|added to|put on) (?:the|our|a) waiting list\\b",
    "re:\\bthere(?: is|['’]s) (?:a|an) (?:\\w+ )?waiting list\\b",
    "re:\\b(?:is|are)(?:n['’]t| not) (?:yet |currently )*available\\b",
    "re:\\bnot (?:yet )?(?:available|live|released|launched|shipped) yet\\b",
    "re:\\b(?:invite|invitation)[- ]only\\b",
    "re:\\bhas(?:n['’]t| not) (?:yet )?(?:launched|shipped|been released)\\b",
    "re:\\b(?:won['’]t|will not) be (?:available|ready|live) until\\b",
  ],
};

export const availableNowExceptions: PhraseLexicon = {
  name: "claims-available-now-unless",
  description: "Words that limit an availability promise to some customers, places or platforms.",
  entries: ["beta", "preview", "early access", "waitlist", "wait list", "waiting list", "invite*", "select", "pilot", "existing customers", "in the us", "in the uk", "for the first"],
};

export const notYetExceptions: PhraseLexicon = {
  name: "claims-not-yet-available-unless",
  description: "Words that show the thing not yet available is a part of the product, a place or a later version.",
  entries: [
    "version", "versions", "edition", "feature", "features", "support for", "integration*", "plugin*", "extension*", "android", "ios",
    "iphone", "ipad", "windows", "linux", "macos", "mac", "web app", "mobile", "desktop", "api", "sdk", "region*", "countr*", "outside",
    "international*", "europe", "eu", "enterprise", "team plan", "v2", "later", "future", "tier", "plan", "language*", "export", "import",
    "self-hosted", "on-premises", "on-prem",
  ],
};

export const contradictionLexicons: PhraseLexicon[] = [
  localDataClaims, remoteDataContraries, localDataExceptions, remoteDataExceptions,
  freeClaims, pricedContraries, freeExceptions, pricedExceptions, pricedElsewhere,
  noAccountClaims, accountContraries, noAccountExceptions, accountExceptions,
  availableNowClaims, notYetContraries, availableNowExceptions, notYetExceptions,
];

export const contradictionFamilies: readonly ContradictionFamily[] = [
  { id: "data-location", topic: "where the data goes", claim: "claims-data-local", contrary: "claims-data-remote", claimUnless: "claims-data-local-unless", contraryUnless: "claims-data-remote-unless", contraryIn: "any-faq", subjectMustMatch: true },
  { id: "price", topic: "the price", claim: "claims-free", contrary: "claims-priced", claimUnless: "claims-free-unless", contraryUnless: "claims-priced-unless", contraryEntryUnless: "claims-priced-elsewhere", contraryIn: "any-faq", subjectMustMatch: false },
  { id: "accounts", topic: "whether an account is needed", claim: "claims-no-account", contrary: "claims-account-required", claimUnless: "claims-no-account-unless", contraryUnless: "claims-account-required-unless", contraryIn: "any-faq", subjectMustMatch: false },
  { id: "availability", topic: "whether it is available", claim: "claims-available-now", contrary: "claims-not-yet-available", claimUnless: "claims-available-now-unless", contraryUnless: "claims-not-yet-available-unless", contraryIn: "customer-faq", subjectMustMatch: false },
];
