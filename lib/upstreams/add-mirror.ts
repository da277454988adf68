import "server-only";
import { createComponent } from "@/lib/components/create";
import { audit, type ServiceContext, withTransaction } from "@/lib/core/context";
import { fieldInvalid, type MutationResult, notFound, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import type { UpstreamMirror, UpstreamMirrorKind } from "@/lib/generated/prisma/client";
import { readMirror } from "./mirror-status";
import { providersGroupId } from "./providers-group";
import { addMirrorInput } from "./schema";
import type { UpstreamSummary } from "./summary";

/**
 * Adds a component that mirrors one upstream component, group or the page indicator: in the "Providers" group
 * unless placed elsewhere, its status the vendor's as of the last poll.
 */
export async function addMirror(ctx: ServiceContext, rawInput: unknown): Promise<MutationResult<UpstreamMirror>> {
  const parsed = addMirrorInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = ctx.db ?? (await getPrisma());
  const upstream = await prisma.upstream.findUnique({ where: { id: input.upstreamId } });
  if (!upstream) return notFound("No upstream has that id");
  const summary = upstream.summary as UpstreamSummary | null;

  const [kindText, ...rest] = input.target.split(":");
  const kind = kindText as UpstreamMirrorKind;
  const upstreamRef = kind === "page" ? null : rest.join(":");
  const entry = summary?.components.find((c) => c.id === upstreamRef);
  if (kind !== "page" && (!entry || entry.group !== (kind === "group"))) {
    return fieldInvalid("target", `${upstream.name} has no ${kind} with that id`);
  }
  const upstreamName = kind === "page" ? "Overall status" : entry!.name;
  const groupId = input.groupId ?? (await providersGroupId(ctx.actor));
  const created = await createComponent(ctx.actor, {
    name: input.componentName ?? (kind === "page" ? upstream.name : `${upstream.name} ${upstreamName}`),
    groupId,
  });
  if (!created.ok) return created;

  return withTransaction(ctx, async (tx) => {
    const mirror = await tx.db.upstreamMirror.create({
      data: { upstreamId: upstream.id, componentId: created.data.id, kind, upstreamRef, upstreamName },
    });
    const reading = readMirror(summary, { kind, upstreamRef });
    await tx.db.upstreamMirror.update({
      where: { id: mirror.id },
      data: { unavailable: reading.status === null, incidentTitle: reading.incident?.name ?? null },
    });
    if (reading.status && reading.status !== created.data.status) {
      await tx.db.component.update({ where: { id: created.data.id }, data: { status: reading.status } });
      await tx.db.componentStatusChange.create({
        data: { componentId: created.data.id, status: reading.status, changedAt: tx.now, cause: "upstream" },
      });
    }
    await audit(tx, { action: "upstream.mirror.create", entityType: "component", entityId: created.data.id, before: null, after: mirror });
    return succeeded(mirror);
  });
}
