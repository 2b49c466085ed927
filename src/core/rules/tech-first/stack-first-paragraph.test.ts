import { md, prfaq, testRule } from "../../../../test/rule-tester";
import rule from "./stack-first-paragraph";

const SCANNER =
  "Shoal Audit reads each MCP server's source, lists the MCP tools an agent can call, and flags any tool argument that reaches a shell, with a JSON report a reviewer reads before MCP servers are installed.";

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
    {
      name: "the technology the headline names is the product's field",
      text: md`
        # Shoal Audit Finds Shell Injection in MCP Servers Before They Ship
        ### Solution
        ${SCANNER}
      `,
    },
  ],
  invalid: [
    {
      name: "the same paragraph under a headline that names another field",
      text: md`
        # Shoal Audit Keeps Coding Agents From Running Dangerous Commands
        ### Solution
        ${SCANNER}
      `,
      errors: [{ line: 3, message: "mcp" }],
    },
    {
      name: "cloud services listed by name in the solution",
      text: prfaq({
        solution: "The platform is built entirely on AWS: Lambda functions behind API Gateway, DynamoDB for match state, and CloudFront for the pages fans load during a game.",
      }),
      errors: [{ at: "The platform is built", message: "dynamodb" }],
    },
    {
      name: "a local observability stack as the solution",
      text: prfaq({
        solution: "Tally switches on OpenTelemetry in the editor and ships every event to a local Prometheus, Loki and Grafana stack, then answers questions about it.",
      }),
      errors: [{ at: "Tally switches on", message: "prometheus" }],
    },
    {
      name: "a solution made of architecture",
      text: prfaq({ solution: "GrainChain deploys Hyperledger Fabric nodes in every elevator and uses IoT sensors and NFTs to represent grain lots. It leverages AI and blockchain synergies." }),
      errors: [{ at: "GrainChain deploys", message: "hyperledger fabric" }],
    },
  ],
});
