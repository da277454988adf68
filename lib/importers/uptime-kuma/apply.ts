import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db/database";
import { importedId, slugify } from "@/lib/importers/statuspage/import-ids";
import { createMonitor } from "@/lib/monitors/create";
import { updateMonitor } from "@/lib/monitors/update";
import type { KumaMonitor } from "./backup-file";
import { beaconMonitorInput } from "./monitor-config";

// Uptime Kuma's group monitors become component groups; every other monitor becomes a component with a Beacon monitor
// of the same name (created through lib/monitors, so it is validated and audited like an admin's). Ids derive from
// Kuma's monitor ids: importing the same backup again updates what the first run created.

const ORIGIN = "uptime-kuma";
const IMPORTER: Actor = { type: "system", id: null, label: "npm run import" };

export interface KumaImportReport {
  lines: string[];
  groups: number;
  components: number;
  monitorsCreated: number;
  monitorsUpdated: number;
  skipped: number;
}

/** Writes into `db`, which must be the process's database (lib/monitors writes through it). */
export async function applyKumaImport(db: Database, monitors: KumaMonitor[]): Promise<KumaImportReport> {
  const report: KumaImportReport = { lines: [], groups: 0, components: 0, monitorsCreated: 0, monitorsUpdated: 0, skipped: 0 };
  const groupIds = new Set(monitors.filter((m) => m.type === "group").map((m) => m.id));
  const id = (kind: string, kumaId: number) => importedId(ORIGIN, kind, String(kumaId));

  await db.prisma.$transaction(async (tx) => {
    for (const [position, group] of monitors.filter((m) => m.type === "group").entries()) {
      const data = { name: group.name, description: group.description || null, position };
      await tx.componentGroup.upsert({
        where: { id: id("group", group.id) },
        create: { id: id("group", group.id), ...data },
        update: data,
      });
      report.groups += 1;
    }
    for (const [position, m] of monitors.filter((m) => m.type !== "group").entries()) {
      const componentId = id("component", m.id);
      const data = {
        name: m.name,
        description: m.description || null,
        position,
        groupId: m.parent != null && groupIds.has(m.parent) ? id("group", m.parent) : null,
      };
      if (await tx.component.findUnique({ where: { id: componentId } })) {
        await tx.component.update({ where: { id: componentId }, data });
      } else {
        const taken = await tx.component.findUnique({ where: { slug: slugify(m.name) } });
        const slug = taken ? `${slugify(m.name)}-${componentId.slice(4, 10)}` : slugify(m.name);
        const startDate = new Date();
        await tx.component.create({ data: { id: componentId, slug, startDate, ...data } });
        await tx.componentStatusChange.create({ data: { componentId, status: "operational", changedAt: startDate, cause: "created" } });
      }
      report.components += 1;
    }
    await recordAudit(tx, {
      actor: IMPORTER,
      action: "import.uptime_kuma",
      entityType: "page",
      entityId: null,
      before: null,
      after: { monitors: monitors.length },
    });
  });

  for (const m of monitors.filter((m) => m.type !== "group")) {
    const componentId = id("component", m.id);
    const mapped = beaconMonitorInput(m, componentId);
    if (!mapped.ok) {
      report.skipped += 1;
      report.lines.push(`  skipped monitor "${m.name}" (${m.type}): ${mapped.reason}; its component was imported`);
      continue;
    }
    const existing = await db.prisma.monitor.findFirst({ where: { componentId, name: mapped.input.name as string } });
    if (existing) {
      const { componentId: _, kind: __, ...patch } = mapped.input;
      const result = await updateMonitor(IMPORTER, existing.id, patch);
      if (!result.ok) throw new Error(`monitor "${m.name}": ${result.error.message}`);
      report.monitorsUpdated += 1;
      continue;
    }
    const result = await createMonitor(IMPORTER, mapped.input);
    if (!result.ok) {
      report.skipped += 1;
      report.lines.push(`  skipped monitor "${m.name}": ${result.error.message}`);
      continue;
    }
    report.monitorsCreated += 1;
    if (result.data.heartbeatPath)
      report.lines.push(`  "${m.name}" is a heartbeat monitor: point its pushes at ${result.data.heartbeatPath}`);
  }
  return report;
}
