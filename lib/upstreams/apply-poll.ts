import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { writeComponentStatus } from "@/lib/components/write-status";
import { lockRowById } from "@/lib/core/row-lock";
import type { ComponentStatus, Prisma, PrismaClient, Upstream } from "@/lib/generated/prisma/client";
import type { SummaryFetch } from "./fetch-summary";
import { syncLinkedIncidents } from "./linked-incidents";
import { readMirror } from "./mirror-status";
import { nextPollDelaySeconds } from "./poll-schedule";
import type { UpstreamSummary } from "./summary";
import { UPSTREAM_ACTOR } from "./upstream-actor";

type Tx = Prisma.TransactionClient;

export interface PollResult {
  upstreamId: string;
  fetchedAt: Date;
  outcome: SummaryFetch;
  /** In [0, 1): the jitter of the next poll. */
  random: number;
}

/**
 * Records one poll in one transaction: the upstream's validators, failures and next poll time; each mirror's
 * status (unknown when the vendor could not be read, never down), its vendor incident; and, when the admin asked
 * for it, the linked incidents. A component an admin set by hand, or a silenced mirror, is left alone.
 */
export async function applyPoll(prisma: PrismaClient, poll: PollResult): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const upstream = await tx.upstream.findUnique({ where: { id: poll.upstreamId } });
      if (!upstream) return; // deleted while polling
      const { summary, failed } = await recordOutcome(tx, upstream, poll);
      await applyMirrors(tx, upstream, summary, poll.fetchedAt);
      if (upstream.openIncidents && !failed && summary) await syncLinkedIncidents(tx, upstream, summary, poll.fetchedAt);
    },
    { timeout: 15_000 },
  );
}

async function recordOutcome(tx: Tx, upstream: Upstream, poll: PollResult): Promise<{ summary: UpstreamSummary | null; failed: boolean }> {
  const { outcome, fetchedAt } = poll;
  if (outcome.kind === "failed") {
    const failures = upstream.consecutiveFailures + 1;
    await tx.upstream.update({
      where: { id: upstream.id },
      data: {
        consecutiveFailures: failures,
        lastError: outcome.error,
        nextPollAt: afterSeconds(fetchedAt, nextPollDelaySeconds(upstream.intervalSeconds, failures, poll.random)),
      },
    });
    return { summary: null, failed: true };
  }
  const summary = outcome.kind === "ok" ? outcome.summary : (upstream.summary as UpstreamSummary | null);
  await tx.upstream.update({
    where: { id: upstream.id },
    data: {
      consecutiveFailures: 0,
      lastError: null,
      lastSuccessAt: fetchedAt,
      nextPollAt: afterSeconds(fetchedAt, nextPollDelaySeconds(upstream.intervalSeconds, 0, poll.random)),
      ...(outcome.kind === "ok"
        ? {
            summary: outcome.summary as unknown as Prisma.InputJsonValue,
            etag: outcome.validators.etag,
            lastModified: outcome.validators.lastModified,
          }
        : {}),
    },
  });
  return { summary, failed: false };
}

async function applyMirrors(tx: Tx, upstream: Upstream, summary: UpstreamSummary | null, now: Date): Promise<void> {
  const mirrors = await tx.upstreamMirror.findMany({ where: { upstreamId: upstream.id, silenced: false } });
  for (const mirror of mirrors) {
    const reading = readMirror(summary, mirror);
    const unavailable = reading.status === null;
    const incidentTitle = reading.incident?.name ?? null;
    if (mirror.unavailable !== unavailable || mirror.incidentTitle !== incidentTitle) {
      await tx.upstreamMirror.update({ where: { id: mirror.id }, data: { unavailable, incidentTitle } });
    }
    // Unknown keeps the last status Beacon knew: the page shows it grey and the overall status ignores it.
    if (reading.status !== null) await setMirroredStatus(tx, upstream, mirror.componentId, reading.status, now);
  }
}

async function setMirroredStatus(tx: Tx, upstream: Upstream, componentId: string, status: ComponentStatus, now: Date) {
  if (!(await lockRowById(tx, "Component", componentId))) return;
  const before = await tx.component.findUniqueOrThrow({ where: { id: componentId } });
  if (before.manualStatus || before.status === status) return; // an admin's override wins until cleared
  const after = await writeComponentStatus(
    tx,
    { componentId, oldStatus: before.status, newStatus: status },
    { cause: "upstream", changedAt: now, notifySubscribers: upstream.notifySubscribers },
  );
  await recordAudit(tx, {
    actor: UPSTREAM_ACTOR,
    action: "component.status.set",
    entityType: "component",
    entityId: componentId,
    before,
    after,
  });
}

function afterSeconds(from: Date, seconds: number): Date {
  return new Date(from.getTime() + Math.round(seconds * 1000));
}
