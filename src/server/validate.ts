import type { Context } from "hono";
import { HttpError, invalid } from "./errors";

export type JsonObject = Record<string, unknown>;

/** Reads a JSON object body: 415 for another content type, 400 with the parser's reason for broken JSON. */
export async function readJsonObject(c: Context): Promise<JsonObject> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpError(415, "unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.");
  }
  const text = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : "it could not be parsed";
    throw new HttpError(400, "bad_json", `The request body is not valid JSON: ${reason}.`);
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new HttpError(400, "bad_json", "The request body must be a JSON object, like {\"text\": \"…\"}.");
  }
  rejectUnstorableText(body, "");
  return body as JsonObject;
}

// eslint-disable-next-line no-control-regex -- NUL is one of the characters this must find
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string can't be stored as it was sent, or null when it can. A NUL
 * character is refused by PostgreSQL text columns, and a lone UTF-16
 * surrogate is not Unicode text at all (SQLite would store it as three
 * replacement characters): both databases must answer alike, and neither
 * may change the text silently.
 */
export function unstorableCharacterIn(value: string): string | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
  const where = `at character ${found.index + 1}`;
  if (code === "0000") return `a NUL character (U+0000) ${where}, which text can't contain`;
  return `a lone UTF-16 surrogate (U+${code}) ${where}, half of a character that is not valid Unicode text`;
}

/** 400 naming the field, for any string anywhere in the body (keys included) that can't be stored. */
function rejectUnstorableText(value: unknown, path: string): void {
  if (typeof value === "string") {
    const problem = unstorableCharacterIn(value);
    if (problem) throw invalid(path || "body", `"${path || "body"}" contains ${problem}. Remove it and send again.`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => rejectUnstorableText(item, `${path}[${index}]`));
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      const problem = unstorableCharacterIn(key);
      if (problem) throw invalid(path || "body", `A field name in the request contains ${problem}. Remove it and send again.`);
      rejectUnstorableText(item, field);
    }
  }
}

interface StringRule {
  max?: number;
  min?: number;
  trim?: boolean;
}

export function requireString(body: JsonObject, field: string, rule: StringRule = {}): string {
  const value = body[field];
  if (typeof value !== "string") throw invalid(field, `"${field}" is required and must be a string.`);
  const text = rule.trim ? value.trim() : value;
  if (rule.min !== undefined && text.length < rule.min) {
    throw invalid(field, rule.min === 1 ? `"${field}" must not be empty.` : `"${field}" must be at least ${rule.min} characters.`);
  }
  if (rule.max !== undefined && text.length > rule.max) throw invalid(field, `"${field}" must be at most ${rule.max} characters.`);
  return text;
}

export function optionalString(body: JsonObject, field: string, rule: StringRule = {}): string | null {
  return body[field] === undefined || body[field] === null ? null : requireString(body, field, rule);
}

export function requireOneOf<T extends string>(body: JsonObject, field: string, choices: readonly T[]): T {
  const value = body[field];
  if (typeof value !== "string" || !choices.includes(value as T)) {
    throw invalid(field, `"${field}" must be one of: ${choices.join(", ")}.`);
  }
  return value as T;
}

export function optionalOneOf<T extends string>(body: JsonObject, field: string, choices: readonly T[]): T | null {
  return body[field] === undefined || body[field] === null ? null : requireOneOf(body, field, choices);
}

export function optionalInteger(body: JsonObject, field: string, min = 0): number | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) throw invalid(field, `"${field}" must be a whole number, ${min} or more.`);
  return value;
}

export function requireInteger(body: JsonObject, field: string, min = 0): number {
  const value = optionalInteger(body, field, min);
  if (value === null) throw invalid(field, `"${field}" is required and must be a whole number.`);
  return value;
}

export function optionalBoolean(body: JsonObject, field: string): boolean | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== "boolean") throw invalid(field, `"${field}" must be true or false.`);
  return value;
}

export function stringArray(body: JsonObject, field: string, max = 100): string[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string") || value.length > max) {
    throw invalid(field, `"${field}" must be a list of at most ${max} strings.`);
  }
  return value as string[];
}

export function integerArray(body: JsonObject, field: string, max = 100): number[] {
  const value = body[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "number" || !Number.isInteger(v) || v < 0) || value.length > max) {
    throw invalid(field, `"${field}" must be a list of whole numbers.`);
  }
  return value as number[];
}

/** A route parameter that must be a positive whole number (revision numbers). */
export function positiveIntegerParam(value: string, what: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) throw new HttpError(404, "not_found", `No ${what} ${value}.`);
  return Number(value);
}
