import type { ContentfulStatusCode } from "hono/utils/http-status";

export type ErrorCode =
  | "bad_json"
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "csrf"
  | "not_found"
  | "stale_revision"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "busy"
  | "internal";

export interface HttpErrorOptions {
  /** The request field that is wrong, for `invalid`. */
  field?: string;
  /** Extra top-level fields of the response body (e.g. `current` on a stale save). */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An error meant for the API client: it becomes `{ error: { code, message } }` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly options: HttpErrorOptions = {},
  ) {
    super(message);
    this.name = "HttpError";
  }

  toBody(): Record<string, unknown> {
    const error: Record<string, unknown> = { code: this.code, message: this.message };
    if (this.options.field) error.field = this.options.field;
    return { error, ...this.options.extra };
  }
}

export const notFound = (what: string) => new HttpError(404, "not_found", `No ${what} with this id, or you can't see it.`);
export const forbidden = (message: string) => new HttpError(403, "forbidden", message);
export const invalid = (field: string, message: string) => new HttpError(400, "invalid", message, { field });
export const conflict = (message: string) => new HttpError(409, "conflict", message);

/** A problem the person running `prfaq serve`, `user` or `workspace` can fix: one line, no stack trace. */
export class ServeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServeError";
  }
}
