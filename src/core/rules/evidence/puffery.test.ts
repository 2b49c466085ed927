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
    { name: "announcement filler claims nothing about the product", text: prfaq({ summary: "LEEDS — Today we are thrilled to announce Tenancy Desk, a deposit checker for renters." }) },
    { name: "a negated adjective", text: prfaq({ customerFaq: [["Is it better than the depot's own app?", "Neither is strictly superior: the depot app shows routes, BusBell sends the text."]] }) },
    { name: "not a breakthrough, said plainly", text: prfaq({ problem: "The fix is not a groundbreaking idea; parents asked for it in 2024." }) },
    {
      name: "praise conceded to the alternative before the turn",
      text: prfaq({ customerFaq: [["Why not Excel?", "Excel offers unmatched flexibility for one-off sums, however it cannot text a parent. While Google Maps is powerful, it knows nothing about school stops."]] }),
    },
    { name: "leading as a verb", text: prfaq({ problem: "Late buses are leading parents to call the office 4,100 times a year." }) },
  ],
  invalid: [
    { name: "ultimate as praise", text: prfaq({ solution: "BerthBook is the ultimate booking tool for small marinas." }), errors: [{ at: "BerthBook is the", message: "ultimate" }] },
    {
      name: "one finding per sentence, and one warning per paragraph",
      text: prfaq({ solution: "Helix Pro is beautifully designed, blazingly fast and incredibly intuitive. It offers seamless sync." }),
      errors: [
        { at: "Helix Pro is", message: "beautifully", severity: "warning" },
        { at: "Helix Pro is", message: "seamless", severity: "info" },
      ],
    },
    {
      name: "not only powerful is still praise",
      text: prfaq({ solution: "BusBell is not only powerful but also cheap to run." }),
      errors: [{ at: "BusBell is not only", message: "powerful" }],
    },
    {
      name: "praise for the product in a concessive clause is still praise",
      text: prfaq({ solution: "While BusBell is seamless for parents, drivers still radio the depot." }),
      errors: [{ at: "While BusBell", message: "seamless" }],
    },
    { name: "an inflected form of an entry", text: prfaq({ solution: "Helix Pro revolutionised how the clinic books its rooms." }), errors: [{ at: "Helix Pro revolutionised", message: "revolutionised" }] },
    { name: "in the headline", text: prfaq({ headline: "Introducing BusBell: The Revolutionary School Bus Alert" }), errors: [{ line: 1, message: "Revolutionary" }] },
  ],
});
