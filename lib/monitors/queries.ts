import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { type MonitorView, toMonitorView } from "./monitor-view";

// Monitors as the write API and the admin pages read them.

/** Every monitor, by component then name. */
export async function listMonitors(): Promise<MonitorView[]> {
  const prisma = await getPrisma();
  const rows = await prisma.monitor.findMany({ orderBy: [{ componentId: "asc" }, { name: "asc" }, { id: "asc" }] });
  return rows.map(toMonitorView);
}

export async function getMonitor(monitorId: string): Promise<MonitorView | null> {
  const prisma = await getPrisma();
  const row = await prisma.monitor.findUnique({ where: { id: monitorId } });
  return row ? toMonitorView(row) : null;
}
