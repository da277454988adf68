import "server-only";
import { getDatabase } from "@/lib/db/boot";
import { isPublicModelCurrent } from "@/lib/public-model/hold";
import { publicSurfaceBridge, statusAsOf } from "@/lib/public-surface/bridge";
import { mirrorSignals } from "@/lib/telemetry/mirror-signals";
import { readinessSignals, reportSnapshotFresh } from "@/lib/telemetry/readiness-signals";
import { assessReadiness, type Readiness } from "./readiness";
import { probeStore } from "./store-probe";

/** GET /api/ready's answer now: the store probed, and what the loops and the public model reported. */
export async function currentReadiness(now = new Date()): Promise<Readiness> {
  const store = await probeStore(getDatabase());
  // A model that follows a healthy change feed with no read pending or failing is as fresh as the store's last answer.
  if (isPublicModelCurrent()) reportSnapshotFresh(new Date(statusAsOf(publicSurfaceBridge()) ?? now.getTime()));
  return assessReadiness({ store, signals: readinessSignals(), now, mirror: mirrorSignals() });
}
