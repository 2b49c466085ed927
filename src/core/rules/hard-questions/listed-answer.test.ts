import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./listed-answer";

const busFeatures = md`
  - Live bus positions on a map
  - A text when the bus is five minutes away
  - A weekly punctuality report for each school
`;

const grainFeatures = md`
  Our platform offers:

  1. Grading results on the farmer's phone
  2. Prices from three elevators side by side
  3. One-tap booking of a delivery slot
`;

const withFaq = (question: string, answer: string, base: Parameters<typeof prfaq>[0] = {}) =>
  prfaq({ ...base, internalFaq: [[question, "See below."]], extra: "" }).replace("A: See below.", `A: The short version:\n\n${answer}`);

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "a list whose items give the reasons",
      text: prfaq({}).replace(
        "A: Until 2026 the buses reported their position only to the driver's radio. The new depot system stores every position, which is what BusBell reads.",
        "A:\n\n- Until 2026 the buses reported their position only to the driver's radio\n- Texts cost the city 9 cents each until the new contract",
      ),
    },
    {
      name: "a list after a prose answer that gives the reason",
      text: prfaq({}).replace(
        "A: Until 2026 the buses reported their position only to the driver's radio. The new depot system stores every position, which is what BusBell reads.",
        `A: The depot system that stores positions went live in 2026. What that makes possible:\n\n${busFeatures}`,
      ),
    },
    { name: "a list answering a question that asks what, not why", text: withFaq("What does the first version include?", busFeatures) },
    {
      name: "a cost that fell is a reason",
      text: withFaq("Why now?", md`
        - Satellite passes cost $400 a scene in 2022 and cost $12 now
        - The grading bureau publishes results the same day
      `),
    },
    {
      name: "a time before which it could not be done is a reason",
      text: withFaq("Why hasn't anyone done this?", md`
        - Before 2025 the elevators kept their prices on paper
        - Farmers book slots by phone
      `),
    },
  ],
  invalid: [
    {
      name: "why not done before, answered with bus features",
      text: withFaq("Why hasn't the city done this already?", busFeatures),
      errors: [{ at: "Why hasn't the city done this already?", message: /list of 3 features/ }],
    },
    {
      name: "why now, in another domain, a numbered list after a lead-in",
      text: withFaq("Why now?", grainFeatures, { headline: "GrainDesk Shows Saskatchewan Farmers Their Grade and Price Before the Truck Leaves" }),
      errors: [{ at: "Why now?", message: "not a reason" }],
    },
    {
      name: "a price is what the offer costs, not what stood in the way",
      text: withFaq("Why hasn't a gym done this already?", md`
        - A class pass costs $9, not a monthly contract
        - Booking takes one tap
        - Instructors see who is coming
      `),
      errors: [{ at: "Why hasn't a gym done this already?", message: /list of 3 features/ }],
    },
    {
      name: "\"before\" as the order of a day, not a change over time",
      text: withFaq("Why now?", md`
        - Drivers see the route before they leave the depot
        - Parcels are scanned before loading
        - Customers get a two-hour window
      `),
      errors: [{ at: "Why now?", message: "not a reason" }],
    },
  ],
});
