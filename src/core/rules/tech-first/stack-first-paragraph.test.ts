import { prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./stack-first-paragraph";

testRule(rule, {
  valid: [
    prfaq(),
    { name: "one technology in a customer paragraph", text: prfaq({ solution: "BusBell reads the GPS position each bus already reports. When the bus is five minutes from a child's stop, the parent gets a text." }) },
    { name: "a stack paragraph in the internal FAQ", text: prfaq({ internalFaq: [["How is it built?", "A Kafka consumer reads the depot API, a Redis cache keeps positions, and a Lambda sends texts through the SMS gateway."]] }) },
    {
      name: "technology told as what the customer keeps and pays",
      text: prfaq({
        solution:
          "Ledgerly runs on your own Postgres database, your Stripe API and a Python script on your servers; no API key or JSON export leaves your Kubernetes cluster.",
      }),
    },
  ],
  invalid: [
    {
      name: "a solution made of architecture",
      text: prfaq({ solution: "GrainChain deploys Hyperledger Fabric nodes in every elevator and uses IoT sensors and NFTs to represent grain lots. It leverages AI and blockchain synergies." }),
      errors: [{ at: "GrainChain deploys", message: "hyperledger fabric" }],
    },
  ],
});
