// Guessing a page's password is throttled per client address, in memory: it works while the store is down, and a
// flood of addresses cannot grow it past MAX_ADDRESSES (the oldest are forgotten first). IPv6 addresses count per
// /64, which one client can rotate through for free.

export const FREE_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;
const MAX_ADDRESSES = 10_000;

interface Count {
  failures: number;
  since: number;
}

export class PasswordThrottle {
  private readonly counts = new Map<string, Count>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Seconds to wait before this address may try again; 0: it may try now. */
  waitSeconds(address: string): number {
    const count = this.current(address);
    if (!count || count.failures < FREE_FAILURES) return 0;
    return Math.max(1, Math.ceil((count.since + WINDOW_MS - this.now()) / 1000));
  }

  recordFailure(address: string) {
    const key = keyOf(address);
    const count = this.current(address) ?? { failures: 0, since: this.now() };
    count.failures += 1;
    this.counts.delete(key); // re-inserted last: the Map's order is the order to forget in
    this.counts.set(key, count);
    while (this.counts.size > MAX_ADDRESSES) this.counts.delete(this.counts.keys().next().value as string);
  }

  get size() {
    return this.counts.size;
  }

  private current(address: string): Count | undefined {
    const key = keyOf(address);
    const count = this.counts.get(key);
    if (count && count.since + WINDOW_MS <= this.now()) {
      this.counts.delete(key);
      return undefined;
    }
    return count;
  }
}

function keyOf(address: string): string {
  if (!address.includes(":")) return address;
  return address.split(":").slice(0, 4).join(":");
}

const holder = globalThis as typeof globalThis & { __beaconPasswordThrottle?: PasswordThrottle };

/** The process's throttle. */
export function pagePasswordThrottle(): PasswordThrottle {
  holder.__beaconPasswordThrottle ??= new PasswordThrottle();
  return holder.__beaconPasswordThrottle;
}
