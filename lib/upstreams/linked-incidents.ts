import "server-only";
import type { IncidentImpact, Prisma, Upstream } from "@/lib/generated/prisma/client";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { INCIDENT_NAME_MAX_CHARS } from "@/lib/incidents/schema";
import { unresolvedIncidentStatus } from "@/lib/incidents/unresolved";
import { isUnresolvedUpstreamIncident } from "./mirror-status";
import type { UpstreamIncident, UpstreamSummary } from "./summary";
import { UPSTREAM_ACTOR } from "./upstream-actor";

type Tx = Prisma.TransactionClient;

const IMPACTS = new Set<string>(["none", "minor", "major", "critical"]);
const SUMMARY_UPDATES = 3;

export function linkedIncidentName(vendor: string, title: string): string {
  const name = `Upstream: ${vendor} — ${title}`;
  return name.length > INCIDENT_NAME_MAX_CHARS ? `${name.slice(0, INCIDENT_NAME_MAX_CHARS - 1)}…` : name;
}

/** The vendor's latest updates in a few lines, with a link to the vendor's own incident page. */
export function linkedIncidentMessage(vendor: string, pageUrl: string, incident: UpstreamIncident): string {
  const lines = incident.updates
    .slice(0, SUMMARY_UPDATES)
    .map((u) => `- **${u.status}**: ${u.body.replace(/\s+/g, " ").trim().slice(0, 500)}`);
  const link = incident.shortlink ?? pageUrl;
  return [`${vendor} reports an incident that affects a service we depend on.`, ...lines, "", `Follow it at ${link}`].join("\n");
}

/**
 * Opens a linked incident for each unresolved vendor incident that affects a mirrored (not silenced) component,
 * and resolves the linked incidents whose vendor incident is resolved or gone. Notifies only opted-in upstreams.
 */
export async function syncLinkedIncidents(tx: Tx, upstream: Upstream, summary: UpstreamSummary, now: Date): Promise<void> {
  const mirrors = await tx.upstreamMirror.findMany({ where: { upstreamId: upstream.id, silenced: false } });
  const membersOf = new Map(summary.components.map((c) => [c.id, new Set([c.id, ...c.memberIds])]));
  const unresolved = summary.incidents.filter(isUnresolvedUpstreamIncident);
  const open = await tx.incident.findMany({
    where: { upstreamId: upstream.id, status: unresolvedIncidentStatus() },
    select: { id: true, upstreamIncidentId: true, status: true },
  });
  const openByVendorId = new Map(open.map((i) => [i.upstreamIncidentId, i]));

  for (const vendorIncident of unresolved) {
    const affected = mirrors.filter(
      (m) => m.kind === "page" || vendorIncident.componentIds.some((id) => membersOf.get(m.upstreamRef ?? "")?.has(id)),
    );
    if (affected.length === 0) continue;
    const known = await tx.incident.findUnique({
      where: { upstreamId_upstreamIncidentId: { upstreamId: upstream.id, upstreamIncidentId: vendorIncident.id } },
      select: { id: true },
    });
    if (known) {
      await followVendorStatus(tx, upstream, openByVendorId.get(vendorIncident.id), vendorIncident, now);
      continue;
    }
    const components = await tx.component.findMany({
      where: { id: { in: affected.map((m) => m.componentId) } },
      select: { id: true, status: true },
    });
    const result = await createIncident(
      { actor: UPSTREAM_ACTOR, db: tx, now },
      {
        name: linkedIncidentName(upstream.name, vendorIncident.name),
        impact: (IMPACTS.has(vendorIncident.impact) ? vendorIncident.impact : "minor") as IncidentImpact,
        status: "investigating",
        message: linkedIncidentMessage(upstream.name, upstream.url, vendorIncident),
        componentStatuses: components.map((c) => ({ componentId: c.id, status: c.status })),
        deliverNotifications: upstream.notifySubscribers,
      },
      { upstreamId: upstream.id, upstreamIncidentId: vendorIncident.id },
    );
    if (!result.ok) throw new Error(`opening the linked incident failed: ${result.error.message}`);
  }

  const stillOpen = new Set(unresolved.map((i) => i.id));
  for (const incident of open) {
    if (incident.upstreamIncidentId && stillOpen.has(incident.upstreamIncidentId)) continue;
    const result = await addIncidentUpdate({ actor: UPSTREAM_ACTOR, db: tx, now }, incident.id, {
      status: "resolved",
      message: `${upstream.name} has resolved this incident.`,
      deliverNotifications: upstream.notifySubscribers,
    });
    if (!result.ok) throw new Error(`resolving linked incident ${incident.id} failed: ${result.error.message}`);
  }
}

const FOLLOWED_STATUSES = new Set(["investigating", "identified", "monitoring"]);

/** The vendor moved on (identified, monitoring): the linked incident follows, quoting the vendor's newest update. */
async function followVendorStatus(
  tx: Tx,
  upstream: Upstream,
  linked: { id: string; status: string } | undefined,
  vendorIncident: UpstreamIncident,
  now: Date,
): Promise<void> {
  if (!linked || linked.status === vendorIncident.status || !FOLLOWED_STATUSES.has(vendorIncident.status)) return;
  const latest = vendorIncident.updates[0]?.body.replace(/\s+/g, " ").trim().slice(0, 500);
  const result = await addIncidentUpdate({ actor: UPSTREAM_ACTOR, db: tx, now }, linked.id, {
    status: vendorIncident.status,
    message: latest ? `${upstream.name}: ${latest}` : `${upstream.name} updated this incident: ${vendorIncident.status}.`,
    deliverNotifications: upstream.notifySubscribers,
  });
  if (!result.ok) throw new Error(`following the vendor on linked incident ${linked.id} failed: ${result.error.message}`);
}
