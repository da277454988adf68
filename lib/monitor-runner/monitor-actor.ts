import type { Actor } from "@/lib/audit/actor";

/** Who the audit log and incident timeline name for what monitors do. */
export const MONITOR_ACTOR: Actor = { type: "system", id: null, label: "Beacon monitors" };

// Every decision about components and incidents takes this lock first, so one outage seen by several
// monitors (on several processes) opens one incident. Any constant works; this one spells "beacon".
export const OUTAGE_LOCK_KEY = 6_265_636_111;
