import type { PhraseLexicon } from "./types";

/**
 * Products customers commonly use instead. Teams add their own competitors in
 * `.prfaq.yml` (`lexicons: { competitors: [...] }`) so a named alternative is
 * recognised.
 */
export const competitors: PhraseLexicon = {
  name: "competitors",
  description: "Named products and services that customers may use today; extend it with your own competitors.",
  inflects: false,
  entries: [
    "salesforce", "hubspot", "pipedrive", "zoho", "microsoft dynamics", "excel", "google sheets", "google docs",
    "evernote", "onenote", "confluence", "jira", "trello", "asana", "monday.com", "slack", "microsoft teams",
    "whatsapp", "telegram", "mailchimp", "quickbooks", "xero", "stripe", "paypal", "shopify", "wordpress", "wix", "squarespace", "dropbox", "google drive", "onedrive", "github", "gitlab",
    "bitbucket", "chatgpt", "copilot", "zendesk", "intercom", "freshdesk", "servicenow", "workday", "sap", "oracle",
    "tableau", "power bi", "looker", "airtable", "calendly", "doodle", "uber", "lyft", "airbnb", "booking.com",
    "expedia", "etsy", "ebay", "google maps", "waze", "strava", "myfitnesspal", "duolingo", "blackboard", "moodle", "docusign", "twilio", "datadog", "splunk", "pagerduty", "control tower",
  ],
};
