/** A problem with how prfaq was called or with its input: one line, exit code 2. */
export class UserError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/**
 * Runs work that uses the workspace server's modules, turning the errors it
 * raises for people (a bad database URL, an unknown account) into UserErrors.
 */
export async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  const { ServeError } = await import("../server/errors");
  try {
    return await work();
  } catch (err) {
    if (err instanceof ServeError) throw new UserError(err.message);
    throw err;
  }
}
