/**
 * Words that tell the parser what an unlabelled press-release paragraph is
 * doing. They are evidence, weighed against each other, never verdicts.
 */

/** Friction: what the customer endures today. */
export const problemCues: string[] = [
  "today", "currently", "at the moment", "right now", "spend", "spends", "spent", "spending", "struggle", "struggles",
  "struggling", "frustrat*", "hard to", "difficult", "have to", "has to", "had to", "can't", "cannot", "couldn't",
  "no way to", "lack", "lacks", "without", "waste", "wasted", "miss", "missed", "misses", "late", "delay*", "problem",
  "problems", "pain", "painful", "manually", "by hand", "error-prone", "time-consuming", "tedious", "slow", "expensive",
  "costly", "wait", "waited", "waiting", "lost", "lose", "loses", "forced to", "complain*", "hate", "annoy*", "confus*",
  "fail", "fails", "failed", "risk", "worry", "worried", "stress*", "burden", "bottleneck", "chase", "chasing", "call",
  "calls", "phone", "unclear", "unaware", "don't know", "doesn't know", "didn't know", "not know", "too long", "too much",
  "only way", "instead of", "in the past", "used to", "before", "until now", "challenge", "challenges", "gap", "issue",
  "issues", "harder", "overwhelm*", "scattered", "fragmented", "clunky", "nobody", "no one", "never", "miss out",
  "need", "needs", "does not", "doesn't", "do not", "don't", "isn't", "aren't", "limitation*", "up to", "blocks", "obscure",
  "again and again", "over and over", "back and forth", "sick", "injur*", "exhaust*", "tired", "worn out", "stuck",
  "ruined", "end up", "ends up", "ended up", "an average of", "a median of",
  "re:困境|痛点|难以|无法|手动|繁琐|各自为政|耗时|麻烦",
  "re:課題|難しい|簡単ではありません|できない|手間|面倒|困って",
  "re:어렵|불편|벽이 있|수 없|번거롭",
];

/**
 * Words that state a problem outright ("a nightmare of screenshots", "no way
 * to tell"), strong enough to mark a sentence of the summary as the problem
 * stated early; the broad cues above only weigh whole paragraphs.
 */
/**
 * Words that name a problem without describing it ("solve the asynchronous
 * problem", "the attack chain"): not enough to read a paragraph as the problem,
 * enough to doubt that the press release has none.
 */
export const namedProblemCues: string[] = [
  "re:\\bsolv\\w* (?:the|their|this|that|a|an|your|our|these) (?:[\\w-]+ ){0,3}(?:problems?|issues?|challenges?|pain)\\b",
  "attack", "attacks", "attack chain", "vulnerab*", "exploit*", "breach*", "injection", "insecure", "unsafe",
];

export const problemStatementCues: string[] = [
  "fail", "fails", "failed", "failing", "struggl*", "can't", "cannot", "no way to", "nightmare", "waste", "wastes",
  "wasted", "wasting", "manually", "by hand", "scattered", "fragmented", "error-prone", "time-consuming", "tedious",
  "frustrat*", "painful", "burden", "bottleneck", "unaddressed", "unpatched", "overwhelm*", "guesswork",
  "no visibility", "nobody knows", "pile up", "piles up", "falls through", "fall through", "hours spent", "unsupported",
  "end of life", "no longer supported", "difficult", "limitations", "hard to",
  // Chinese, Japanese and Korean are written without spaces between words: their cues match inside longer runs.
  "re:困境|痛点|难以|无法|手动|繁琐|各自为政|耗时|麻烦",
  "re:課題|難しい|簡単ではありません|できない|手間|面倒|困って",
  "re:어렵|불편|벽이 있|수 없|번거롭",
];

/** Product at work: what it does for the customer. */
export const solutionCues: string[] = [
  "now", "new", "lets", "let", "allows", "allow", "enables", "enable", "helps", "help", "automatically", "introduc*",
  "launch*", "provides", "provide", "shows", "show", "gives", "give", "sends", "links", "reads", "tracks", "turns",
  "makes it", "with one", "in one place", "instantly", "simply", "solution", "feature", "features", "built-in", "works",
  "connects", "brings", "offers", "supports", "generates", "creates", "finds", "flags", "alerts", "notifies", "combines",
  "empower*", "adds", "puts", "organizes", "organises", "assembles",
];

/** Closing call to action: how a customer starts. */
export const callToActionCues: string[] = [
  "available today", "available now", "available at", "available from", "available in", "available on", "is available",
  "are available", "get started", "to get started", "to start", "visit", "sign up", "signup", "download", "go to",
  "learn more", "join", "request access", "start using", "try it", "install", "http", "www.", ".com", "free trial",
  "register", "sign in", "subscribe", "order now", "order online", "to order", "pre-order", "place an order", "pricing", "starting at", "starts at", "open beta", "waitlist", "contact",
  "is live", "are live", "goes live", "from today", "from tonight", "starting today", "starting tonight", "started using",
  "can start", "don't need to do anything", "do not need to do anything", "enrol",
  "enroll", "apply online", "on the website", "app store", "google play", "free to use", "start at", "early access",
  "available through", "per month", "a month", "/month", "github.com", "begin their first", "let's use",
  "can begin", "beta", "to try",
];

/** Verbs that attribute a quote. */
export const attributionVerbs: string[] = [
  "said", "says", "added", "adds", "explained", "explains", "noted", "notes", "commented", "according to", "stated",
  "states", "shared", "shares", "told", "recalls", "recalled", "remarked", "continued", "sagt", "sagte", "erklärt",
];

/** Titles that mark a speaker as someone from the company making the announcement. */
export const spokespersonTitles: string[] = [
  "ceo", "cto", "cfo", "coo", "cmo", "cpo", "chief", "president", "vice president", "vp", "svp", "evp", "founder",
  "co-founder", "cofounder", "head of", "director", "general manager", "gm", "product manager", "product lead",
  "program manager", "managing director", "executive director", "chair", "chairman", "chairwoman", "spokesperson",
  "leader", "lead", "manager", "owner of the product", "partner at", "principal", "engineering manager", "vorstand",
  "geschäftsführer",
];

/** Words in an attribution that place the speaker among customers. */
export const customerSpeakerCues: string[] = [
  "customer", "user", "owner", "who runs", "who owns", "resident", "parent", "mother", "father", "student", "teacher",
  "nurse", "driver", "farmer", "patient", "member", "tester", "pilot", "beta", "early access", "advisor", "analyst",
  "after testing", "after trying", "after using", "trial", "tested", "tried", "who tried", "who used", "who uses",
  "a user", "one of the first", "early adopter", "early-adopter",
];
