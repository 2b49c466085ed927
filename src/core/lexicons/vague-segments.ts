import type { PhraseLexicon } from "./types";

export const vagueSegments: PhraseLexicon = {
  name: "vague-segments",
  description: "Segments so broad that nobody in particular is the customer.",
  entries: [
    "enterprise customers broadly", "enterprise customers", "enterprises", "businesses of all sizes",
    "businesses of every size", "companies of all sizes", "organizations of all sizes", "organisations of all sizes",
    "every industry", "all industries", "any industry", "everyone", "everybody", "anyone", "anybody",
    "all users", "any user", "users", "users everywhere", "customers everywhere", "teams everywhere", "people everywhere",
    "sales teams everywhere", "SMBs", "SMB", "SMEs", "small and medium businesses", "small and medium-sized businesses",
    "small and mid-sized businesses", "mid-market", "the mass market", "consumers", "all consumers", "the general public",
    "businesses", "companies", "organizations", "organisations", "stakeholders", "end users", "all customers",
    "a wide range of customers", "a broad range of users", "a wide variety of users", "anyone who", "whoever",
    "startups, SMBs", "from startups to enterprises", "from startups to the fortune 500",
  ],
};
