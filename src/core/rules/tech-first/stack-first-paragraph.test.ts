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
    {
      name: "a paragraph that opens and closes with what the user gets, the stack only as the means",
      text: prfaq({
        solution:
          "Tally lets a developer ask their editor what it did overnight, in plain words. It switches on OpenTelemetry and ships every event to a local Prometheus, Loki and Grafana stack. " +
          "Costs come back as a link to a chart, and nothing leaves the laptop.",
      }),
    },
  ],
  invalid: [
    {
      name: "a stack-heavy table is one point in its part: the other rows are advice",
      text: prfaq({
        solution: md`
          | Layer | Mechanism | Latency |
          |---|---|---|
          | 1 | Presidio regex recognizers with spaCy NER and a GLiNER model over Kafka | 5 ms |
          | 2 | Flink SQL windows over Kafka topics with a Redis cache and a PostgreSQL store | 20 ms |
        `,
      }),
      errors: [
        { at: "| 1 | Presidio", message: "technology", severity: "warning" },
        { at: "| 2 | Flink", message: "technology", severity: "info" },
      ],
    },
    {
      name: "the point is made where the stack is densest, the lighter paragraph is advice",
      text: prfaq({
        solution:
          "The scanner samples each Kafka topic with Flink SQL windows and sends what it finds to the steward's queue every hour, with a summary by owner and topic.\n\n" +
          "Presidio regex, spaCy NER, GLiNER and Kafka Streams run in a Flink job.",
      }),
      errors: [
        { at: "The scanner samples", message: "kafka", severity: "info" },
        { at: "Presidio regex", message: "technology", severity: "warning" },
      ],
    },
    {
      name: "the same stack with the customer only at the start",
      text: prfaq({
        solution:
          "Tally lets a developer ask their editor what it did overnight, in plain words. It switches on OpenTelemetry and ships every event to a local Prometheus, Loki and Grafana stack.",
      }),
      errors: [{ at: "Tally lets", message: "prometheus" }],
    },
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
