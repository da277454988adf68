import type { ComponentStatus, MonitorState } from "@/lib/generated/prisma/enums";

/** The status a component's monitors say it has: the worst of them. */
export function componentStatusFromMonitors(states: readonly MonitorState[]): ComponentStatus {
  if (states.includes("down")) return "major_outage";
  if (states.includes("degraded")) return "degraded_performance";
  return "operational";
}
