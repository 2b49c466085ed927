import type { PhraseLexicon } from "./types";

/** Phrases that make a technology the goal instead of a customer outcome. */
export const technologyGoals: PhraseLexicon = {
  name: "technology-goals",
  description: "A technology named as the goal rather than as the means to a customer outcome.",
  entries: [
    "re:\\b(?:implement|adopt|deploy|use|leverage|embrace|bring|roll out|integrate)(?:ing|s|ed)?\\s+(?:a |an |the |our )?(?:amazon bedrock|bedrock|generative ai|genai|gen ai|ai|artificial intelligence|machine learning|ml|llms?|large language models?|blockchain|distributed ledgers?|web3|nfts?|the metaverse|metaverse|kubernetes|microservices|the cloud|cloud|serverless|crypto(?:currency)?|quantum computing|iot|big data|chatgpt|gpt-?\\d?)\\b",
    "re:\\b(?:ai|genai|blockchain|web3|cloud|data|digital|ml|crypto|metaverse|iot|llm) strategy\\b",
    "re:\\bno (?:ai|genai|blockchain|web3|cloud|digital|ml|crypto|metaverse) strategy\\b",
    "re:\\b(?:a|an|our|the) (?:blockchain|web3|ai|genai|llm|nft|metaverse|crypto) platform\\b",
    "digital transformation", "drive digital transformation", "ai-first", "ai first", "blockchain-based", "ai-powered",
    "ai powered", "powered by ai", "powered by blockchain", "seen as an innovator",
    "be seen as innovative", "innovation leader", "future-proof", "future proof", "tokenized", "tokenised",
    "smart contract", "smart contracts", "immutable ledger", "distributed ledger", "hyperledger", "web3 integrations",
  ],
};
