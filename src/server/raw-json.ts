import { randomBytes } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * JSON text already stored in the database (a revision's findings and
 * verdict), sent on as it is: parsing it only to serialise it again was the
 * largest avoidable cost of reading a document.
 */
export class RawJson {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

// A secret per process: no string a user stores can pose as a marker.
const NONCE = randomBytes(9).toString("base64url");
const MARKER = `\u0000raw:${NONCE}:`;
const MARKER_PATTERN = new RegExp(`"\\\\u0000raw:${NONCE}:(\\d+)"`, "g");

/** A copy of `value` with each RawJson replaced by a marker string (before JSON.stringify would call toJSON). */
function withMarkers(value: unknown, raws: string[]): unknown {
  if (value instanceof RawJson) {
    raws.push(value.json);
    return `${MARKER}${raws.length - 1}`;
  }
  if (Array.isArray(value)) return value.map((v) => withMarkers(v, raws));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = withMarkers(v, raws);
    return copy;
  }
  return value;
}

/** A JSON response in which every RawJson value is spliced in verbatim. */
export function jsonWithRaw(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  const raws: string[] = [];
  const text = JSON.stringify(withMarkers(body, raws));
  const spliced = raws.length ? text.replace(MARKER_PATTERN, (_m, i: string) => raws[Number(i)]) : text;
  return c.body(spliced, status, { "Content-Type": "application/json; charset=UTF-8" });
}
