import type { Actor } from "@/lib/audit/actor";

/** Who the audit log names for what happens to probe locations by themselves (offline, back online). */
export const PROBE_ACTOR: Actor = { type: "system", id: null, label: "Beacon probes" };
