import type { Actor } from "@/lib/audit/actor";

/** Who the audit log and incident timeline name for what mirrored vendors' pages do. */
export const UPSTREAM_ACTOR: Actor = { type: "system", id: null, label: "Beacon upstream mirror" };
