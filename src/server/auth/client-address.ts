import { BlockList, isIP } from "node:net";

/**
 * Which reverse proxies in front of the server may be believed about the
 * client's address: a number of hops (each proxy appends the address it saw
 * to X-Forwarded-For), or the proxies' own addresses and subnets.
 */
export type ProxyTrust = { hops: number } | { proxies: string[] };

/**
 * `--trust-proxy` with no value means one proxy; a number, that many hops;
 * anything else, a comma-separated list of addresses or CIDR subnets.
 * Returns an error message for a value that is none of these.
 */
export function parseProxyTrust(value: string | boolean | number | string[] | null | undefined): ProxyTrust | null | string {
  if (value === undefined || value === null || value === false || value === "") return null;
  if (value === true) return { hops: 1 };
  if (value === 0) return null;
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 20 ? { hops: value } : "--trust-proxy takes a number of proxies between 1 and 20";
  const parts = (Array.isArray(value) ? value : value.split(",")).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1 && /^\d+$/.test(parts[0])) return parseProxyTrust(Number(parts[0]));
  const wrong = parts.filter((p) => !toSubnet(p));
  if (!parts.length || wrong.length) return `--trust-proxy takes a number of proxies, or their addresses (e.g. 10.0.0.5,10.1.0.0/16); not ${wrong.join(", ") || "an empty list"}`;
  return { proxies: parts };
}

function toSubnet(text: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const [address, prefixText] = text.split("/");
  const version = isIP(address);
  if (!version) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  return { address, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

/** An IPv4 address that arrived as ::ffff:a.b.c.d on a dual-stack socket, written plainly. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

function trustedProxies(list: string[]): (address: string) => boolean {
  const blocks = new BlockList();
  for (const entry of list) {
    const subnet = toSubnet(entry)!;
    blocks.addSubnet(plain(subnet.address), subnet.prefix, isIP(plain(subnet.address)) === 4 ? "ipv4" : "ipv6");
  }
  return (address) => {
    const version = isIP(address);
    return version !== 0 && blocks.check(address, version === 4 ? "ipv4" : "ipv6");
  };
}

/**
 * The client's address: the rightmost hop that is not a trusted proxy. The
 * chain is X-Forwarded-For followed by the socket's peer. Entries to the left
 * of the last trusted proxy were written by the client itself and prove
 * nothing, so a client can't pick its own address by sending the header.
 */
export function clientAddressOf(peer: string, forwardedFor: string | undefined, trust: ProxyTrust | null): string {
  const socket = plain(peer);
  if (!trust) return socket;
  const chain = [...(forwardedFor ?? "").split(",").map((s) => plain(s.trim())).filter(Boolean), socket];
  if ("hops" in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)];
  const isTrusted = trustedProxies(trust.proxies);
  let i = chain.length - 1;
  while (i > 0 && isTrusted(chain[i])) i -= 1;
  return chain[i];
}
