import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./unnamed-alternatives";

testRule(rule, {
  valid: [
    prfaq(),
    {
      name: "the rivals named in the same answer",
      text: prfaq({ customerFaq: [["Why is Paly different from other study apps?", "Anki and Quizlet wait for a student to open them; Paly texts the question instead."]] }),
    },
    {
      name: "the rivals named elsewhere, in a comparison",
      text: prfaq({
        solution: "Unlike traditional VPN services, Tunnelkit sends your traffic through a server you already rent.",
        internalFaq: [["Why not use NordVPN or Mullvad?", "Both ask you to trust their servers with every request you make."]],
      }),
    },
    {
      name: "the group named in its own sentence",
      text: prfaq({ customerFaq: [["Can I trust every package?", "Treat them no differently from packages found with other search tools, such as Maven Central or PyPI."]] }),
    },
    {
      name: "a rival the document mentions often, named in a comparing question",
      text: prfaq({
        solution: "Unlike traditional job boards, Jobnest texts you the three jobs that fit. Jobnest links to LinkedIn profiles, LinkedIn groups and LinkedIn posts; LinkedIn is where referrals start.",
        customerFaq: [["How is Jobnest different from LinkedIn or Indeed?", "It sends three jobs a day, not three hundred."]],
      }),
    },
    { name: "the customer's own systems, not rivals", text: prfaq({ solution: "BusBell connects to your existing systems and replaces the legacy service the depot runs today." }) },
    { name: "a group mentioned without a comparison", text: prfaq({ customerFaq: [["Does it work with other apps?", "Yes: it sends its alerts as ordinary texts."]] }) },
  ],
  invalid: [
    {
      name: "other apps in an FAQ question, none named",
      text: prfaq({ customerFaq: [["Why is BusBell different from other transit apps?", "Other apps wait for you to open them; BusBell texts you."]] }),
      errors: [{ at: "different from other transit apps", message: /"other transit apps" are never named/, severity: "warning" }],
    },
    {
      name: "traditional services in the summary, in another domain",
      text: prfaq({
        headline: "Paysheet Runs Payroll for Corner Shops for One Flat Fee",
        solution: "Unlike traditional payroll services that charge per employee, Paysheet charges one flat fee per shop.",
      }),
      errors: [{ at: "Unlike traditional payroll services", message: /name the products customers use today/ }],
    },
    {
      name: "existing tools that fall short, with suppliers named but no rival",
      text: prfaq({
        problem: "Existing tools don't know which volunteer holds which key, so shelter managers ring around every evening.",
        customerFaq: [["How are texts sent?", "Through providers like Twilio, which the shelter already pays for."]],
      }),
      errors: [{ at: "Existing tools don't know", message: /"Existing tools" are never named/ }],
    },
  ],
});
