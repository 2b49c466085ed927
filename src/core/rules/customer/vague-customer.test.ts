import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./vague-customer";

const crm = prfaq({ summary: "NEW YORK — SalesSphere today announced a CRM for businesses of every size and every industry." });

testRule(rule, {
  valid: [
    {
      name: "the users, when the document goes on to describe them",
      text: prfaq({ problem: "We worked backwards from the users. There are two: Aino, a parent who drives a van at 6:40, and Eero, her son, who waits at the stop." }),
    },
    prfaq(),
    { name: "a segment narrowed by a number", text: prfaq({ summary: "LEEDS — Pawprint today launched reminders for the 14 independent practices in Leeds and the owners registered with them." }) },
    { name: "a segment narrowed by what follows", text: prfaq({ problem: "Enterprises that run more than 40 AWS accounts wait an hour per account for a baseline, 5 at a time." }) },
    { name: "a segment word as an object, not the audience", text: prfaq({ solution: "The server can authenticate users without ever storing their password; it checks a proof in 40 ms." }) },
    { name: "a hyphenated compound", text: prfaq({ solution: "The alert never blocks any user-facing screen; it arrives as a text within 30 seconds." }) },
    { name: "anyone narrowed to a group", text: prfaq({ summary: "TAMPERE — BusBell today launched a board anyone on the transport team can update, for the parents of 3,900 pupils." }) },
    { name: "a product's users", text: prfaq({ summary: "OSLO — Notely today opened its importer to Evernote users who keep more than 1,000 notes." }) },
    { name: "segments in a customer FAQ answer to a question that isn't about who", text: prfaq({ customerFaq: [["Does it work offline?", "Yes. Companies on poor connections asked for that, and it syncs when back online."]] }) },
    {
      name: "whoever and anyone in a story, not as the audience",
      text: prfaq({
        problem: "Landlords ask a cousin, a forum or whoever answers the phone at the council. Before anyone signs, the deposit rules have changed twice.",
      }),
    },
    {
      name: "a segment setting the scene around a customer described by role",
      text: md`
        # Tagline
        ## A classifier for schema registries
        NEW YORK — Tagline today launched a classifier for schema registries.

        Most organizations adopt a schema registry for the technical contract, but compliance asks which fields hold personal data.

        "Six weeks of review covered 30 of our 1,400 topics," said Dana Whitfield, Director of Data Governance at a large US bank.
      `,
    },
    {
      name: "a segment setting the scene around a customer in a situation, in another domain",
      text: md`
        # Jabline
        ## Overdue lists for clinics
        LEEDS — Jabline today launched overdue lists for vaccination clinics.

        Many businesses still book vaccinations by phone. A practice manager who rebooks 60 missed appointments a week has no list of who is overdue.
      `,
    },
  ],
  invalid: [
    {
      name: "a segment named as the audience, even beside a described customer",
      text: prfaq({ summary: "LEEDS — Ledgerly today launched month-end close for businesses." }),
      errors: [{ at: "LEEDS", message: "businesses" }],
    },
    {
      name: "the same scene-setting segment with no customer described anywhere",
      text: md`
        # Jabline
        ## Overdue lists for clinics
        LEEDS — Jabline today launched overdue lists for vaccination clinics.

        Many businesses still book vaccinations by phone, and nobody knows who is overdue.
      `,
      errors: [{ line: 5, message: "businesses" }],
    },
    {
      name: "a product for anyone",
      text: prfaq({ summary: "LEEDS — Tenancy Desk today opened a deposit checker for anyone who rents, anywhere in England." }),
      errors: [{ at: "LEEDS", message: "anyone who" }],
    },
    { name: "every size, every industry", text: crm, errors: [{ at: "businesses of every size", message: "businesses of every size" }, { at: "every industry", message: "every industry" }] },
    {
      name: "the answer to a who question",
      text: prfaq({ customerFaq: [["Who should use it?", "Anyone who sells anything: startups, SMBs and enterprise customers."]] }),
      errors: [{ at: "A: Anyone", message: "Anyone who" }, { at: "A: Anyone", message: "SMBs" }, { at: "A: Anyone", message: "enterprise customers" }],
    },
    {
      name: "a segment as the subject of the problem",
      text: md`
        # Nimbus
        ## An assistant
        SAN FRANCISCO — Nimbus today launched an assistant.

        Businesses everywhere struggle with productivity.
      `,
      errors: [{ line: 5, message: "Businesses" }],
    },
    {
      name: "a team's own segment from .prfaq.yml",
      text: prfaq({ summary: "TAMPERE, Finland — August 10, 2027 — BusBell today launched for our partners." }),
      config: "lexicons:\n  vague-segments: [our partners]\n",
      errors: [{ at: "our partners", message: "our partners" }],
    },
  ],
});
