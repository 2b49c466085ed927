import type { PhraseLexicon } from "./types";

/** Attributions that name nobody: a quote from "a customer" could be from anyone, or no one. */
export const anonymousSpeakers: PhraseLexicon = {
  name: "anonymous-speakers",
  description: "Quote attributions that name no one (\"said a customer\", \"one user\").",
  entries: [
    "re:^(?:an?|one|another|our|some|the|many)\\s+(?:(?:very|really|happy|satisfied|delighted|early|beta|pilot|loyal|longtime|long-time|typical|enthusiastic|real|existing|current|anonymous|excited|thrilled|big|major|large|small|local|fortune 500|enterprise|sme|smb)\\s+){0,3}(?:customers?|users?|clients?|buyers?|shoppers?|testers?|members?|parents?|patients?|students?|developers?|engineers?|teams?|companies|company|partners?|owners?|employees?|subscribers?|fans?|people|persons?|person|visitors?|readers?|reviewers?|advocates?|champions?|practitioners?|analysts?|managers?|admins?|administrators?|sellers?|merchants?|hosts?|guests?|travellers?|travelers?|drivers?|riders?|farmers?|nurses?|doctors?|teachers?)\\b",
    "re:^(?:anonymous|a source|sources|someone|somebody|a friend|customers?|users?)\\b",
  ],
};
