import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./required-parts";

const brief = (customer: string) => md`
  ---
  format: brief
  ---
  # Customer brief: texts before a grain bin spoils
  ${customer}
  ## Problem
  He climbs each of his 22 bins every two weeks; last year 400 bushels spoiled, about $4,000.
  ## Outcome
  Spoiled grain falls to zero within one season, measured by bushels written off.
  ## Solution
  A sensor cable in each bin texts him when moisture passes 10%.
  ## Hard questions
  **Q: Why hasn't anyone sold this before?**
  A: Bin cables needed a computer at the yard until cheap modems arrived in 2026.
  ## Kill criteria
  We stop if fewer than 30 of 100 pilot farms keep the texts on after 8 weeks.
`;

const QUIET_SPOKESPERSON = '"BusBell is the first service we built with the depot team," said Liisa Korhonen, head of school transport at Tampere Regional Transport.';

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "a one-page brief needs no press release, quotes or customer FAQ",
      text: brief("## Customer\n  Walter Friesen farms 3,200 acres of canola near Swift Current."),
    },
    { name: "an undivided FAQ with business questions counts as both", text: prfaq().replace("## Customer FAQ", "## FAQ").replace("## Internal FAQ\n\n", "") },
    {
      name: "the builder who releases the product, quoted by surname, speaks for the maker",
      text: prfaq({
        summary: "Today, Jeff Watson released ApplyKit, a pipeline that ranks new job postings overnight.",
        spokesperson: "",
        customerQuote: "\"I used to spend my weekends on cover letters. Now I spend ten minutes over coffee,\" said Watson.",
      }),
    },
    {
      name: "a quote that wraps onto a line of its own after its attribution is still a quote, not a label",
      text: prfaq({ customerQuote: "Aino Virtanen, who tested BusBell in May, noted,\n\"Tampere Regional Transport has transformed how we approach\nthe morning: Eero leaves when the text arrives.\"" }),
    },
    {
      name: "a customer quoted by their full name, then by surname, still counts once as the customer",
      text: prfaq({ customerQuote: "\"Eero now leaves when the text arrives,\" said Aino Virtanen. \"He waits two minutes, not twenty,\" said Virtanen." }),
    },
    {
      name: "a Usage section beside the release that opens by telling how to get started",
      text: prfaq({ gettingStarted: "" }).replace(
        "## Customer FAQ",
        "## Limitations\n\n- Routes outside Tampere are not covered yet.\n\n## Usage\n\nGetting started is easy. BusBell is on the App Store and Google Play.\n\n```\nbusbell follow --stop 1042\n```\n\n## Customer FAQ",
      ),
    },
  ],
  invalid: [
    {
      name: "a bold sentence opening the release may be its headline: no headline is advice, not a blocking error",
      text: prfaq({ summary: "**BusBell tells parents when the school bus is five minutes away.** TAMPERE — Tampere Regional Transport today launched BusBell for the parents of 3,900 pupils." })
        .replace(/^# .*\n+## .*\n/, "## Press Release\n"),
      errors: [{ line: 1, message: "no subheading" }, { line: 3, message: "may be meant as one", severity: "info" }],
    },
    {
      name: "without a bold opening sentence, no headline stays an error",
      text: prfaq().replace(/^# .*\n+## .*\n/, "## Press Release\n"),
      errors: [{ line: 1, message: "has no headline", severity: "error" }, { line: 1, message: "no subheading" }],
    },
    {
      name: "a press release with no FAQ",
      text: md`
        # BusBell Tells Parents When the Bus Is Near
        ## Parents get a text five minutes before the bus reaches their stop
        TAMPERE — Tampere Regional Transport today launched BusBell for the parents of 3,900 pupils.

        Aino Virtanen's son waited 23 mornings in the dark last winter.

        BusBell texts parents when the bus is five minutes away.

        "Parents should not phone us at seven," said Liisa Korhonen, head of school transport.

        "Eero leaves when the text arrives," said Aino Virtanen, who tested it.

        Parents sign up on the school's page.
      `,
      errors: [{ line: 1, message: "customer FAQ", severity: "error" }, { line: 1, message: "internal FAQ", severity: "error" }],
    },
    {
      name: "one FAQ of customer questions only: no internal FAQ, but not beyond dispute",
      text: prfaq().replace("## Customer FAQ", "## FAQ").replace(/## Internal FAQ[\s\S]*?(?=\n## |$)/, ""),
      errors: [{ line: 1, message: "internal FAQ", severity: "warning" }],
    },
    {
      name: "one FAQ of business questions only: no customer FAQ, but not beyond dispute",
      text: prfaq().replace(/## Customer FAQ[\s\S]*?(?=\n## )/, "").replace("## Internal FAQ", "## Questions"),
      errors: [{ line: 1, message: "customer FAQ", severity: "warning" }],
    },
    {
      name: "no spokesperson quote in an open-source project is advice",
      text: prfaq({ spokesperson: "", gettingStarted: "BusBell is open source under the MIT license; parents sign up on the school's page." }),
      errors: [{ line: 1, message: "one-person project", severity: "info" }],
    },
    {
      name: "with nobody quoted at all, the missing spokesperson quote is still a warning",
      text: prfaq({ spokesperson: "", customerQuote: "" }),
      errors: [
        { line: 1, message: "no spokesperson quote.", severity: "warning" },
        { line: 1, message: "no customer quote.", severity: "warning" },
      ],
    },
    {
      name: "a customer who shares the announcer's surname does not speak for the maker",
      text: prfaq({
        summary: "Today, Jeff Watson released ApplyKit, a pipeline that ranks new job postings overnight.",
        spokesperson: "",
        customerQuote: "\"I used to spend my weekends on cover letters,\" said Mary Watson, a nurse in Leeds.",
      }),
      errors: [{ line: 1, message: "no spokesperson quote; the customer already speaks", severity: "info" }],
    },
    {
      name: "a release that names the problem it solves without describing it: not sure the problem is absent, so advice",
      text: prfaq({
        summary: "TAMPERE — Tampere Regional Transport launches BusBell, which helps parents solve the bus position problem on 61 routes.",
        problem: "",
      }),
      errors: [{ line: 5, message: "may state it", severity: "info" }],
    },
    {
      name: "a security release whose problem is the attack it detects",
      text: prfaq({
        summary: "TAMPERE — Tampere Regional Transport today launched BusBell 2. The headline addition is detection of the spoofing attack chain, where fake bus positions reach the depot.",
        problem: "",
      }),
      errors: [{ line: 5, message: "may state it", severity: "info" }],
    },
    {
      name: "an announcement filed under a heading that names another part may be the summary: advice, not a blocking error",
      text: md`
        # BusBell: Bus Alerts for Parents
        ## Launch of a tailored solution
        A group of transit engineers today launched BusBell, a text alert for parents whose children ride the school bus.
        ## Problem
        Eero waited 23 mornings in the dark last winter because nobody knew where the bus was.
      `,
      errors: [
        { line: 1, message: "no subheading" },
        { line: 1, message: "no spokesperson quote" },
        { line: 1, message: "no customer quote" },
        { line: 1, message: "how to get started" },
        { line: 1, message: "customer FAQ", severity: "error" },
        { line: 1, message: "internal FAQ", severity: "error" },
        { line: 3, message: "announces the product", severity: "info" },
      ],
    },
    {
      name: "a release that only implies the problem, by the burden it lifts: a warning that says so, not a blocking error",
      text: prfaq({
        summary: "TAMPERE — Tampere Regional Transport launches BusBell, which texts parents when the bus is near, without asking them to ring the depot.",
        problem: "",
        spokesperson: QUIET_SPOKESPERSON,
      }),
      errors: [{ line: 5, message: /never states the problem: "…without asking them to ring the depot\.?…" only implies one/, severity: "warning" }],
    },
    {
      name: "a release that says what customers no longer have to do",
      text: prfaq({
        summary: "LEEDS — Rotaline opens to the ward managers of Leeds General, so managers no longer have to ring each nurse about tomorrow's shifts.",
        problem: "",
        spokesperson: QUIET_SPOKESPERSON,
      }),
      errors: [{ line: 5, message: "never states the problem", severity: "warning" }],
    },
    {
      name: "a release with no problem and nothing that implies one: still a blocking error",
      text: prfaq({ summary: "TAMPERE — Tampere Regional Transport today launched BusBell, a text alert for parents.", problem: "", spokesperson: QUIET_SPOKESPERSON }),
      errors: [{ line: 1, message: "has no problem", severity: "error" }],
    },
    {
      name: "an undivided FAQ that holds the team's own questions may be the internal FAQ too: advice to label it",
      text: prfaq({ customerFaq: [["Does BusBell cost anything?", "No. The city pays for the texts."], ["Is it safe to read the depot's bus positions?", "Yes; the feed is read-only."]] })
        .replace("## Customer FAQ", "## FAQ")
        .replace(/## Internal FAQ[\s\S]*?(?=\n## |$)/, ""),
      errors: [{ at: "Is it safe to read", message: "reads as the team's own question", severity: "info" }],
    },
    {
      name: "an undivided FAQ that asks why one design rather than another",
      text: prfaq({ customerFaq: [["Does BusBell cost anything?", "No. The city pays for the texts."], ["Why a text message instead of an app?", "Half the parents have no smartphone."]] })
        .replace("## Customer FAQ", "## FAQ")
        .replace(/## Internal FAQ[\s\S]*?(?=\n## |$)/, ""),
      errors: [{ at: "Why a text message instead", message: "reads as the team's own question", severity: "info" }],
    },
    {
      name: "a brief with no customer",
      text: brief(""),
      errors: [{ line: 4, message: "customer section", severity: "error" }],
    },
    {
      name: "an empty problem section",
      text: prfaq({ problem: "### Problem\n\n### Solution", solution: "BusBell texts parents when the bus is five minutes away.\n\n### Quotes" }),
      errors: [{ at: "### Problem", message: "section is empty", severity: "error" }],
    },
  ],
});
