import type { PhraseLexicon } from "./types";

/**
 * Signs that someone outside the team has been asked or watched, or that the
 * problem has been measured: interviews, surveys, pilots, sign-ups, usage
 * data, a cited study. Any one of them is enough for the critic to leave the
 * document's evidence of demand to the reviewer; their absence means the
 * document rests on the author's view alone.
 *
 * Plans count too ("we will interview twelve clinics"): a document that names
 * the research it still needs is honest about its evidence, and the reviewer
 * can weigh it.
 */
export const demandEvidence: PhraseLexicon = {
  name: "demand-evidence",
  description: "Research, trials, usage data or a cited source: signs that the problem was checked with people outside the team.",
  // Every form is spelled out: "user research" must not become "users research", nor "poll of" "polling of".
  inflects: false,
  entries: [
    // Asking and watching customers. "An interview with the author" is content, not research: interviews count in the plural or by their purpose.
    "interviewed", "interviewing customers", "interviewing users", "interviews with", "interview notes", "interview findings",
    "re:\\b(?:customer|user|discovery|research|stakeholder|expert|in-depth|qualitative|exploratory|structured|follow-up|\\d+|a dozen|dozens of|several|many|our|these|those) interviews\\b",
    "re:\\b(?:in|from|through|across) (?:the |our |these |those )?interviews\\b",
    "survey", "surveys", "surveyed", "questionnaire", "questionnaires", "focus group", "focus groups", "poll of", "polled",
    "user research", "customer research", "market research", "ux research", "design research", "discovery call", "discovery calls",
    "customer discovery", "usability test", "usability tests", "usability testing", "usability study", "usability sessions", "field study", "field research",
    "ethnographic", "we observed", "i observed", "we watched", "i watched", "told us", "told me", "we asked", "i asked",
    "re:\\bshadow(?:ed|ing) (?:\\w+ ){0,2}(?:users|customers|people|staff|workers|nurses|teams|owners|drivers|clinicians|doctors|teachers|students|agents|engineers|developers)\\b",
    "re:\\b(?:talk|talked|talking|speak|spoke|spoken|speaking|met|meet|meeting) (?:to|with) (?:\\d+|a few|a dozen|dozens|several|many|some|over|more than|our|real|potential|prospective|[a-z]+ (?:customers|users|teams|owners|clinics|people))\\b",
    "feedback from", "user feedback", "customer feedback",
    // Trials with real people
    "pilot", "pilots", "piloted", "piloting", "beta user", "beta users", "beta tester", "beta testers", "beta customers", "beta program", "beta programme",
    "beta participants", "early access users", "design partner", "design partners",
    "waitlist", "waitlists", "wait list", "wait-list", "sign-ups", "signups", "pre-order", "pre-orders", "preorders",
    "letter of intent", "letters of intent", "paying customers", "paying users",
    "re:\\bwho (?:tested|tried|trialled|trialed|piloted)\\b",
    "re:\\b(?:tested|trialled|trialed) (?:it|this|them|\\w+) (?:with|on|at|in|for) \\w+",
    // Measurement and sources
    "according to", "controlled trial", "randomized trial", "randomised trial", "research shows", "research found", "research suggests", "data from", "data shows", "census",
    "we measured", "i measured", "usage data", "re:(?<=^|[.!?]\\s{1,3})in (?:our )?testing\\b", "re:\\bin (?:our|the) (?:tests|testing|trials?|beta|pilot)\\b", "median", "a median of", "on average", "an average of", "averaged",
    // "a study companion" is a product; "a study of 300 clinics" is a source
    "re:\\b(?:a|the|one|our|their|recent|published|peer-reviewed) stud(?:y|ies)\\b(?! (?:companion|app|plan|group|guide|session|tool)s?\\b)",
    "re:\\bstud(?:y|ies) (?:by|from|of|show|shows|showed|found|finds|suggest|suggests|published)\\b",
    // "source: owner/repo:path@commit" says where the file came from, not where a figure did.
    "re:\\bsources?\\s*:(?!\\s*[\\w.-]+/[\\w.-]+[:@])", "re:\\[\\^?\\d+\\]",
    // The team's own records: events it handled and counted, a year's figure.
    "re:\\b(?:handled|received|logged|recorded|counted|fielded|answered|took) (?:about |around |over |nearly |almost |more than |some )?\\d[\\d,.]*k? (?:support )?(?:tickets|calls|complaints|requests|emails|incidents|outages|cases|reports|returns|refunds|cancellations|escalations)\\b",
    "re:\\bin (?:19|20)\\d{2}, (?:about |around |over |nearly |almost |more than |some )?\\d",
    // A count the team or the customer took in a given year: "the clinic saw 3,400 animals in 2027", "in 2026 the store threw away £9,200".
    "re:\\b(?:saw|treated|served|handled|received|sold|processed|recorded|counted|logged|admitted|threw away|wrote off|lost|spent|paid|missed|cancelled|canceled)\\b (?:about |around |over |nearly |almost |more than |some )?[£$€]?\\d[\\d,.]*k?\\b[^.;]{0,60}?\\b(?:in|during) (?:19|20)\\d{2}\\b",
    "re:\\b(?:in|during) (?:19|20)\\d{2},? (?:[^\\s.;,]+ ){0,4}?(?:saw|treated|served|handled|received|sold|processed|recorded|counted|logged|admitted|threw away|wrote off|lost|spent|paid|missed|cancelled|canceled)\\b (?:about |around |over |nearly |almost |more than |some )?[£$€]?\\d",
    // A count from a period gone by ("310 complaints last year"); the period alone is only a date. Each side starts only at
    // the first figure or period of its stretch between stops (the look-behinds): a later one would match only where the first
    // does, and trying each of them again scanned to the stretch's end, which cost a long run of figures its square.
    "re:\\d(?<!\\d[^.;]*?\\d)[^.;]*\\b(?:last|past|previous) (?:year|month|week|quarter|winter|summer|spring|autumn|fall|season|school year|financial year|fiscal year)\\b|\\b(?:last|past|previous) (?:year|month|week|quarter|winter|summer|spring|autumn|fall|season|school year|financial year|fiscal year)\\b(?<!\\b(?:last|past|previous) (?:year|month|week|quarter|winter|summer|spring|autumn|fall|season|school year|financial year|fiscal year)\\b[^.;]*?\\b(?:last|past|previous) (?:year|month|week|quarter|winter|summer|spring|autumn|fall|season|school year|financial year|fiscal year)\\b)[^.;]*\\d",
    // The same signs in the other languages the reader handles
    "re:インタビュー|ヒアリング|アンケート|ユーザー調査|顧客調査|実証|パイロット|ベータ(?:テスター|ユーザー|利用者)|実測",
    "re:인터뷰|설문|사용자 조사|고객 조사|파일럿|베타 (?:사용자|테스터)|실측",
    "re:访谈|訪談|调研|調研|问卷|問卷|试点|試點",
    "re:\\b(?:entrevistas?|entrevistamos|pesquisa com|piloto|question[aá]rios?|umfragen?|befragung(?:en)?|encuestas?|estudio de|enqu[eê]tes?|sondages?)\\b",
    "re:интервью|опрос|пилотн",
  ],
};
