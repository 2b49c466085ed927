import type { PhraseLexicon } from "./types";

/**
 * Stack vocabulary. A few terms are fine; a problem or solution paragraph
 * made mostly of them is about our technology, not the customer.
 */
export const techTerms: PhraseLexicon = {
  name: "tech-terms",
  description: "Technology and architecture vocabulary, used to spot paragraphs about our stack rather than the customer.",
  entries: [
    "api", "apis", "sdk", "graphql", "grpc", "json", "yaml", "xml", "sql", "nosql", "postgres", "postgresql",
    "mysql", "mongodb", "redis", "kafka", "msk", "kinesis", "debezium", "cdc", "etl", "elt", "hadoop",
    "snowflake", "databricks", "kubernetes", "k8s", "docker", "microservice", "microservices",
    "serverless", "lambda", "aws", "azure", "gcp", "cloud-native", "terraform", "cdk", "ci/cd", "backend", "back-end", "frontend", "front-end", "middleware", "schema", "schemas", "endpoint", "endpoints",
    "webhook", "webhooks", "oauth", "jwt", "sso", "saml", "encryption", "tls", "llm", "llms", "gpt", "transformer",
    "transformers", "embedding", "embeddings", "vector database", "vector store", "fine-tuning", "fine-tuned",
    "neural network", "neural networks", "deep learning", "machine learning", "ml", "ai", "genai", "generative ai",
    "artificial intelligence", "nlp", "computer vision", "inference", "training data", "algorithm",
    "algorithms", "blockchain", "distributed ledger", "smart contract", "smart contracts", "nft", "nfts",
    "tokenized", "tokenised", "web3", "hyperledger", "hyperledger fabric", "ethereum", "solidity",
    "iot", "sensor", "sensors", "edge computing", "5g", "vr", "metaverse", "quantum",
    "architecture", "infrastructure", "tech stack", "erp", "crm", "data lake", "data warehouse", "orchestration", "scalability", "latency", "throughput",
    "cluster", "clusters", "shard", "sharding", "replication", "caching", "indexing", "runtime",
    "compiler", "oprf", "rfc", "dids", "merkle", "smote", "ensemble", "ensembles", "bayesian", "hyperparameter",
    "hyperparameters", "xgboost", "random forest", "opensearch", "elasticsearch", "bedrock", "sagemaker", "openai",
    // Cloud services and the parts of a stack that press releases list by name.
    "dynamodb", "s3", "sns", "sqs", "ec2", "ecs", "eks", "fargate", "cloudfront", "api gateway", "cognito", "step functions",
    "eventbridge", "cloudwatch", "rds", "aurora", "athena", "firehose", "amplify", "cloud run", "cloud functions", "bigquery",
    "firebase", "supabase", "vercel", "heroku", "next.js", "node.js", "nodejs", "typescript", "javascript", "python",
    "golang", "sqlite", "prometheus", "grafana", "loki", "opentelemetry", "otel", "mcp", "mcp server", "mcp servers",
    "flink", "spark", "airflow", "spacy", "presidio", "regex", "named entity recognition", "ner", "cli", "daemon",
    "websocket", "websockets", "rest api", "http", "grpc", "protobuf", "event-driven", "pub/sub", "message queue",
    "multi-agent", "vision model", "language model", "language models", "zero-shot", "few-shot", "rag", "monte carlo",
  ],
};
