import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./technology-as-goal";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "technology named in the internal FAQ, where it belongs", text: prfaq({ internalFaq: [["How does it work?", "We use machine learning to predict arrival within 40 seconds of the real time."]] }) },
    {
      name: "how well people use AI is what the product measures",
      text: prfaq({ summary: "Tutorly today launched a report card that shows teachers how effectively each pupil uses AI for homework." }),
    },
    {
      name: "the customers are the ones using the technology",
      text: prfaq({ problem: "Nurses who already use ChatGPT for discharge notes have no way to check its dosage advice." }),
    },
    {
      name: "customers adopting a technology is the situation, not the team's goal",
      text: prfaq({ solution: "Small law firms increasingly adopt machine learning for discovery, and Caseload shows which reviews it got wrong." }),
    },
    { name: "a customer outcome", text: prfaq({ solution: "Farmers see the grade and price of every load before the truck leaves the elevator." }) },
    {
      name: "an AI-powered tool described by whom it helps do what",
      text: prfaq({ headline: "JobForge Launches Free AI-Powered Tool to Help Job Seekers Find Matching Jobs and Get Referrals" }),
    },
    {
      name: "an AI-powered app that changes how people do something",
      text: prfaq({ summary: "LEEDS — Jabline today launched a free, AI-powered app that changes how practice managers rebook missed vaccinations." }),
    },
    {
      name: "a blockchain-based register that lets farmers prove something",
      text: prfaq({ summary: "Prairie Co-op today opened a blockchain-based register that lets farmers prove the grade of every load to the buyer." }),
    },
  ],
  invalid: [
    {
      name: "an AI-powered product with no outcome",
      text: prfaq({ headline: "Grainly Launches AI-Powered Grading Platform" }),
      errors: [{ line: 1, message: "AI-Powered" }],
    },
    {
      name: "the team adopting a technology, even with a purpose after it",
      text: prfaq({ summary: "Grainly today said it will adopt AI to help its managers look modern to investors." }),
      errors: [{ at: "Grainly today", message: "adopt AI" }],
    },
    {
      name: "the company using AI as the point",
      text: prfaq({ summary: "Grainly today announced that it uses AI across every grading line, because investors expect it." }),
      errors: [{ at: "uses AI across", message: "uses AI" }],
    },
    {
      name: "the product leveraging a technology for its own sake",
      text: prfaq({ solution: "The new portal leverages blockchain so the council looks modern." }),
      errors: [{ at: "leverages blockchain", message: "leverages blockchain" }],
    },
    {
      name: "we want to implement blockchain",
      text: prfaq({ spokesperson: '"We want to implement blockchain so that the co-op is seen as an innovator," said Ruth Olsen, chief digital officer.' }),
      errors: [{ at: "We want to implement", message: "implement blockchain" }],
    },
    {
      name: "an AI strategy",
      text: md`
        # Nimbus
        ## Our AI strategy, delivered
        SAN FRANCISCO — Nimbus today launched Nimbus AI, which leverages large language models for every team.
      `,
      errors: [{ line: 2, message: "AI strategy" }, { line: 3, message: "leverages large language models" }],
    },
  ],
});
