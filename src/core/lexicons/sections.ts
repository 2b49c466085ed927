/**
 * What people call each part of a PR/FAQ. A heading, a bold label or a plain
 * label line is matched against these after numbering, markup, a trailing
 * colon and any parenthetical are removed ("Internal FAQ (the hard
 * questions):" reads as "internal faq").
 */
import type { SectionKind } from "../model/types";

export type { SectionKind };

export const sectionLabels: Record<SectionKind, string[]> = {
  "press-release": [
    "press release", "the press release", "pr", "internal press release", "draft press release", "announcement",
    "working backwards press release", "press release draft", "pressemitteilung", "comunicado de imprensa",
    "comunicado à imprensa", "release de imprensa", "nota de imprensa", "пресс-релиз", "보도자료", "보도 자료", "プレスリリース",
    "新闻稿", "新聞稿", "新闻发布", "body", "press release body", "body text", "正文", "本文", "본문", "corpo", "corpo do texto",
  ],
  headline: ["headline", "title", "heading", "press release headline", "überschrift", "titel", "título", "manchete", "заголовок", "제목", "헤드라인", "見出し", "タイトル", "製品名", "标题"],
  subheading: [
    "subheading", "sub-heading", "sub heading", "subtitle", "sub-title", "subhead", "sub-headline", "sub headline", "untertitel", "tagline",
    "subtítulo", "подзаголовок", "부제", "부제목", "サブタイトル", "サブ見出し", "タグライン", "副标题",
  ],
  summary: [
    "summary", "summary paragraph", "intro paragraph", "introduction", "intro", "overview", "opening paragraph",
    "opening", "lead paragraph", "hook", "zusammenfassung", "einleitung", "resumo", "резюме", "요약", "概要", "摘要",
  ],
  problem: [
    "problem", "the problem", "problem statement", "customer problem", "customer problems", "the customer problem",
    "problem paragraph", "the challenge", "challenge", "pain points", "customer pain", "pain", "das problem",
    "problems", "the problems", "why this matters", "customer insights", "o problema", "problema", "проблема", "문제", "課題",
    "問題", "问题", "痛点",
  ],
  solution: [
    "solution", "the solution", "our solution", "solution paragraph", "how it works", "product description",
    "the product", "working backwards solution", "what we are building", "what we're building", "die lösung", "lösung",
    "what changes", "what's new", "what is new", "the idea", "our approach", "the approach", "a solução", "solução",
    "решение", "해결책", "솔루션", "解決策", "ソリューション", "解决方案",
  ],
  "spokesperson-quote": [
    "quote from you", "leader quote", "leader's quote", "leaders quote", "leadership quote", "spokesperson quote",
    "quote from a spokesperson", "company quote", "executive quote", "internal quote", "quote from the company",
    "quote an amazon leader", "quote from leader", "quote from a leader", "exec quote",
  ],
  "customer-quote": [
    "customer quote", "customer quotes", "quote from a customer", "quote from customer", "customer testimonial",
    "customer testimonials", "testimonial", "testimonials", "customer's quote", "kundenzitat",
    "customer voices", "voices of customers", "what customers say", "what users say", "user testimonials",
    "kundenstimmen", "depoimentos", "depoimentos de clientes", "testimonios", "отзывы", "отзывы клиентов",
    "顧客の声", "お客様の声", "ユーザーの声", "利用者の声", "客户评价", "用户评价", "客户心声", "用户心声", "고객 후기", "고객의 목소리", "사용자 후기",
  ],
  quotes: ["quotes", "quote", "zitat", "zitate"],
  "getting-started": [
    "how to get started", "getting started", "get started", "call to action", "closing and call to action",
    "availability", "how to get it", "how to try it", "try it", "closing", "pricing and availability",
    "availability and pricing", "next steps for customers", "how to buy", "so geht's los", "installation", "install",
    "quick start", "quickstart",
  ],
  faq: [
    "faq", "faqs", "frequently asked questions", "q&a", "q & a", "questions and answers", "questions", "häufige fragen", "häufig gestellte fragen", "fragen und antworten", "fragen",
    "perguntas frequentes", "perguntas e respostas", "preguntas frecuentes", "часто задаваемые вопросы", "вопросы и ответы",
    "자주 묻는 질문", "질문과 답변", "よくある質問", "質問", "常见问题", "常見問題", "问答",
  ],
  "customer-faq": [
    "customer faq", "customer faqs", "external faq", "external faqs", "public faq", "public faqs",
    "customer questions", "external questions", "faq for customers", "customer-facing faq", "user faq",
    "customer / external faq", "customer / external faqs", "external / customer faq", "externe faq", "kunden-faq",
    "faq para clientes", "faq externo", "perguntas dos clientes", "perguntas frequentes dos clientes", "внешние вопросы",
    "고객 faq", "고객 질문", "외부 faq", "顧客faq", "顧客 faq", "外部faq", "外部 faq", "客户faq", "客户 faq", "外部常见问题",
  ],
  "internal-faq": [
    "internal faq", "internal faqs", "stakeholder faq", "stakeholder faqs", "business faq", "business faqs",
    "internal questions", "stakeholder questions", "hard questions", "the hard questions", "internal / stakeholder faq",
    "internal / stakeholder faqs", "internal and stakeholder faq", "leadership faq", "executive faq", "interne faq",
    "faq interno", "perguntas internas", "внутренние вопросы", "внутренний faq", "내부 faq", "내부 질문", "社内faq",
    "社内 faq", "内部faq", "内部 faq", "内部常见问题",
  ],
  "success-metrics": [
    "success metrics", "measures of success", "measure of success", "how we will measure success",
    "how we'll measure success", "metrics", "success criteria", "key metrics", "kpis", "kpi", "how we'll know it worked",
    "how we will know it worked", "success", "goals and metrics", "measuring success", "definition of success",
    "defining success", "what success looks like", "outcome metrics", "customer outcomes", "erfolgskriterien",
    "kennzahlen", "success measures", "outcome", "the outcome", "outcomes", "desired outcome", "customer outcome",
    "the customer's outcome", "how we will measure it", "how we'll measure it",
    "erfolgsmetriken", "erfolgskennzahlen", "métricas de sucesso", "critérios de sucesso", "indicadores de sucesso", "métricas de éxito",
    "метрики успеха", "критерии успеха", "成功指標", "成功基準", "成功指标", "成功标准", "성공 지표", "성공 기준",
  ],
  "kill-criteria": [
    "kill criteria", "what would make us stop", "stop criteria", "stopping criteria", "exit criteria",
    "when we would stop", "when we stop", "when to stop", "when to kill it", "when to kill", "reasons to stop",
    "tripwires", "what would kill this", "kill switch", "kill conditions", "failure criteria", "go/no-go criteria",
    "no-go criteria", "abbruchkriterien", "abbruchbedingungen", "critérios de parada", "critérios de encerramento",
    "критерии остановки", "撤退基準", "撤退条件", "终止条件", "중단 기준",
  ],
  decision: ["decision", "decision record", "decision log", "review decision", "review outcome", "outcome of the review", "entscheidung"],
  appendix: ["appendix", "appendices", "annex", "supporting data", "references", "anhang", "sources"],
  customer: [
    "customer", "the customer", "who is the customer", "target customer", "our customer", "audience", "target audience",
    "representative customer", "the representative customer", "their day today", "the customer today", "a day in the life",
  ],
  "other-known": [
    "tenets", "background", "open questions", "risks", "design", "technical design", "architecture", "timeline",
    "milestones", "roadmap", "glossary", "limitations", "usage", "examples", "use cases", "future improvements",
    "advanced features", "out of scope", "non-goals", "goals", "status",
  ],
};

/**
 * Words in the title of a group of FAQ questions that say whom the group is
 * for: "External", "For fans", "Für Kunden" read as customer-facing;
 * "Stakeholder FAQs", "Business/Strategic", "For the people deciding whether
 * to build it" as internal. Titles that only name a topic ("General",
 * "Technical") say neither.
 */
export const faqGroupAudienceWords: { customer: string[]; internal: string[] } = {
  customer: [
    "customer", "customers", "customer-facing", "external", "public", "user", "users", "fans", "fan", "members",
    "buyers", "clients", "client", "consumers", "shoppers", "patients", "players", "parents", "students", "adopters",
    "using it", "use it", "for you", "end users", "end-user", "kunden", "externe", "extern", "nutzer", "cliente", "clientes",
    "usuário", "usuários", "externo", "externa", "клиент", "клиентов", "пользователей", "внешние",
    "고객", "사용자", "외부", "顧客", "利用者", "ユーザー", "お客様", "外部", "客户", "用户",
  ],
  internal: [
    "internal", "stakeholder", "stakeholders", "business", "strategy", "strategic", "builder", "builders", "leadership",
    "executive", "executives", "investor", "investors", "skeptics", "sceptics", "skeptic", "sceptic", "design decisions",
    "deciding", "decision makers", "decision-makers", "build it", "building it", "the team", "team", "sponsors", "management", "the board", "board members",
    "hard questions", "reviewer", "reviewers", "how it was built", "how the product was built", "how we built it", "how it is built",
    "interne", "intern", "intere", "interno", "interna", "negócio", "внутренние", "внутренний",
    "내부", "사내", "内部", "社内", "経営",
  ],
};

/**
 * FAQ questions whose answer is a part of the PR/FAQ: "What does success look
 * like?" answers with the success metrics, "What would make us stop?" with
 * the kill criteria. Patterns (case-insensitive regular expressions) matched
 * against the question; used when no section of that kind exists.
 */
/**
 * A sentence that names the success measure in passing, inside an answer about
 * something else: "The north-star metric is weekly active users", "Success is
 * defined narrowly: zero rows written without approval".
 */
export const successStatements: string[] = [
  "\\b(?:the|our|one) (?:north[- ]star|primary|key|main|headline|success) (?:metric|measure|kpi) (?:is|will be|we watch)\\b",
  "\\bsuccess (?:is defined|is measured|will be measured)\\b",
  "\\bwe(?:'ll| will) (?:measure|judge) success by\\b",
];

export const partQuestions: { "success-metrics": string[]; "kill-criteria": string[]; problem: string[]; solution: string[]; "getting-started": string[] } = {
  "getting-started": [
    "how (?:do|can) (?:i|we|you) (?:get started|start|install|try|sign up|get it|set (?:it|this) up|begin|use it)", "can i try",
    "where (?:can|do) i (?:get|download|try|sign up)", "how do i get access", "시작", "始め", "开始使用", "如何使用", "安装",
  ],
  "success-metrics": [
    "what does success look like", "what would success look like", "how (?:will|would) (?:we|you|i) (?:measure|know|tell)", "how (?:do|will) (?:we|you) measure", "how (?:do|can) (?:we|you|i) know (?:if|whether|that|it)",
    "how is success measured", "(?:success|north[- ]star|key) (?:metrics?|criteria)", "\\bkpis?\\b",
    // "What is the target launch date?" asks for a date: "target" there describes another noun.
    "what (?:are|is) (?:the|our) (?:success )?(?:metrics?|targets?)\\b(?!\\s+(?:launch|date|dates|market|markets|audience|customers?|users?|segments?|price|pricing|release|group|persona|platform)\\b)",
    "definition of (?:success|done)", "what counts as success", "measures? of success", "what does (?:winning|good) look like",
    "성공", "成功", "sucesso", "erfolg",
  ],
  "kill-criteria": [
    "what would (?:make|cause|lead) (?:us|you|me) to (?:stop|kill|abandon|pivot|shut)", "\\bkill(?:s|ed|ing)?\\b(?!\\s+(?:agents?|process(?:es)?|sessions?|jobs?|tasks?|threads?|commands?|the (?:agent|process|session|job|task)s?)\\b)", "when (?:do|would|will|should) (?:we|you|i) (?:stop|quit|give up|pull the plug|walk away)",
    "what would change (?:our|your|my) mind", "stop(?:ping)? (?:criteria|conditions?)", "exit criteria", "pivot",
    "shut (?:it |this |the \\w+ )?down", "pull the plug", "\\bsunset\\b", "\\bno-go\\b", "중단", "撤退", "中止",
  ],
  problem: [
    "what problem", "which problem", "why does (?:this|it) matter", "why (?:do|does) .{0,40}\\bneed\\b", "what pain",
    // "Why another data visualization library?": the answer says what is wrong with the ones there are.
    "^why (?:yet )?another\\b", "^why (?:build|make|create) (?:this|it|a new \\S+)\\s*\\?$", "^why does (?:this|it|\\S+) exist\\b",
    "what is broken", "어떤 문제", "何が問題", "什么问题", "qual (?:é o )?problema",
  ],
  solution: [
    "what (?:are|is) (?:we|you) building", "what (?:is|are) \\S+(?: \\S+)?\\s*\\?$", "what does \\S+(?: \\S+)? do\\b", "how does (?:it|this) work",
    "what exactly is", "in one sentence",
  ],
};
