import type { Actor } from "@/lib/audit/actor";

/** Who the audit log and incident timeline name for what an integration's alerts do. */
export function integrationActor(integration: { id: string; name: string }): Actor {
  return { type: "system", id: integration.id, label: `Integration "${integration.name}"` };
}
