/**
 * What compiling the lexicons works out from their text alone, done once by
 * the build instead of at every start: `scripts/build.mjs` replaces this
 * module's `null` with the tables `precompileLexicons` records for the
 * default lexicons. A one-file `prfaq check` spends much of its life before
 * the engine has warmed up; these are the steps that cost most there.
 *
 * Each table is keyed by its input (a pattern's source, an entry's text), so
 * an entry edited or added since the build is simply not found and is worked
 * out as before. Source runs (tests, the web bundle) see `null`.
 */
export const PRECOMPILED_LEXICONS: string | null = null;
