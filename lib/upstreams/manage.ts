import "server-only";
import { audit, runMutation, type ServiceContext, withTransaction } from "@/lib/core/context";
import { type MutationResult, notFound, succeeded } from "@/lib/core/result";
import type { Upstream, UpstreamMirror } from "@/lib/generated/prisma/client";
import { withoutSummary } from "./create";
import { setSilencedInput, updateUpstreamInput } from "./schema";

/** Renames an upstream or changes its polling and incident options; a rename reaches the page through its mirrors. */
export async function updateUpstream(ctx: ServiceContext, upstreamId: string, rawInput: unknown): Promise<MutationResult<Upstream>> {
  return runMutation(ctx, updateUpstreamInput, rawInput, async (tx, input) => {
    const before = await tx.db.upstream.findUnique({ where: { id: upstreamId } });
    if (!before) return notFound("No upstream has that id");
    const after = await tx.db.upstream.update({ where: { id: upstreamId }, data: input });
    if (before.name !== after.name) await tx.db.upstreamMirror.updateMany({ where: { upstreamId }, data: { updatedAt: tx.now } });
    await audit(tx, {
      action: "upstream.update",
      entityType: "upstream",
      entityId: upstreamId,
      before: withoutSummary(before),
      after: withoutSummary(after),
    });
    return succeeded(after);
  });
}

/**
 * Silences a mirror (the poller leaves its component alone: the admin's status stands) or hands it back to the
 * vendor. Silenced, the page shows the component's own status, never "unknown".
 */
export async function setMirrorSilenced(ctx: ServiceContext, rawInput: unknown): Promise<MutationResult<UpstreamMirror>> {
  return runMutation(ctx, setSilencedInput, rawInput, async (tx, input) => {
    const before = await tx.db.upstreamMirror.findUnique({ where: { id: input.mirrorId } });
    if (!before) return notFound("No mirror has that id");
    const after = await tx.db.upstreamMirror.update({
      where: { id: input.mirrorId },
      data: input.silenced ? { silenced: true, unavailable: false, incidentTitle: null } : { silenced: false },
    });
    if (!input.silenced) await tx.db.upstream.update({ where: { id: before.upstreamId }, data: { nextPollAt: tx.now } });
    await audit(tx, {
      action: input.silenced ? "upstream.mirror.silence" : "upstream.mirror.unsilence",
      entityType: "component",
      entityId: before.componentId,
      before,
      after,
    });
    return succeeded(after);
  });
}

/** Removes an upstream; its components stay on the page as ordinary components, their linked incidents stay too. */
export async function deleteUpstream(ctx: ServiceContext, upstreamId: string): Promise<MutationResult<Upstream>> {
  return withTransaction(ctx, async (tx) => {
    const before = await tx.db.upstream.findUnique({ where: { id: upstreamId } });
    if (!before) return notFound("No upstream has that id");
    await tx.db.upstream.delete({ where: { id: upstreamId } });
    await audit(tx, {
      action: "upstream.delete",
      entityType: "upstream",
      entityId: upstreamId,
      before: withoutSummary(before),
      after: null,
    });
    return succeeded(before);
  });
}
