import type { Role } from "../../server/db/schema";
import { asUserError, UserError } from "../errors";
import { readStdin } from "../io/read-document";

export interface UserCommandOptions {
  data: string;
  database: string | null;
  passwordStdin: boolean;
}

async function passwordFrom(options: UserCommandOptions): Promise<{ password: string; generated: boolean }> {
  const { generatePassword } = await import("../../server/admin");
  if (!options.passwordStdin) return { password: generatePassword(), generated: true };
  const password = (await readStdin()).split(/\r?\n/)[0] ?? "";
  if (!password) throw new UserError("--password-stdin was given but standard input was empty");
  return { password, generated: false };
}

export async function runUserAdd(email: string, options: UserCommandOptions & { name: string | null; role: Role | null; workspace: string | null }): Promise<string> {
  const { addUser } = await import("../../server/admin");
  const { password, generated } = await passwordFrom(options);
  const result = await asUserError(() => addUser({ dataDir: options.data, database: options.database, email, name: options.name, role: options.role, workspace: options.workspace, password }));
  const lines = [
    result.createdWorkspace
      ? `Added ${email}, owner of the new workspace "${result.workspace}" (seeded with the example PR/FAQs).`
      : `Added ${email} to workspace "${result.workspace}" as ${result.role}.`,
  ];
  if (generated) lines.push(`Password: ${password}`, "Pass it on privately; it can be changed after signing in.");
  return lines.join("\n") + "\n";
}

export async function runUserReset(email: string, options: UserCommandOptions): Promise<string> {
  const { resetPassword } = await import("../../server/admin");
  const { password, generated } = await passwordFrom(options);
  const { revokedLinks } = await asUserError(() => resetPassword({ dataDir: options.data, database: options.database, email, password }));
  const lines = [`New password set for ${email}; every session of that account was signed out.`];
  if (revokedLinks) lines.push(`${revokedLinks} outstanding sign-in or invitation link${revokedLinks === 1 ? " was" : "s were"} revoked; whoever invited this address can send a new one.`);
  if (generated) lines.push(`Password: ${password}`);
  return lines.join("\n") + "\n";
}
