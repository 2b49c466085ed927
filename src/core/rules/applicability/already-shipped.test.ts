import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./already-shipped";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "launch-day wording about availability", text: prfaq({ gettingStarted: "BusBell is available today for every parent in Tampere, and is free." }) },
    { name: "one weak sign alone", text: prfaq({ gettingStarted: "BusBell is currently in beta on two routes; parents on other routes join a waitlist." }) },
    { name: "a status line for the document, not the product", text: prfaq({ frontMatter: "title: BusBell", extra: "**Status:** Draft for review" }) },
    { name: "a version plan for later", text: prfaq({ internalFaq: [["What comes after launch?", "Version 2.0 adds Swedish texts for the city's Swedish-speaking schools."]] }) },
  ],
  invalid: [
    {
      name: "a live status line in the header",
      text: `**Status:** Live Product\n\n${prfaq()}`,
      errors: [{ at: "**Status:** Live Product", message: /already in use \("Status: Live"\)/, severity: "warning" }],
    },
    {
      name: "a release that follows an earlier version, in another domain",
      text: prfaq({
        spokesperson: "\"In v1.0 we gave clinics a list of overdue vaccinations. In v2.0 we book the appointment too,\" said Dr Ines Moreau, founder of VaxRound.",
      }),
      errors: [{ at: "In v1.0 we gave clinics", message: /In v1\.0 we gave/ }],
    },
    {
      name: "a document kept as the record of what was built",
      text: prfaq({ extra: "## About this document\n\nThis document is the source of truth for what TideTable is, written for anyone who has never seen the code." }),
      errors: [{ at: "source of truth for what", message: /already in use/ }],
    },
    {
      name: "two different weak signs",
      text: prfaq({
        gettingStarted: "LoomLog is currently in beta and free to download.",
        internalFaq: [["Is it ready?", "Core functionality works: weaving patterns import and the row counter syncs."]],
      }),
      errors: [{ at: "LoomLog is currently in beta", message: /is currently in beta/ }],
    },
  ],
});
