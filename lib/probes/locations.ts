import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateApiToken } from "@/lib/secrets/token-secret";
import { createLocationInput } from "./schema";

export interface ProbeLocationView {
  id: string;
  name: string;
  tokenPrefix: string;
  revokedAt: Date | null;
  lastContactAt: Date | null;
  probeVersion: string | null;
  offlineSince: Date | null;
  createdAt: Date;
}

const VIEW = {
  id: true,
  name: true,
  tokenPrefix: true,
  revokedAt: true,
  lastContactAt: true,
  probeVersion: true,
  offlineSince: true,
  createdAt: true,
} as const;

/** Adds a probe location; its token (scope `probe`) is returned this once, only its hash is kept. */
export async function createProbeLocation(
  prisma: PrismaClient,
  actor: Actor,
  rawInput: unknown,
  now = new Date(),
): Promise<MutationResult<{ location: ProbeLocationView; token: string }>> {
  const parsed = createLocationInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const secret = generateApiToken();
  return prisma.$transaction(async (tx) => {
    if (await tx.probeLocation.findUnique({ where: { name: parsed.data.name }, select: { id: true } })) {
      return fieldInvalid("name", `a location named ${parsed.data.name} exists already`);
    }
    const location = await tx.probeLocation.create({
      data: { name: parsed.data.name, tokenHash: secret.tokenHash, tokenPrefix: secret.prefix, createdAt: now },
      select: VIEW,
    });
    // Monitors placed on every location run here too from now on, on their siblings' schedule.
    const everywhere = await tx.monitor.findMany({ where: { placement: "all" }, select: { id: true, nextCheckAt: true } });
    if (everywhere.length > 0) {
      await tx.probeAssignment.createMany({
        data: everywhere.map((m) => ({ monitorId: m.id, locationId: location.id, nextCheckAt: m.nextCheckAt })),
        skipDuplicates: true,
      });
    }
    await recordAudit(tx, {
      actor,
      action: "probe_location.create",
      entityType: "probe_location",
      entityId: location.id,
      before: null,
      after: location,
    });
    return succeeded({ location, token: secret.plaintext });
  });
}

/** Revokes a location's token: its probe is refused at once; its assignments stay until the location is deleted. */
export async function revokeProbeLocation(
  prisma: PrismaClient,
  actor: Actor,
  locationId: string,
  now = new Date(),
): Promise<MutationResult<ProbeLocationView>> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.probeLocation.findUnique({ where: { id: locationId }, select: VIEW });
    if (!before) return notFound("No such probe location");
    if (before.revokedAt) return succeeded(before);
    const after = await tx.probeLocation.update({ where: { id: locationId }, data: { revokedAt: now }, select: VIEW });
    await recordAudit(tx, { actor, action: "probe_location.revoke", entityType: "probe_location", entityId: locationId, before, after });
    return succeeded(after);
  });
}

export async function listProbeLocations(prisma: PrismaClient): Promise<ProbeLocationView[]> {
  return prisma.probeLocation.findMany({ select: VIEW, orderBy: { name: "asc" } });
}

/** The admin's create, on the process's store. */
export async function addProbeLocation(actor: Actor, rawInput: unknown) {
  return createProbeLocation(await getPrisma(), actor, rawInput);
}

/** The admin's revoke, on the process's store. */
export async function revokeLocation(actor: Actor, locationId: string) {
  return revokeProbeLocation(await getPrisma(), actor, locationId);
}

/** Every location for the admin's list, each with whether it is offline. */
export async function probeLocationsOverview(): Promise<ProbeLocationView[]> {
  return listProbeLocations(await getPrisma());
}

/** The locations a monitor may be placed on: every location whose token is not revoked. */
export async function probeLocationChoices(): Promise<{ id: string; name: string }[]> {
  return (await getPrisma()).probeLocation.findMany({
    where: { revokedAt: null },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
