import type { SnapshotThirdParty } from "@/lib/statuspage/snapshot";

// A mirrored component whose vendor could not be read is "unknown": shown grey, and it must not move the page's
// or its group's status either way (an unreachable vendor is not an outage of ours).

export function countsTowardStatus(component: { thirdParty?: Pick<SnapshotThirdParty, "unavailable"> | null }): boolean {
  return !component.thirdParty?.unavailable;
}

/** "Status unavailable from GitHub": the words every surface uses for an unknown mirrored status. */
export function unavailableText(vendor: string): string {
  return `Status unavailable from ${vendor}`;
}
