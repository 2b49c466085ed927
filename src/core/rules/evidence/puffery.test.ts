import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./puffery";

testRule(rule, {
  valid: [
    { name: "a passive past form describes, not praises", text: prfaq({ problem: "The same rota gets reinvented by every ward manager, and it is revolutionised again each spring." }) },
    { name: "a point on a defined scale", text: prfaq({ solution: "Each forecast gets a calibration score from 0 to 1, where 0 is perfect and 1 is always wrong." }) },
    prfaq(),
    { name: "data instead of adjectives", text: prfaq({ solution: "Search returns in under 100 ms across 10,000 notes." }) },
    { name: "the state of the art as a noun", text: prfaq({ customerFaq: [["What is the state of the art in bus tracking?", "Most cities publish positions every 30 seconds."]] }) },
    { name: "an adjective inside a prize's name", text: prfaq({ problem: "Last year the depot team won the city's Most Innovative Service prize for its timetable signs." }) },
    { name: "ultimate as eventual", text: prfaq({ internalFaq: [["Where does this go after v1?", "Our ultimate goal is one booking page for every harbour; the ultimate product vision covers fuel too."]] }) },
    { name: "leading as a verb", text: prfaq({ problem: "Late buses are leading parents to call the office 4,100 times a year." }) },
  ],
  invalid: [
    { name: "ultimate as praise", text: prfaq({ solution: "BerthBook is the ultimate booking tool for small marinas." }), errors: [{ at: "BerthBook is the", message: "ultimate" }] },
    {
      name: "one finding per sentence",
      text: prfaq({ solution: "Helix Pro is beautifully designed, blazingly fast and incredibly intuitive. It offers seamless sync." }),
      errors: [{ at: "Helix Pro is", message: "beautifully" }, { at: "Helix Pro is", message: "seamless" }],
    },
    { name: "announcement filler", text: prfaq({ summary: "LEEDS — Today we are thrilled to announce Tenancy Desk, a deposit checker for renters." }), errors: [{ at: "LEEDS", message: "thrilled to announce" }] },
    { name: "an inflected form of an entry", text: prfaq({ solution: "Helix Pro revolutionised how the clinic books its rooms." }), errors: [{ at: "Helix Pro revolutionised", message: "revolutionised" }] },
    { name: "in the headline", text: prfaq({ headline: "Introducing BusBell: The Revolutionary School Bus Alert" }), errors: [{ line: 1, message: "Revolutionary" }] },
  ],
});
