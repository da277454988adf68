import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashApiToken, isWellFormedApiToken, sameTokenHash } from "@/lib/secrets/token-secret";
import { PROBE_ACTOR } from "./probe-actor";

// Last contact is for the admin's list and the offline sweep: one write every few seconds per location is enough.
const CONTACT_RESOLUTION_MS = 5_000;

export interface ProbeCaller {
  locationId: string;
  name: string;
}

export type ProbeAuthentication = { ok: true; caller: ProbeCaller } | { ok: false; message: string };

/**
 * A probe's bearer token → its location. Records the contact and the probe's version; a location that was
 * offline comes back online (audited).
 */
export async function authenticateProbe(
  prisma: PrismaClient,
  presented: string | null,
  version: string,
  now = new Date(),
): Promise<ProbeAuthentication> {
  if (!presented || !isWellFormedApiToken(presented)) return { ok: false, message: "Send the location's probe token: Bearer bcn_…" };
  const digest = hashApiToken(presented);
  const row = await prisma.probeLocation.findUnique({ where: { tokenHash: digest } });
  if (!row || !sameTokenHash(row.tokenHash, digest)) return { ok: false, message: "The probe token is not valid" };
  if (row.revokedAt) return { ok: false, message: "The probe token has been revoked" };

  const stale = !row.lastContactAt || now.getTime() - row.lastContactAt.getTime() >= CONTACT_RESOLUTION_MS;
  if (row.offlineSince) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.probeLocation.updateMany({
        where: { id: row.id, offlineSince: { not: null } },
        data: { offlineSince: null, lastContactAt: now, probeVersion: version },
      });
      if (count === 1) {
        await recordAudit(tx, {
          actor: PROBE_ACTOR,
          action: "probe_location.online",
          entityType: "probe_location",
          entityId: row.id,
          before: { name: row.name, offlineSince: row.offlineSince },
          after: { name: row.name, offlineSince: null, lastContactAt: now },
        });
      }
    });
  } else if (stale || row.probeVersion !== version) {
    await prisma.probeLocation.update({ where: { id: row.id }, data: { lastContactAt: now, probeVersion: version } });
  }
  return { ok: true, caller: { locationId: row.id, name: row.name } };
}
