import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/server";
import { clientAddressOf, parseProxyTrust } from "../../src/server/auth/client-address";
import { SIGN_IN_LIMITS } from "../../src/server/auth/rate-limit";
import { Client, createTestDatabase, DATABASE_KINDS, localWorkspace, startOn, type Member, type TestDatabase, type Workspace } from "./helpers";

const PASSWORD = "the right password 42";

describe("the client address behind proxies", () => {
  it("is the rightmost hop no trusted proxy wrote, whatever the client puts in X-Forwarded-For", () => {
    const oneHop = parseProxyTrust(true);
    expect(oneHop).toEqual({ hops: 1 });
    expect(clientAddressOf("10.0.0.2", "6.6.6.6, 203.0.113.7", oneHop as { hops: number })).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.2", "203.0.113.7", { hops: 2 })).toBe("203.0.113.7");
    expect(clientAddressOf("10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", { hops: 2 })).toBe("203.0.113.7");
    const listed = parseProxyTrust("10.0.0.0/24, 192.0.2.1") as { proxies: string[] };
    expect(clientAddressOf("::ffff:10.0.0.3", "6.6.6.6, 203.0.113.7, 10.0.0.2", listed)).toBe("203.0.113.7");
    // A peer that is not a listed proxy is the client itself, whatever it claims.
    expect(clientAddressOf("198.51.100.9", "203.0.113.7", listed)).toBe("198.51.100.9");
    expect(clientAddressOf("198.51.100.9", "203.0.113.7", null)).toBe("198.51.100.9");
    expect(parseProxyTrust("0")).toBeNull();
    expect(parseProxyTrust("proxy.example")).toMatch(/--trust-proxy takes a number of proxies, or their addresses/);
  });
});

describe.each(DATABASE_KINDS)("sign-in limits on %s", (kind) => {
  let db: TestDatabase;
  let server: RunningServer;
  let ws: Workspace;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    // Behind one proxy: the address each test sends last in X-Forwarded-For is the one the proxy saw.
    server = await startOn(db, { trustProxy: 1 });
    ws = await localWorkspace(server);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function withPassword(name: string): Promise<Member> {
    const member = await ws.invite(name, "editor");
    expect((await member.client.post("/api/account/password", { newPassword: PASSWORD })).status).toBe(204);
    return member;
  }

  const from = (address: string, spoofed = "") => ({ "x-forwarded-for": spoofed ? `${spoofed}, ${address}` : address });
  const signInFrom = (client: Client, email: string, password: string, address: string, spoofed = "") =>
    client.request("POST", "/api/session", { email, password }, from(address, spoofed));

  it("counts each attempt before checking its password: of 100 guesses sent at once, at most 5 are checked", async () => {
    const target = await withPassword("Raced");
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 60 ? PASSWORD : `wrong guess number ${i}`));
    const replies = await Promise.all(guesses.map((password) => signInFrom(new Client(server.url), target.email, password, "203.0.113.10")));
    const statuses = replies.map((r) => r.status);
    const checked = statuses.filter((s) => s === 200 || s === 401).length;
    expect(statuses.every((s) => s === 200 || s === 401 || s === 429)).toBe(true);
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMITS.pair);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100 - SIGN_IN_LIMITS.pair);
  });

  it("takes the address a trusted proxy saw, so a client changing X-Forwarded-For per request gains nothing", async () => {
    // One address trying many accounts, writing a new address of its own into the header each time.
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.address + 3; i++) {
      statuses.push((await signInFrom(new Client(server.url), `sprayed.${i}@example.com`, "a common password", "203.0.113.20", `198.51.100.${i}`)).status);
    }
    expect(statuses.slice(0, SIGN_IN_LIMITS.address).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(SIGN_IN_LIMITS.address)).toEqual([429, 429, 429]);
  });

  it("slows a stranger without locking the owner out, and the wait grows rather than becoming a lock", async () => {
    const owner = await withPassword("Olive");
    const laptop = new Client(server.url);
    expect((await signInFrom(laptop, owner.email, PASSWORD, "192.0.2.50")).status).toBe(200);

    const stranger = new Client(server.url);
    for (let i = 0; i < SIGN_IN_LIMITS.pair; i++) expect((await signInFrom(stranger, owner.email, `guess ${i} guess`, "203.0.113.30")).status).toBe(401);
    const first = await signInFrom(stranger, owner.email, PASSWORD, "203.0.113.30");
    expect(first.status).toBe(429);
    const wait = Number(first.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    // The owner, elsewhere, is not held up by the stranger's guesses.
    expect((await signInFrom(new Client(server.url), owner.email, PASSWORD, "192.0.2.60")).status).toBe(200);

    // Many addresses guessing one account: new browsers wait (a delay of at most 15 minutes), the owner's own browser doesn't.
    for (let i = 0; i < SIGN_IN_LIMITS.account; i++) await signInFrom(new Client(server.url), owner.email, `spread guess ${i}`, `203.0.113.${100 + i}`);
    const newBrowser = await signInFrom(new Client(server.url), owner.email, PASSWORD, "192.0.2.70");
    expect(newBrowser.status).toBe(429);
    expect(Number(newBrowser.headers.get("retry-after"))).toBeLessThanOrEqual(15 * 60);
    // The same browser, signed out since: only its device cookie remains.
    const sameLaptop = new Client(server.url);
    sameLaptop.cookie = laptop.jar.get("prfaq_device") ?? null;
    expect(sameLaptop.cookie).toMatch(/^prfaq_device=/);
    expect((await signInFrom(sameLaptop, owner.email, PASSWORD, "192.0.2.71")).status).toBe(200);
  });

  it("rate-limits the current-password check of a password change, and requires the current password once one exists", async () => {
    const holder = await withPassword("Hal");
    expect((await holder.client.post("/api/account/password", { newPassword: "no current password given" })).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMITS.pair + 2; i++) {
      statuses.push((await holder.client.request("POST", "/api/account/password", { currentPassword: `guess ${i} guess`, newPassword: "taken over at last" }, from("203.0.113.40"))).status);
    }
    expect(statuses.slice(0, SIGN_IN_LIMITS.pair)).toEqual(Array(SIGN_IN_LIMITS.pair).fill(403));
    expect(statuses.slice(SIGN_IN_LIMITS.pair)).toEqual([429, 429]);
    const right = await holder.client.request("POST", "/api/account/password", { currentPassword: PASSWORD, newPassword: "taken over at last" }, from("203.0.113.40"));
    expect(right.status).toBe(429);
  });
});
