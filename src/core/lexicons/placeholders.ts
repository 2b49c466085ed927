import type { PhraseLexicon } from "./types";

export const placeholders: PhraseLexicon = {
  name: "placeholders",
  description: "Template text and placeholders that were never filled in.",
  entries: [
    "re:\\[(?:insert|add|your|customer|company|product|name|title|date|city|location|quote|tbd|todo|link|url|ceo|cto|cfo|leader|owner|media|investor|contact|target|spokesperson|repository|license|company|team|competitor|competitors|price|pricing|amount)[^\\]\\n]{0,40}\\]",
    "re:\\[[^\\]\\n]{0,30}\\b(?:name|title|date|city|location|company|quote|url|link)\\](?!\\()",
    "re:<(?:insert|your|product|company|customer|name|title|date)[^>\\n]{0,40}>",
    "re:<[a-z][^<>\\n]{0,30}\\b(?:name|title|date|city|location|company|quote|url|link)>",
    "re:\\{\\{[^}\\n]{1,40}\\}\\}",
    "re:\\bTODO\\b",
    "re:\\bTBD\\b(?=[:\\s]*$)",
    "re:\\bXXX+\\b",
    "re:\\bFIXME\\b",
    "John Doe",
    "Jane Doe",
    "Acme Corp",
    "ACME Corp",
    "lorem ipsum",
    "Quote from You",
    "Sample Person",
    "describe how easy it is to get started",
    "insert quote here",
    "a quote from a spokesperson in your company",
    "re:\\b(?:Mr|Ms)\\.\\s+(?:CTO|CEO|Customer)\\b",
  ],
};
