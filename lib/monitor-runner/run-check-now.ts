import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import type { MonitorCheck } from "@/lib/generated/prisma/client";
import { checkSpecOf } from "./check-spec-of";
import { performCheck } from "./perform-check";
import { recordCheck } from "./record-check";

/**
 * Runs a monitor's check now ("Check now" in the admin) and records it like a scheduled one; the schedule stays.
 * Null when there is no such monitor. A heartbeat monitor can't be checked from here: it waits for its ping.
 */
export async function runCheckNow(monitorId: string): Promise<MonitorCheck | null> {
  const prisma = await getPrisma();
  const monitor = await prisma.monitor.findUnique({ where: { id: monitorId } });
  if (!monitor || monitor.kind === "heartbeat") return null;
  const startedAt = new Date();
  const outcome = await performCheck(await checkSpecOf(prisma, monitor), { allowPrivateNetworks: parseEnv().monitor.allowPrivateNetworks });
  return recordCheck(prisma, { monitorId, dueAt: startedAt, startedAt, outcome });
}
