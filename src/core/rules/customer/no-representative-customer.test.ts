import { md, prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./no-representative-customer";

const anonymous = {
  problem: "Parents called the transport office 4,100 times last school year to ask where a bus was, and children waited in the dark.",
  customerQuote: '"It is brilliant," said a happy parent.',
};

testRule(rule, {
  valid: [
    prfaq(),
    { name: "a customer named with a who clause", text: prfaq({ ...anonymous, problem: "Sanjay Mistry, who owns a three-year-old spaniel, missed a booster by seven weeks and paid £96 to restart the course." }) },
    { name: "a customer named as the subject of a situation", text: prfaq({ ...anonymous, problem: "Luis Cárdenas signed a lease for his second taqueria in January and paid $9,400 a month for four months before opening." }) },
    { name: "a name not in any list, confirmed by its apposition", text: prfaq({ ...anonymous, problem: "Thandeka Mokoena, a night-shift pharmacist in Durban, waits 40 minutes for a taxi after every shift." }) },
    { name: "a short sentence with a pronoun after it", text: prfaq({ ...anonymous, problem: "Dana Okafor runs a bakery in Leeds. She throws away 12 loaves a day." }) },
    { name: "a first name no list knows, confirmed by a pronoun", text: prfaq({ ...anonymous, problem: "Thabo spends two hours a day on the phone with suppliers, and he loses 3 orders a week." }) },
    {
      name: "a full name no list knows, said to hold a role, taken up by a pronoun in the next sentence",
      text: prfaq({ ...anonymous, problem: "Tomasz Wróblewski is the night manager of a hostel in Kraków. Twice a week his boiler fails and he waits four hours for a plumber." }),
    },
    {
      name: "the same in another trade, a past role",
      text: prfaq({ ...anonymous, problem: "Ifeoma Chukwu was a warehouse supervisor in Lagos. Each shift she re-counted 300 cartons by hand." }),
    },
    { name: "a title", text: prfaq({ ...anonymous, problem: "Ms. Tanaka loses 3 hours a week to paperwork." }) },
    { name: "a role in a concrete situation, without a name", text: prfaq({ ...anonymous, problem: "A night-shift radiographer at a district hospital re-enters 60 scan requests by hand at the end of every shift." }) },
    { name: "a role with a who clause, without a name", text: prfaq({ ...anonymous, problem: "Until now, a bookkeeper who closed the month for six small charities copied every bank line into three spreadsheets." }) },
    { name: "an anonymous quote from a role in a setting", text: prfaq({ ...anonymous, customerQuote: '"I stopped rebuilding the rota every Sunday night," said a shift supervisor at a regional parcel depot.' }) },
    { name: "an anonymous quote attributed to a title and an organisation", text: prfaq({ ...anonymous, customerQuote: '"We found the leak in an afternoon." — Head of Finance Operations, mid-sized housing association' }) },
    { name: "a possessive name with a situation", text: prfaq({ ...anonymous, solution: "The app tells you why Maria's allotment plot needs water before her tomatoes split." }) },
    { name: "a named customer quoted with who they are", text: prfaq({ ...anonymous, customerQuote: '"I stopped standing at the stop for twenty minutes," said Pekka Laine, a father of two in Hervanta.' }) },
    {
      name: "a hypothetical user whose attribution gives their situation",
      text: prfaq({ ...anonymous, customerQuote: '"I now check in the morning what ran overnight." — Hypothetical user (just started leaving agents running overnight)' }),
    },
    {
      name: "the same in a language written without spaces",
      text: prfaq({ ...anonymous, customerQuote: "「寝ている間に走らせたタスクを翌朝確認できた」— 想定利用者(自律実行機能を使い始めた個人開発者)" }),
    },
  ],
  invalid: [
    {
      name: "a label in parentheses is not a situation",
      text: prfaq({ ...anonymous, customerQuote: '"It is brilliant." — Beta user (CTO)' }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    {
      name: "an organisation said to be an operator is no person, with no pronoun after it",
      text: prfaq({ ...anonymous, problem: "Harbour Ferries is the operator of 12 routes to the islands. Its sailings were cancelled 40 times last winter." }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    { name: "no person anywhere", text: prfaq(anonymous), errors: [{ line: 1, message: "describes no representative customer" }] },
    {
      name: "a company spokesperson is not the customer",
      text: prfaq({ ...anonymous, spokesperson: strongParts.spokesperson }),
      errors: [{ line: 1 }],
    },
    {
      name: "a placeholder speaker is nobody",
      text: prfaq({ ...anonymous, customerQuote: '"It changed my mornings," said [NAME, TITLE].' }),
      errors: [{ line: 1 }],
    },
    {
      name: "a stock template company behind a role is nobody, though it has the shape of a role in a setting",
      text: prfaq({ ...anonymous, customerQuote: '"The buses finally make sense, and I can plan my morning again." - Mr. CEO, Acme Corp.' }),
      errors: [{ line: 1 }],
    },
    {
      name: "a function word ending in -er is not a person in a situation",
      text: prfaq({ ...anonymous, solution: "The checking is a constant one whether from the depot feed, forwarded messages or a parent's report." }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    {
      name: "an AI model the document uses as a product is nobody, though its name is a given name",
      text: prfaq({ ...anonymous, solution: "BusBell runs on Claude Code. Claude reads the depot feed every 30 seconds and texts the parents of a late bus." }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    {
      name: "an adverb or a role at the start of a sentence names nobody",
      text: prfaq({ ...anonymous, problem: "Previously, a pilot of 30 families waited 20 minutes at the stop. Pilot, the first phase, ran for 6 weeks and ended in March." }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    {
      name: "a generic user with a want is the segment restated",
      text: prfaq({ ...anonymous, solution: "A user who wants to book a table can do it in three taps from the home screen." }),
      errors: [{ line: 1, message: "describes no representative customer" }],
    },
    {
      name: "plural roles in a situation are a segment",
      text: prfaq({ ...anonymous, problem: "Warehouse supervisors rebuild the rota by hand every Sunday night for 40 staff." }),
      errors: [{ line: 1 }],
    },
    {
      name: "a press release with segments only",
      text: md`
        # SalesSphere: The Smarter CRM
        ## The CRM that businesses love
        NEW YORK — SalesSphere today announced its CRM for businesses of every size.

        Sales teams everywhere are frustrated with their CRM.
      `,
      errors: [{ line: 1 }],
    },
  ],
});
