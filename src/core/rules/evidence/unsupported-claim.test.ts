import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unsupported-claim";

testRule(rule, {
  valid: [
    { name: "studies the document points at", text: prfaq({ problem: "Parents plan around the bus, the same habit the case studies show." }) },
    prfaq(),
    { name: "a claim with its source", text: prfaq({ problem: "In our survey, parents want one text per morning; 31 of 40 said so." }) },
    { name: "a condition, not a claim", text: prfaq({ customerFaq: [["Can I add a second stop?", "If parents want a second stop, they add it on the same page."]] }) },
    { name: "what users want, as a thing to hear about", text: prfaq({ customerFaq: [["Can I suggest a feature?", "Yes, open a request. We love hearing what users want."]] }) },
    { name: "what patients need, as a thing to learn", text: prfaq({ internalFaq: [["How will we choose the next clinic?", "We will ask nurses which patients need a home visit first, and learn what patients need from the pilot."]] }) },
    { name: "how teams want to work, as the design brief", text: prfaq({ solution: "Ledgerly was shaped by watching how accountants want to close the month." }) },
    { name: "whatever buyers need, as the offer", text: prfaq({ solution: "The kiosk prints whatever shoppers need on the spot." }) },
    { name: "need to describes a step", text: prfaq({ gettingStarted: "Parents need to enter their child's pupil number once." }) },
  ],
  invalid: [
    { name: "unnamed studies", text: prfaq({ problem: "Recent studies show parents trust texts more than apps." }), errors: [{ at: "Recent studies show", message: "studies show" }] },
    { name: "customers want", text: prfaq({ solution: "Parents want a single text, and BusBell sends one." }), errors: [{ at: "Parents want a single", message: "Parents want" }] },
    { name: "a claim after a wh-word elsewhere in the sentence", text: prfaq({ solution: "Whatever the season, farmers want prices before harvest." }), errors: [{ at: "farmers want prices", message: "farmers want" }] },
    { name: "a claim stated after a question-like opening", text: prfaq({ problem: "Here is how it goes: developers really need a shared catalog of prompts." }), errors: [{ at: "developers really need", message: "developers really need" }] },
    { name: "huge demand", text: prfaq({ problem: "There is huge demand for bus alerts across Finland." }), errors: [{ at: "There is huge demand", message: "huge demand" }] },
  ],
});
