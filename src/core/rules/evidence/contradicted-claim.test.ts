import { describe, expect, it } from "vitest";
import { prfaq, runRule, testRule } from "../../../../test/rule-tester";
import rule from "./contradicted-claim";

const taxDocs = prfaq({
  summary: "LEEDS — TaxTidy today launched a receipt organiser for self-employed plumbers. Your tax documents never touch our servers.",
  internalFaq: [["How are receipts read?", "Each tax document is sent to a hosted AI model, which returns the amount and the date as JSON."]],
});

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "records kept on the firm's servers, and the FAQ keeps them there",
      text: prfaq({
        solution: "Case files stay on the firm's own servers.",
        internalFaq: [["How are case files searched?", "An index built on the firm's servers answers each search; nothing is sent to a hosted model."]],
      }),
    },
    {
      name: "a waiting list that is the customer's own queue, not the product's",
      text: prfaq({
        summary: "DERBY — The trust today launched CallBack, which is available today to every clinic in the county.",
        customerFaq: [["Who gets the texts?", "Patients on the waiting list get a text when a slot opens."]],
      }),
    },
    {
      name: "a free trial, then a price",
      text: prfaq({
        gettingStarted: "Clinics start with a 30-day free trial.",
        customerFaq: [["What does it cost after the trial?", "The plan is $12 per month for each clinician."]],
      }),
    },
    {
      name: "data that stays in a region, hosted in that region",
      text: prfaq({
        solution: "Payroll data stays in your region.",
        internalFaq: [["Where is it hosted?", "In eu-west, on our own cloud servers, with backups in the same region."]],
      }),
    },
    {
      name: "an upload the user chooses to turn on",
      text: prfaq({
        solution: "Your journal entries never leave your phone.",
        customerFaq: [["Can I back up my journal?", "If you turn on backup, the entries are uploaded to the cloud, encrypted with your passcode."]],
      }),
    },
    {
      name: "the FAQ confirms the promise in negative words",
      text: prfaq({
        solution: "Dictated notes never leave the clinic's own computers.",
        customerFaq: [["Do the notes go to a cloud model?", "No. Nothing is sent to a hosted model; transcription runs on the clinic's server."]],
      }),
    },
    {
      name: "a free app that needs a server the user rents from someone else",
      text: prfaq({
        solution: "The app is completely free.",
        customerFaq: [["Do I need anything else?", "You'll need your own server, which typically costs $5 per month from a hosting provider."]],
      }),
    },
    {
      name: "a competitor's price beside a free promise",
      text: prfaq({
        solution: "Permit lookups are free of charge for every restaurant owner.",
        internalFaq: [["What do owners pay today?", "Competitors charge $30 per month for a permit tracker."]],
      }),
    },
    {
      name: "no sign-up to try the demo, an account to keep the work",
      text: prfaq({
        gettingStarted: "Open the demo in a browser, with no sign-up to try it.",
        customerFaq: [["How do I keep my designs?", "Create an account and the designs are saved to it."]],
      }),
    },
    {
      name: "an internal FAQ about today's beta before a future launch",
      text: prfaq({
        gettingStarted: "ShipLog is available today for every team on GitHub.",
        internalFaq: [["Where are we now?", "ShipLog is currently in private beta with twelve teams."]],
      }),
    },
    {
      name: "a machine that is free this week, beside a running cost",
      text: prfaq({
        headline: "Members see which tractor or baler is free this week and book it without ringing the yard",
        internalFaq: [["What does it cost the co-op?", "About €2,500 a year in texts, or €4 per member a year."]],
      }),
    },
    {
      name: "one platform not available yet",
      text: prfaq({
        gettingStarted: "StudyNest is available today on the web.",
        customerFaq: [["Is there a phone app?", "The Android version is not yet available."]],
      }),
    },
    {
      name: "a promise about one kind of data, an upload of another",
      text: prfaq({
        solution: "Scanning happens in the browser, and credentials never leave your machine.",
        customerFaq: [["How are scan reports shared?", "Reports are uploaded to our cloud dashboard so the team can see them."]],
      }),
    },
    {
      name: "a price for a server rented from someone else, in the next sentence",
      text: prfaq({
        solution: "Private browsing through your own server, with no subscription fees.",
        customerFaq: [["I have no server. Where do I get one?", "Rent a small cloud machine from any provider. A basic instance costs $4 per month."]],
      }),
    },
    {
      name: "a table that lists the APIs a scanner recognises",
      text: prfaq({
        solution: "Scans run on your laptop, and API keys never leave your machine.",
        customerFaq: [["Which API keys does it find?", "| Kind | Examples |\n|---|---|\n| AI | OpenAI API, Anthropic API keys |"]],
      }),
    },
    {
      name: "a free claim with a first meeting only",
      text: prfaq({
        gettingStarted: "The first session is free; after that the plan costs $39 per month.",
        customerFaq: [["How much is it?", "The plan is $39 per month for four sessions."]],
      }),
    },
  ],
  invalid: [
    {
      name: "files kept on the firm's own servers, then forwarded to a vendor's hosted model",
      text: prfaq({
        solution: "Case files stay on the firm's own servers at all times.",
        internalFaq: [["How are case files summarised?", "The tool forwards each case file, with client names, dates and notes, to the vendor's hosted model for a summary."]],
      }),
      errors: [{ at: "Case files stay", message: /where the data goes/ }],
    },
    {
      name: "recordings kept on the school's servers, then uploaded to a supplier's cloud",
      text: prfaq({
        solution: "Lesson recordings remain on the school's servers.",
        internalFaq: [["Where are recordings captioned?", "Each lesson recording is uploaded to Acme's cloud service, which returns captions within the hour."]],
      }),
      errors: [{ at: "Lesson recordings remain", message: /where the data goes/ }],
    },
    {
      name: "available today, then told to join the waiting list",
      text: prfaq({
        summary: "LEEDS — The council today launched BinBuddy, which is available today to every household in the city.",
        customerFaq: [["When can I start?", "Join the waiting list and we will send a code when your street is added."]],
      }),
      errors: [{ at: "which is available today", message: /whether it is available/ }],
    },
    {
      name: "available now, then a waiting list in other words",
      text: prfaq({
        summary: "CORK — Harbour Kayaks is now available for members to book from their phones.",
        customerFaq: [["Can I book this weekend?", "There is a waiting list: members are invited in the order they asked."]],
      }),
      errors: [{ at: "Harbour Kayaks is now available", message: /an FAQ answer says "There is a waiting list: members/ }],
    },
    {
      name: "tax documents that never touch our servers, sent to a hosted model",
      text: taxDocs,
      errors: [{ at: "Your tax documents never touch", message: /"Your tax documents never touch our servers".*hosted AI model/ }],
    },
    {
      name: "patient notes on the clinic's computers, transcribed by a third-party model",
      text: prfaq({
        solution: "All patient notes stay on the clinic's own computers.",
        internalFaq: [["How are notes transcribed?", "Transcription uses a third-party speech model, so each recording is processed by the vendor."]],
      }),
      errors: [{ at: "All patient notes stay", message: "third-party speech model" }],
    },
    {
      name: "free for every student, then a monthly plan",
      text: prfaq({
        summary: "BRISTOL — StudyNest, a revision planner, is completely free for every student.",
        customerFaq: [["How much does the planner cost?", "The Plus plan is $4.99 per month and unlocks past papers."]],
      }),
      errors: [{ at: "is completely free", message: /completely free.*\$4\.99 per month.*price/ }],
    },
    {
      name: "report a pothole without an account, then sign in",
      text: prfaq({
        gettingStarted: "Residents report a pothole from the council's page without creating an account.",
        customerFaq: [["How do I report one?", "Sign in with your MyCouncil ID, drop a pin and add a photo."]],
      }),
      errors: [{ at: "without creating an account", message: "Sign in with your MyCouncil ID" }],
    },
    {
      name: "available today, and a waitlist for customers",
      text: prfaq({
        gettingStarted: "ShipLog is available today for every team on GitHub.",
        customerFaq: [["When can my team start?", "ShipLog is currently in private beta; join the waitlist at shiplog.dev."]],
      }),
      errors: [{ at: "ShipLog is available today", message: "whether it is available" }],
    },
    {
      name: "all data on your laptop, and a cloud API in the answer",
      text: prfaq({
        solution: "Everything runs entirely on your laptop, so client contracts stay private.",
        internalFaq: [["What does each review cost us?", "About four cents: the clauses go through the Anthropic API for the summary."]],
      }),
      errors: [{ at: "Everything runs entirely", message: "Anthropic API" }],
    },
  ],
});

describe("contradicted-claim: both lines in the finding", () => {
  it("points at the claim and gives the FAQ answer as a related location", () => {
    const [finding] = runRule(rule, taxDocs);
    const answerLine = taxDocs.split("\n").findIndex((l) => l.includes("hosted AI model")) + 1;
    expect(finding.related).toHaveLength(1);
    expect(finding.related![0].line).toBe(answerLine);
    expect(taxDocs.slice(finding.related![0].offset, finding.related![0].endOffset)).toMatch(/sent to a hosted/);
    expect(finding.message).toContain(`(line ${answerLine})`);
  });
});
