import { combine } from "./combine";
import type { HardQuestion } from "./types";

/**
 * The questions an internal FAQ must face. Each is recognised by meaning,
 * through the ways people phrase it, and not by one keyword: "Is there a risk
 * this is too successful?" mentions risk but asks nothing hard. The first
 * four are core: a reviewer objects when one is missing. The rest are
 * advice, because a short FAQ can fairly leave them to the appendix.
 */
export const hardQuestions: HardQuestion[] = [
  {
    id: "why-not-done",
    question: "Why hasn't anyone done this already?",
    core: true,
    paraphrases: [
      "re:\\bwhy (?:has(?:n't| not)|have(?:n't| not)|did(?:n't| not)|does(?:n't| not)|do(?:n't| not)|is(?:n't| not)|are(?:n't| not)|was(?:n't| not)|has|have) (?:\\S+ ){0,5}?(?:done|built|solved|tried|fixed|shipped|offered|made|created|launched|tackled|addressed|exist|existed|do|doing|build|building|solve|solving|offer|offering)\\b",
      "re:\\bwhy (?:has|have) (?:no one|nobody|no company|no vendor|no one else)\\b",
      "re:\\bwhy (?:is|are)(?:n't| not)? (?:no one|nobody|no company|anyone|anybody|others|competitors) (?:else )?(?:already )?(?:doing|offering|building|selling|solving)\\b",
      "re:\\bwhy (?:has(?:n't| not)|have(?:n't| not)|did(?:n't| not)) (?:anyone|anybody|someone|somebody|others|other companies|competitors|the market|the industry|we|the \\w+|our \\w+|this|it)\\b",
      "re:\\bwhy (?:doesn't|does not|don't|do not) (?:this|it|such a (?:product|tool|service)|something like this) (?:already )?exist\\b",
      "re:\\b(?:if this is (?:such a )?(?:good|great|obvious)|if it(?:'s| is) (?:so )?(?:obvious|easy|valuable)),? why\\b",
      "re:\\bwho (?:else )?has (?:already )?tried (?:this|it|something similar)\\b",
      "re:\\bhas (?:anyone|anybody|someone) (?:else )?(?:tried|done|built) (?:this|it)\\b",
      "re:\\bwhat (?:has )?stopped (?:others|anyone|competitors|the market|us)\\b",
      "re:\\bwhy (?:hasn't|has not|didn't) (?:this|it) (?:been )?(?:done|built|solved|tried)\\b",
      "re:\\bwhy (?:haven't|have not|didn't) we\\b",
      "re:\\bwhy (?:is|are) (?:there|this) (?:no|not) (?:\\S+ ){0,3}(?:already|yet)\\b",
      // Asking what already exists, or why build rather than use it, faces the same doubt.
      "re:\\bwhat (?:already )?exists(?: already| today)?\\b",
      "re:\\bwhy (?:build|make|write) (?:this|it|our own|\\w+)\\b.{0,60}\\b(?:rather than|instead of|vs\\.?|versus|over) (?:use|using|buy|buying|an? |the |existing|off-the-shelf)",
      // Building against an alternative, or choosing ours over one that exists, asks why the alternative will not do:
      // "Why build this vs. AWS DMS?", "Why bmx rather than a pure-Rust implementation?", "Why would teams choose us over competing tools?"
      "re:\\bwhy (?:build|make|write|create|develop|roll) (?:\\S+ ){0,4}?(?:rather than|instead of|vs\\.?|versus|and not)\\s",
      "re:\\bwhy (?:\\S+ ){1,6}?(?:rather than|instead of|vs\\.?|versus|and not) (?:\\S+ ){0,5}?(?:existing|off-the-shelf|stock|ready-made|commercial|established|incumbent|competing|implementations?|librar(?:y|ies))\\b",
      "re:\\bwhy (?:would|should|will|do|does|did) (?:\\S+ ){0,3}?(?:choose|pick|prefer|switch to|buy|pay for) (?:\\S+ ){0,3}?(?:over|instead of|rather than)\\s",
      "re:\\bwhy not (?:just )?(?:use|buy|adopt|extend|contribute to|fork) \\S",
      // Earlier attempts that stalled are the same doubt: "Why have earlier decentralized networks failed?"
      "re:\\bwhy (?:did|have|has|do|does) (?:the )?(?:earlier|previous|past|prior|other|similar|existing) (?:\\S+ ){0,3}?(?:fail|failed|stall|stalled|die|died|not (?:work|worked|stick|stuck|catch on|caught on|take off|taken off))\\b",
      // "Isn't this just a micro-frontend framework with extra steps?": the this-already-exists objection.
      "re:\\b(?:isn't|is not|aren't|are not) (?:this|it|these|we) (?:just|simply|basically|really just) (?:an?|the|another|yet another) \\S",
      "re:\\bhow (?:is|are) (?:this|it|we|\\S+) (?:any )?(?:different|better) (?:from|than) (?:what |the |an? |existing |other )",
      "prior art", "build vs buy", "build vs. buy", "build versus buy", "build or buy",
      // "Why now?" asks the same doubt from the other side: what changed that makes it possible, or needed, only now.
      "re:\\bwhy now\\b",
      "re:\\bwhy (?:is )?(?:now|today|this year) (?:the )?(?:right|good|best) time\\b",
      "re:\\bwhy (?:is|are) (?:this|it|these) (?:the )?(?:right|best) (?:\\S+ ){0,4}?(?:now|today|this year)\\b",
      "re:\\bwhat(?:'s| has| is)? changed\\b[^?]{0,40}\\b(?:possible|now|recently|since)\\b",
    ],
  },
  {
    id: "competitor-copies",
    question: "What if a competitor copies it?",
    core: true,
    appliesWhen: "commercial",
    paraphrases: [
      // Single words and fixed phrases go through the word trie: one pass per question, not one scan per pattern.
      "competitor", "competitors", "competition", "rival", "rivals", "incumbent", "incumbents", "copy", "copies", "copied",
      "copying", "clone", "clones", "cloning", "replicate", "replicates", "replicated", "replicating", "imitate", "imitates",
      "imitated", "imitating", "fast follower", "fast followers", "fast-follow", "moat", "defensible", "defensibility",
      "barrier to entry", "barriers to entry",
      "re:\\bcompeting (?:[\\w-]+ )?(?:products?|programs?|tools?|apps?|services?|offerings?|solutions?|platforms?|vendors?|companies|businesses|firms|projects?|libraries)\\b",
      // The platform we build on shipping it first-party makes us redundant: the copy comes from the owner of the ground.
      "re:\\b(?:become|becomes|becoming|made|make (?:it|this|us)|makes (?:it|this|us)|render(?:s|ed)? (?:it|this|us))\\s+(?:\\w+\\s+)?(?:redundant|obsolete|unnecessary)\\b",
      "re:\\b(?:builds?|ships?|adds?|offers?|releases?|supports?) (?:this|it|the same|something similar|an equivalent|the feature) (?:\\w+ )?natively\\b",
      "re:\\bsherlock(?:s|ed|ing)?\\b", "first-party equivalent", "first-party version",
      ...combine(["competitive"], ["response", "advantage", "threat", "moat", "landscape", "edge"]),
      "re:\\bwhat (?:if|happens if|do we do if|would we do if|stops?|prevents?|keeps?)\\b[^?]{0,100}?\\b(?:the same|a similar|similar|its own|their own|itself|themselves|an equivalent|a clone|a copy|copies|copy|clones?)\\b",
      "re:\\bwhat (?:if|happens if|do we do if|would we do if)\\s+(?:a |an |the |another |other |our |one of (?:the |our )?)?(?:[\\w-]+,? ){0,4}?(?:competitors?|rivals?|incumbents?|vendors?|providers?|suppliers?|companies|company|firms?|startups?|start-ups?|players?|services?|apps?|platforms?|dealers?|insurers?|banks?|retailers?|agenc(?:y|ies)|operators?|chains?|pharmac(?:y|ies)|stores?|shops?|businesses|business|merchants?|traders?|manufacturers?|marketplaces?|brands?|giants?|big tech|amazon|google|microsoft|apple|meta)\\b",
      "re:\\bwhat if (?!(?:customers|users|people|parents|we|they|it|this|that|someone|somebody|everyone|nobody|owners|members|staff|patients|students|clients|drivers|nurses|doctors|teachers|buyers|sellers|hosts|guests|tenants|employees|readers|farmers|commuters|workers|families|children|kids|demand|usage|adoption)\\b)\\w+ (?:adds?|builds?|launches?|ships?|offers?|copies|releases?|bundles?|clones?|enters?|(?:starts?|begins?) (?:selling|offering|running|providing|doing))\\b",
      "re:\\bhow (?:do|will|would|can) we (?:stay ahead|keep (?:our|the) lead|defend|compete|respond)\\b",
      "re:\\bwhat (?:stops|prevents|would stop|would prevent|keeps|is stopping|is there to (?:stop|prevent|keep)|is to (?:stop|prevent|keep)|(?:would|could) keep) [^?]{1,60}? from (?:doing|building|copying|offering|launching|shipping|adding|selling|making|cloning)\\b",
      "re:\\bwhat(?:'s| is) (?:our|the) (?:moat|edge|advantage|unfair advantage)\\b",
    ],
    notWhen: [
      "re:\\bcompetitive (?:pric(?:e|es|ing)|salar(?:y|ies)|rates?|wages?)\\b",
      "re:\\bcompetitions?\\s+(?:entry|entries|winners?|prizes?)\\b",
      // A supplier failing is a dependency, not a competitor copying us.
      "re:\\b(?:goes|go|went) (?:out of business|bust|bankrupt|under|down|offline)\\b|\\braises? (?:its|their) prices\\b|\\bstops? (?:supplying|supporting|working)\\b",
    ],
  },
  {
    id: "v1-wrong",
    question: "What will the first version get wrong?",
    core: true,
    paraphrases: [
      "re:\\bwhat (?:will|would|could|might|does|do|did) (?:\\S+ ){0,5}?(?:get wrong|miss|lack|leave out|not do|not (?:yet )?support|not (?:yet )?handle|fall short)\\b",
      "re:\\b(?:v1|version 1|version one|first version|first release|initial release|mvp|launch version|first iteration|pilot version|beta)\\b.{0,40}\\b(?:wrong|miss(?:ing|es)?|lack(?:s|ing)?|limitations?|gaps?|weak(?:ness|nesses)?|not (?:do|support|cover|include)|shortcomings?|trade-?offs?|out of scope)\\b",
      "re:\\b(?:limitations?|shortcomings?|weak(?:ness|nesses|est)|known (?:issues|gaps|problems)|gaps?)\\b.{0,40}\\b(?:v1|version|release|launch|product|first|it|this|mvp|tool|app|service|pilot)\\b",
      "re:\\bwhat(?:'s| is| are) (?:not|missing|left out|out of scope) (?:in|from|at) (?:v1|the first|launch|the mvp|the pilot|this version|the initial)\\b",
      "re:\\bwhat (?:will|would|could|might|do|does) (?:\\S+ ){1,3}?(?:dislike|hate|complain about|find frustrating|miss|like least|enjoy least|value least)\\b",
      ...combine(["least", "most"], ["liked", "disliked", "frustrating", "annoying", "painful"]),
      "re:\\bwhat (?:won't|will not|doesn't|does not|can't|cannot) (?:it|this|the product|v1|the first version|\\S+) do\\b",
      "re:\\bwhat are we (?:not building|leaving out|deferring)\\b",
      "known limitations", "what are the limitations", "what are its limitations", "what are the gaps", "what are the weaknesses",
      // A candid question about how it fails, or about the bet most likely to be wrong, faces what v1 gets wrong.
      "re:\\b(?:why|how) (?:might|could|would|will|may) (?:this|it|we|v1|the \\w+) fail\\b",
      "re:\\b(?:biggest|largest|main|greatest|top|key|single (?:biggest|riskiest)|riskiest) (?:\\w+ )?(?:risks?|assumptions?|bets?|unknowns?|weakness(?:es)?)\\b",
      "re:\\bwhat(?:'s| is| are) (?:\\w+ ){0,2}(?:missing|not (?:yet )?(?:built|working|done|proven))\\b",
      "re:\\bwhat (?:is|are) (?:demonstrated|built|working|real|proven) (?:today|now|so far)\\b",
      "re:\\bwhat (?:happens|do we do|would we do) (?:if|when) (?:the |it |this |our )?(?:\\S+ ){0,3}(?:gets? (?:\\S+ )?wrong|is wrong|writes? (?:a |an )?(?:wrong|bad)|makes? (?:a )?mistakes?|hallucinat\\w*|mis(?:classif|identif|read)\\w*)",
      "re:\\bhow accurate is\\b",
      // How it fails when its own code is wrong faces what the first version gets wrong: "What's the failure mode if the sink has a bug?".
      // An outage or a retry policy ("What happens on failure?") is operations, not a flaw of the first version.
      "re:\\bfailure modes?\\b",
      "re:\\bwhat (?:happens|survives|breaks|is lost|do we lose|do customers lose)\\b[^?]{0,60}?\\b(?:has|have|hits?|with) (?:a |an )?(?:\\w+ )?(?:bugs?|defects?|regressions?)\\b",
      // What the first version leaves out is what it gets wrong by design: "Out of scope for v1", "What is deliberately out?".
      "re:\\b(?:out of scope|not in scope|non-goals?|deliberately (?:out|excluded|left out)|left out|not included|excluded|deferred)\\b.{0,40}\\b(?:v1|version|release|launch|mvp|first|pilot|beta)\\b",
      "re:\\bwhat(?:'s| is| are)? (?:\\w+ ){0,2}(?:out of scope|deliberately out|left out|excluded|not included|not in scope)\\b",
      "re:\\bknown (?:constraints?|limitations?|issues|gaps|problems|shortcomings|weaknesses|caveats)\\b",
      "re:^\\W*(?:current |known |v1 )?(?:limitations|constraints|caveats|non-goals|out of scope)\\W*$",
    ],
    notWhen: ["re:\\btoo (?:successful|popular|good|much demand|many customers|many users|many sign-?ups)\\b"],
    facedBy: [
      "re:\\b(?:a|an|our|the|one|two|three|its) (?:known |current |main |biggest )?(?:limitations?|shortcomings?|gaps?) (?:of|in|for) (?:v1|the first version|this version|the first release|launch|the mvp|the pilot)\\b",
      "re:\\b(?:it's|it is|this is|that is|that's) (?:a |an )?(?:known|deliberate|acknowledged) (?:limitation|gap|shortcoming|trade-?off)\\b",
      "re:\\bknown (?:limitations?|shortcomings?|gaps?)\\b",
      "re:\\b(?:v1|version 1|the first version|the first release|the mvp|the pilot|at launch|at first),? (?:\\w+ )?(?:does not|doesn't|will not|won't|cannot|can't|lacks|has no|omits|skips)\\b",
    ],
  },
  {
    id: "cannibalize",
    question: "What does this cannibalize?",
    core: true,
    appliesWhen: "other-offerings",
    paraphrases: [
      "cannibali*", "eat into", "eats into", "eating into",
      "re:\\b(?:replace|replaces|displace|displaces|take away from|draw away from|undermine|undermines|compete with) (?:\\S+ ){0,2}(?:our own|our existing|existing|our current|our other|our)\\b",
      "re:\\bwhat (?:does|will) (?:this|it) (?:replace|displace|make obsolete|kill off)\\b",
      "re:\\b(?:impact|effect) on (?:our )?(?:existing|current|other|own) (?:products?|revenue|business|services?|lines?|offerings?|customers?|teams?)\\b",
      "re:\\bwhat (?:do|will|would) we (?:stop doing|give up|lose)\\b",
      "re:\\bwho (?:loses|loses out|is worse off)\\b",
      "re:\\bwhat are we (?:giving up|losing|trading off|walking away from)\\b",
      "re:\\b(?:hurt|hurts|reduce|reduces|cut into|cuts into|eat|eats|affect|affects|undercut|undercuts) (?:\\w+ )?(?:sales|revenue|demand|usage|use|sign-?ups) (?:of|for|from) (?:our|the) (?:existing|current|other|own|core)\\b",
    ],
  },
  {
    id: "cost",
    question: "What does it cost to build and run, and does it pay back?",
    core: false,
    paraphrases: [
      "cost", "costs",
      "re:\\bhow much (?:will|does|would|do) (?:it|this|we)\\b",
      "budget", "investment", "invest", "spend", "headcount", "resources", "staffing", "team size", "economics", "unit economics",
      "business model", "make money", "pay for itself", "pay itself", "payback", "pay back", "roi", "margin", "margins", "profit*",
      "revenue", "price", "prices", "pricing", "break even", "break-even", "breakeven",
    ],
    notWhen: ["re:\\b(?:cost|costs) (?:the )?(?:customer|customers|user|users|parents?|owners?) (?:anything|nothing)\\b"],
  },
  {
    id: "risks",
    question: "What are the biggest risks, and what would we do about them?",
    core: false,
    paraphrases: [
      "risk", "risks", "risky", "riskier", "riskiest",
      "re:\\bwhat (?:could|can|might|would) go wrong\\b",
      "re:\\bwhat (?:happens|do we do|would we do) if (?:it|this|we|the pilot|the launch|customers|users|\\S+) (?:fails?|doesn't work|does not work|breaks?|goes down|leaks?|gets? it wrong|misses?)\\b",
      "threat", "threats", "downside", "downsides", "failure mode", "failure modes", "worst case", "worst-case", "liability",
      "liabilities", "legal exposure", "security", "privacy", "safety", "abuse", "misuse", "fraud", "regulat*", "compliance",
      "what keeps you up at night", "what keeps us up at night",
      "re:\\bhow (?:could|might|would) (?:this|it) fail\\b",
      "re:\\bwhy (?:might|could|would) (?:this|it|we) fail\\b",
      "why should we not do this", "why not do this", "reason not to", "reasons not to",
    ],
    notWhen: [
      "re:\\btoo (?:successful|popular|good|much demand|many customers|many users|many sign-?ups)\\b",
      "re:\\bsucceed(?:s)? too\\b",
      "re:\\b(?:risk|risks) of (?:not (?:doing|building|launching)|missing out|waiting|being too)\\b",
      "re:\\brisk[- ]free\\b",
      "re:\\b(?:any|what) risks? (?:to|for) (?:our )?(?:competitors|rivals)\\b",
    ],
  },
  {
    id: "dependencies",
    question: "What does this depend on that we don't control?",
    core: false,
    paraphrases: [
      "depend*", "rely on", "relies on", "reliant on", "relying on",
      "re:\\bwhat (?:do|does|will) (?:we|this|it) need from\\b",
      "third party", "third parties", "third-party", "partner", "partners", "vendor", "vendors", "supplier", "suppliers",
      "prerequisite", "prerequisites", "blocker", "blockers", "approval", "approvals", "sign-off", "signoff",
      "re:\\bwho (?:else )?(?:needs? to|must|has to) (?:agree|approve|sign off|help|change|build|deliver)\\b",
      "re:\\bwhat (?:has|needs) to be true\\b",
    ],
  },
  {
    id: "market-size",
    question: "How many customers have this problem, and how do we know?",
    core: false,
    paraphrases: [
      "re:\\bhow (?:many|much of) (?:\\S+ ){0,3}?(?:customers|users|people|owners|businesses|companies|teams|households|parents|patients|buyers|members|drivers|farmers|restaurants|practices|hospitals|schools|nurses|developers|stores|shops|hosts|of them)\\b",
      "market size", "market opportunity", "addressable market", "total addressable market", "tam",
      ...combine(["size of the"], ["market", "opportunity", "problem", "prize"]),
      "re:\\bhow (?:big|large|common|widespread|frequent) is (?:the|this) (?:market|opportunity|problem|need|pain)\\b",
      "re:\\bhow (?:do|can) we know (?:that )?(?:customers|people|users|\\S+) (?:have|want|need) (?:this|it)\\b",
      "re:\\bwho (?:else )?has this (?:problem|need)\\b",
      "re:\\bis (?:the|this) (?:market|problem|need) big enough\\b",
    ],
    notWhen: ["re:\\bhow many (?:features|steps|clicks|screens|taps|fields|versions|engineers|people work)\\b"],
  },
  {
    id: "why-now",
    question: "Why now?",
    core: false,
    paraphrases: [
      "re:\\bwhy now\\b",
      "re:\\bwhy (?:is )?(?:now|today|this year|this quarter) (?:the )?(?:right|good) time\\b",
      "re:\\bwhy (?:this|that) (?:year|quarter|moment)\\b",
      "re:\\bwhy (?:is|are) (?:this|it|these) (?:the )?(?:right|best) (?:\\S+ ){0,4}?(?:now|today|this year)\\b",
      "re:\\bwhy not (?:wait|later|next year)\\b",
      "re:\\bwhat (?:has )?changed\\b",
      "re:\\btiming\\b",
      "re:\\bwhy (?:do|should|must) (?:we|this) (?:do (?:this|it) )?(?:now|this year|today)\\b",
    ],
  },
];
