import type { PhraseLexicon } from "./types";

/**
 * Acronyms any reader of a PR/FAQ knows. Others should be spelled out once;
 * add your organisation's common ones in `.prfaq.yml`.
 */
export const knownAcronyms: PhraseLexicon = {
  name: "known-acronyms",
  description: "Acronyms readers know without a definition; extend it with your organisation's common ones.",
  inflects: false,
  entries: [
    "AI", "API", "APIs", "FAQ", "FAQs", "PR", "PRFAQ", "CEO", "CTO", "CFO", "COO", "CIO", "CMO", "CPO", "VP", "SVP", "EVP",
    "HR", "IT", "PDF", "URL", "URLs", "SMS", "GPS", "USB", "TV", "PC", "PM", "AM", "OK", "ID", "IDs", "US", "USA", "UK",
    "EU", "UN", "NYC", "LA", "SF", "DC", "NHS", "NASA", "FBI", "GDP", "VAT", "GST", "ATM", "PIN", "QR", "HTML", "CSS",
    "HTTP", "HTTPS", "WWW", "DIY", "FYI", "ETA", "ASAP", "TBD", "TODO", "N/A", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY",
    "B2B", "B2C", "SaaS", "iOS", "MP3", "DVD", "CD", "LED", "LCD", "RSVP", "BBC", "CNN", "NBA", "NFL", "FIFA", "MBA", "PhD",
    "MD", "RN", "DDS", "CPA", "GmbH", "LLC", "LTD", "INC", "PLC", "AG", "SA", "NY", "CA", "TX", "WA", "MA", "IL", "FL",
    "GB", "MB", "KB", "TB", "GHz", "AWS", "IBM", "NGO", "NGOs", "SUV", "EV", "EVs", "CO2", "PPE", "ICU", "ER", "GP", "A&E",
    "MVP", "KPI", "KPIs", "ROI", "CRM", "SQL", "JSON", "CSV", "XML", "UI", "UX", "OS", "SDK", "CLI", "V1", "V2", "APAC",
    "EMEA", "LATAM", "CEST", "CET", "GMT", "UTC", "EST", "PST", "AI-powered", "ASL", "SOS", "OTP", "VPN", "WiFi", "NPS",
  ],
};
