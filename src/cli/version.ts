import { packageInfo } from "../server/paths";

/** The version in package.json, found the same way from src/, dist/cli/ and a bundle chunk. */
export const VERSION = packageInfo()?.version ?? "0.0.0";
