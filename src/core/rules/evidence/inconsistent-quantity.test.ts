import { prfaq, strongParts, testRule } from "../../../../test/rule-tester";
import rule from "./inconsistent-quantity";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "the same figure written two ways", text: prfaq({ summary: "TAMPERE — BusBell launched for 3,900 pupils.", problem: `${strongParts.problem} The 3.9K pupils ride 61 routes.` }) },
    { name: "a change within one sentence", text: prfaq({ problem: "Calls rose from 3,200 calls in 2024 to 4,100 calls last year." }) },
    { name: "a target is not a contradiction", text: prfaq({ internalFaq: [["How big can this get?", "We expect 12,000 pupils in the region by 2029, up from 3,900 pupils today."]] }) },
    { name: "a subset of the total", text: prfaq({ summary: "AUSTIN — The city today launched PermitPath for its 14,000 restaurants.", problem: "In 2026, 2,300 restaurants opened, and owners waited a median of 127 days." }) },
    {
      name: "speed-ups of two different things",
      text: prfaq({ solution: "Indexing runs 10 times faster than before.", customerFaq: [["Is search faster too?", "Search results come back 3x faster."]] }),
    },
    {
      name: "a ceiling, then the typical range",
      text: prfaq({ solution: "Test suites finish up to 10x faster.", customerFaq: [["How much faster?", "On our 40 repositories, test suites ran 2x to 5x faster."]] }),
    },
    {
      name: "one speed-up written two ways",
      text: prfaq({ headline: "Lintel Makes Code Review 10x Faster", customerFaq: [["How much faster?", "Code review takes ten times faster on the median pull request, across 300 reviews."]] }),
    },
    {
      name: "a monthly and a yearly price",
      text: prfaq({ gettingStarted: "The Pro plan is $12 per month.", customerFaq: [["Is there a yearly price?", "Yes: the Pro plan is $120 per year."]] }),
    },
    {
      name: "a prize fund and one winner's prize",
      text: prfaq({ summary: "LAGOS — The city opened a hackathon with a prize fund of 50K USD.", internalFaq: [["What does a winner get?", "Each winning team gets $5,000 and six months of mentoring."]] }),
    },
    { name: "small counts of different groups", text: prfaq({ problem: "212 nurses work on the four wards; 58 nurses joined the pilot." }) },
    {
      name: "the summary's scope, and the pilot's part of it",
      text: prfaq({ summary: "LINCOLN — The county today launched ShelfLink for its 40 libraries.", customerFaq: [["Where can I try it?", "The pilot runs in 6 libraries until June."]] }),
    },
    {
      name: "one depot of twelve in the summary, all of them in the FAQ",
      text: prfaq({ summary: "HULL — Northern Haulage today opened DockSlot at one of its 12 depots.", customerFaq: [["Which depots have it?", "Only the Hull depot, with 3 loading bays."]] }),
    },
    {
      name: "a count the FAQ expects, not one it states",
      text: prfaq({ summary: "ELY — Fenland Hire today launched FixFast for the 60 tractors in its fleet.", internalFaq: [["How big will the fleet get?", "We will have 75 tractors by 2029."]] }),
    },
    {
      name: "a ceiling in the FAQ is not the scope",
      text: prfaq({ summary: "BRISTOL — Wessex Water today opened LeakLog to 40 plumbing firms.", customerFaq: [["How many firms can join?", "The service can take up to 60 firms a month."]] }),
    },
    {
      name: "two monthly prices, for two plans",
      text: prfaq({ gettingStarted: "A household costs £5 per month.", customerFaq: [["What about landlords?", "A landlord costs £8 per month, whatever the number of flats."]] }),
    },
    {
      name: "a price per seat per month, then per seat per year",
      text: prfaq({ gettingStarted: "Quillpad costs $4 per seat per month.", customerFaq: [["Is there a yearly rate?", "Yes, it costs $40 per seat per year."]] }),
    },
  ],
  invalid: [
    {
      name: "the summary's count of tractors, another count in the FAQ",
      text: prfaq({ summary: "ELY — Fenland Hire today launched FixFast, a repair service for the 60 tractors in its hire fleet.", internalFaq: [["How big is the fleet?", "The fleet has 75 tractors, serviced at the Ely yard."]] }),
      errors: [{ at: "The fleet has 75", message: /"75 tractors" here, but "60" in the summary/ }],
    },
    {
      name: "shipping lines counted in the summary, and again in the FAQ",
      text: prfaq({ summary: "FELIXSTOWE — The port today opened BerthBook for the 14 shipping lines that call at the port.", customerFaq: [["Who can book a berth?", "All 18 shipping lines that call at the port."]] }),
      errors: [{ at: "All 18 shipping lines", message: "18" }],
    },
    {
      name: "opened to one count of firms, delivered to another",
      text: prfaq({ summary: "BRISTOL — Wessex Water today opened LeakLog to 40 plumbing firms.", customerFaq: [["Who receives the leak reports?", "Reports go to 55 plumbing firms across the region."]] }),
      errors: [{ at: "Reports go to 55", message: /"55 firms" here, but "40" in the summary/ }],
    },
    {
      name: "growers are not growth: a count in a sentence about growers is still compared",
      text: prfaq({ summary: "HEREFORD — The Growers' Cooperative today launched FrostLine, which reads 2,400 sensors across members' orchards.", customerFaq: [["How many sensors are there?", "The cooperative has bought 3,000 sensors."]] }),
      errors: [{ at: "The cooperative has bought", message: "3,000" }],
    },
    {
      name: "a price per lesson-hour, stated twice",
      text: prfaq({ gettingStarted: "A tutor costs a family £30 per lesson-hour.", customerFaq: [["What is the rate?", "The rate is £35 per lesson-hour, paid monthly."]] }),
      errors: [{ at: "The rate is", message: /"£35" here, but "£30"/ }],
    },
    {
      name: "a price per scan, stated twice",
      text: prfaq({ solution: "ScanShare costs a clinic $12 per scan.", internalFaq: [["How is it billed?", "Clinics are billed $15 per scan at the end of each month."]] }),
      errors: [{ at: "Clinics are billed", message: "$15" }],
    },
    {
      name: "ten times faster in the headline, two to five times in the FAQ",
      text: prfaq({ headline: "BuildBee Makes Test Suites Run 10 Times Faster", customerFaq: [["How much faster?", "In trials on 40 repositories, test suites ran 2x to 5x faster."]] }),
      errors: [{ at: "In trials on 40", message: /"2x to 5x faster" here, but "10 Times Faster" on line 1/ }],
    },
    {
      name: "a prize fund of 50K USD, then 100K USD",
      text: prfaq({ summary: "LAGOS — The city opened a hackathon with a prize fund of 50K USD.", internalFaq: [["Who pays for it?", "The city and two banks share the 100K USD prize fund."]] }),
      errors: [{ at: "The city and two banks", message: "100K" }],
    },
    {
      name: "two prices for the same plan",
      text: prfaq({ gettingStarted: "The Family plan is £8 per month.", customerFaq: [["What does it cost?", "The Family plan costs £10 per month for up to five people."]] }),
      errors: [{ at: "The Family plan costs", message: "£10" }],
    },
    {
      name: "50K users here, 100K users there",
      text: prfaq({ summary: "OSLO — Notely, used by 50K users, today launched an importer.", customerFaq: [["Who asked for it?", "Our 100,000 users asked for it in the 2026 survey."]] }),
      errors: [{ at: "Our 100,000 users", message: "100,000" }],
    },
  ],
});
