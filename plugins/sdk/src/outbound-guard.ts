import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Which destinations outbound HTTP may reach. Public addresses always; the
 * others (loopback, private, link-local, shared, ...) only when allowed here,
 * so a URL a user typed (a channel's `baseUrl`, later a webhook endpoint)
 * cannot make the server call itself, its network or a cloud metadata service.
 */
export interface OutboundPolicy {
  /** Lets requests reach loopback addresses (127.0.0.0/8, ::1, `localhost`): development and tests. */
  allowLoopback?: boolean;
  /**
   * Non-public destinations allowed anyway, each `host`, `host:port`, an IP
   * address (`[v6]:port` with a port) or a CIDR block: e.g.
   * `['127.0.0.1:4010', '10.0.0.0/8', 'crm.internal:8443']`.
   */
  allow?: readonly string[];
}

/** Why an address is not public. */
export type AddressRange = 'loopback' | 'private' | 'link-local' | 'shared' | 'unspecified' | 'multicast' | 'reserved';

const OUTBOUND_BLOCKED = Symbol.for('@rapport/plugin-sdk/OutboundBlockedError');

/** A request refused by the outbound guard before any connection was made. */
export class OutboundBlockedError extends Error {
  override name = 'OutboundBlockedError';
  readonly [OUTBOUND_BLOCKED] = true;
  /** The refused URL (a redirect's target when the refusal came on a redirect). */
  readonly url: string;

  constructor(url: URL, reason: string) {
    super(`Requests to ${url.host} are not allowed: ${reason}`);
    this.url = url.toString();
  }
}

export function isOutboundBlockedError(error: unknown): error is OutboundBlockedError {
  return typeof error === 'object' && error !== null && OUTBOUND_BLOCKED in error;
}

const NON_PUBLIC_RANGES: ReadonlyArray<[AddressRange, string, number, 'ipv4' | 'ipv6']> = [
  ['unspecified', '0.0.0.0', 8, 'ipv4'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['shared', '100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['link-local', '169.254.0.0', 16, 'ipv4'], // includes the cloud metadata service 169.254.169.254
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['multicast', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['unspecified', '::', 128, 'ipv6'],
  ['loopback', '::1', 128, 'ipv6'],
  ['reserved', '::', 96, 'ipv6'], // IPv4-compatible, deprecated
  ['private', 'fc00::', 7, 'ipv6'], // unique local, includes AWS's metadata fd00:ec2::254
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['private', 'fec0::', 10, 'ipv6'], // site-local, deprecated
  ['multicast', 'ff00::', 8, 'ipv6'],
];

const RANGE_LISTS: ReadonlyArray<[AddressRange, BlockList]> = (() => {
  const lists = new Map<AddressRange, BlockList>();
  for (const [range, network, prefix, family] of NON_PUBLIC_RANGES) {
    if (!lists.has(range)) lists.set(range, new BlockList());
    lists.get(range)!.addSubnet(network, prefix, family);
  }
  // Most specific first: ::1 is loopback before it is part of ::/96.
  const order: AddressRange[] = ['loopback', 'unspecified', 'link-local', 'private', 'shared', 'multicast', 'reserved'];
  return order.map((range) => [range, lists.get(range)!] as [AddressRange, BlockList]);
})();

/**
 * The non-public range an IP address falls in, or null for a public address.
 * IPv6 addresses that carry an IPv4 address (mapped ::ffff:a.b.c.d, NAT64
 * 64:ff9b::/96, 6to4 2002::/16) are judged by that IPv4 address.
 */
export function classifyAddress(address: string): AddressRange | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) throw new TypeError(`Not an IP address: ${address}`);
  const embedded = family === 6 ? embeddedIPv4(bare) : null;
  if (embedded) return classifyAddress(embedded);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return RANGE_LISTS.find(([, list]) => list.check(bare, type))?.[0] ?? null;
}

function embeddedIPv4(ipv6: string): string | null {
  const groups = ipv6Groups(ipv6);
  const zeros = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const dotted = (high: number, low: number) => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
  if (zeros(0, 5) && groups[5] === 0xffff) return dotted(groups[6], groups[7]); // ::ffff:0:0/96
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return dotted(groups[6], groups[7]); // 64:ff9b::/96
  if (groups[0] === 0x2002) return dotted(groups[1], groups[2]); // 2002::/16
  return null;
}

/** The eight 16-bit groups of a valid IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  const dottedTail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dottedTail) {
    const [a, b, c, d] = dottedTail.slice(1).map(Number);
    text = `${text.slice(0, dottedTail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const gap = tail === undefined ? [] : new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...gap, ...right];
}

interface AllowEntry {
  /** A host name to match, lower case; absent when the entry names addresses. */
  hostname?: string;
  addresses?: BlockList;
  port?: number;
}

/** Splits and checks a comma-separated allow list (as RAPPORT_OUTBOUND_ALLOW); throws naming a bad entry. */
export function parseOutboundAllowList(text: string): string[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  entries.forEach(parseAllowEntry);
  return entries;
}

function parseAllowEntry(entry: string): AllowEntry {
  const fail = (why: string): never => {
    throw new Error(`"${entry}" is not an allowed destination (${why}); use a host, host:port, IP, [IPv6]:port or CIDR`);
  };
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  if (cidr) {
    const family = isIP(cidr[1]);
    const prefix = Number(cidr[2]);
    if (family === 0 || prefix > (family === 4 ? 32 : 128)) fail('bad CIDR block');
    const addresses = new BlockList();
    addresses.addSubnet(cidr[1], prefix, family === 4 ? 'ipv4' : 'ipv6');
    return { addresses };
  }
  const withPort = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry) ?? /^([^:]+):(\d+)$/.exec(entry);
  const host = withPort ? withPort[1] : entry;
  const port = withPort?.[2] === undefined ? undefined : Number(withPort[2]);
  if (port !== undefined && (port < 1 || port > 65535)) fail('bad port');
  const family = isIP(host);
  if (family !== 0) {
    const addresses = new BlockList();
    addresses.addAddress(host, family === 4 ? 'ipv4' : 'ipv6');
    return { addresses, port };
  }
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)) fail('bad host name');
  return { hostname: host.toLowerCase(), port };
}

/** Where a request goes: the URL's host name and port. */
interface Destination {
  hostname: string;
  port: number;
}

/**
 * The one gate of outbound HTTP. It refuses non-HTTP schemes and non-public
 * IP literals before connecting, and resolves host names itself (`lookupFor`)
 * so the connection goes to the very address that was checked: a DNS answer
 * that changes between check and connect (rebinding) cannot slip through.
 * Each guard keeps its own connection pools, so a socket opened under one
 * policy is never reused under another.
 */
export interface OutboundGuard {
  readonly policy: Readonly<OutboundPolicy>;
  /** Throws OutboundBlockedError for a URL that may not be requested, judging what the URL itself says. */
  assertUrl(url: URL): void;
  /** A `lookup` for `http.request`/`net.connect` to `url` that fails with OutboundBlockedError on a refused address. */
  lookupFor(url: URL): LookupFunction;
  /** The keep-alive agent for `url`'s scheme. */
  agentFor(url: URL): HttpAgent;
}

export function createOutboundGuard(policy: OutboundPolicy = {}): OutboundGuard {
  const allowed = (policy.allow ?? []).map(parseAllowEntry);
  const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  function refusal(address: string, to: Destination): string | null {
    const range = classifyAddress(address);
    if (range === null || (range === 'loopback' && policy.allowLoopback)) return null;
    const listed = allowed.some(
      (entry) =>
        (entry.port === undefined || entry.port === to.port) &&
        (entry.hostname === to.hostname || entry.addresses?.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6')),
    );
    return listed ? null : `${address} is a ${range} address`;
  }

  function destination(url: URL): Destination {
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { hostname: url.hostname.replace(/^\[|\]$/g, '').toLowerCase(), port };
  }

  return {
    policy: { allowLoopback: policy.allowLoopback ?? false, allow: [...(policy.allow ?? [])] },

    assertUrl(url) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundBlockedError(url, `only http and https are allowed, not ${url.protocol}`);
      const to = destination(url);
      // An IP literal is connected to without a lookup, so it is judged here.
      if (isIP(to.hostname) !== 0) {
        const reason = refusal(to.hostname, to);
        if (reason) throw new OutboundBlockedError(url, reason);
      }
    },

    lookupFor(url) {
      const to = destination(url);
      return ((hostname: string, options: LookupOneOptions | LookupAllOptions, callback: (...args: unknown[]) => void) => {
        dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
          if (error) return callback(error);
          // Every answer must pass, or a host could mix a public and a private record.
          const reason = addresses.map(({ address }) => refusal(address, to)).find((found) => found !== null);
          if (reason) return callback(new OutboundBlockedError(url, reason));
          if (options.all) return callback(null, addresses);
          callback(null, addresses[0].address, addresses[0].family);
        });
      }) as LookupFunction;
    },

    agentFor(url) {
      return url.protocol === 'https:' ? agents.https : agents.http;
    },
  };
}
