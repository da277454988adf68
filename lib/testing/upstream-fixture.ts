// Tests only: upstreams and mirrors written straight to a store, and a poller the test drives with its own clock.
import type { Prisma, PrismaClient, UpstreamMirrorKind } from "@/lib/generated/prisma/client";
import { createUpstreamPoller, type UpstreamPoller } from "@/lib/upstreams/upstream-poller";

export const TEST_ADMIN = { type: "user" as const, id: null, label: "admin@beacon.test" };

/** A clock the test moves by hand. */
export function testClock(start: Date) {
  let now = start;
  return {
    now: () => now,
    advance(seconds: number) {
      now = new Date(now.getTime() + seconds * 1000);
      return now;
    },
  };
}

/** A poller on `prisma` (private networks allowed: the vendor is on loopback), without jitter, on `clock`. */
export function handDrivenPoller(prisma: PrismaClient, clock: { now: () => Date }): UpstreamPoller {
  return createUpstreamPoller({ prisma: async () => prisma, policy: { allowPrivateNetworks: true }, now: clock.now, random: () => 0 });
}

/** A component mirroring `target` of the upstream, inserted directly (the admin path is addMirror). */
export async function insertMirror(
  prisma: PrismaClient,
  upstreamId: string,
  name: string,
  kind: UpstreamMirrorKind,
  upstreamRef: string | null,
  extra: Partial<Prisma.ComponentCreateInput> = {},
) {
  const component = await prisma.component.create({
    data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), startDate: new Date("2026-01-01T00:00:00Z"), ...extra },
  });
  const mirror = await prisma.upstreamMirror.create({
    data: { upstreamId, componentId: component.id, kind, upstreamRef, upstreamName: name },
  });
  return { component, mirror };
}
